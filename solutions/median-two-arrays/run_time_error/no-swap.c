/* Known-bad (run-time error): the partition search over the first array whatever
 * the lengths. The cut j = half - i in the second array stays within 0..n only
 * when m <= n; with a longer first array j runs below 0 or past n, and the search
 * reads outside b: before its start, past its end, or through NULL when b is empty. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    long long half = (long long)(m + n + 1) / 2, lo = 0, hi = (long long)m;
    while (lo <= hi) {
        long long i = (lo + hi) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN,
                  a_right = i < (long long)m ? a[i] : LLONG_MAX;
        long long b_left = j != 0 ? b[j - 1] : LLONG_MIN,
                  b_right = j != (long long)n ? b[j] : LLONG_MAX;
        if (a_left > b_right) {
            hi = i - 1;
        } else if (b_left > a_right) {
            lo = i + 1;
        } else {
            long long left = a_left > b_left ? a_left : b_left;
            long long right = a_right < b_right ? a_right : b_right;
            return (m + n) % 2 ? (double)left : (left + right) / 2.0;
        }
    }
    return 0.0;
}
