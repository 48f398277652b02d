/* Known-bad (time limit): walk both arrays from the front like the merge step of
 * merge sort, taking the smaller head each time, until the middle of the union is
 * reached. Correct, but O(m + n) per call: with 2*10^5 calls on slices of up to
 * 10^6 values each, about 10^11 steps, many times the limit. */
#include "median_sorted.h"

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    size_t i = 0, j = 0, total = m + n;
    long long prev = 0, cur = 0;
    for (size_t k = 0; k <= total / 2; k++) {
        prev = cur;
        if (j == n || (i < m && a[i] <= b[j]))
            cur = a[i++];
        else
            cur = b[j++];
    }
    return total % 2 ? (double)cur : (double)(prev + cur) / 2;
}
