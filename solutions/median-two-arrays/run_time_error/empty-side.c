/* Known-bad (run-time error): the partition search, after a shortcut for the easy
 * case where one array lies wholly below the other, which reads a[m - 1] and b[0]
 * without checking that both are non-empty. An empty side is NULL, so the first
 * query with an empty slice crashes. */
#include "median_sorted.h"

#include <limits.h>

static long long at(const int *a, size_t m, const int *b, size_t k)
{
    return k < m ? a[k] : b[k - m];
}

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    size_t total = m + n;
    if (a[m - 1] <= b[0])
        return ((double)at(a, m, b, (total - 1) / 2) + (double)at(a, m, b, total / 2)) / 2;
    if (b[n - 1] <= a[0])
        return ((double)at(b, n, a, (total - 1) / 2) + (double)at(b, n, a, total / 2)) / 2;
    if (m > n)
        return median_sorted(b, n, a, m);
    size_t half = (total + 1) / 2, lo = 0, hi = m;
    for (;;) {
        size_t i = lo + (hi - lo) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN, a_right = i < m ? a[i] : LLONG_MAX;
        long long b_left = j > 0 ? b[j - 1] : LLONG_MIN, b_right = j < n ? b[j] : LLONG_MAX;
        if (a_left > b_right) {
            hi = i - 1;
        } else if (b_left > a_right) {
            lo = i + 1;
        } else {
            long long left = a_left > b_left ? a_left : b_left;
            if (total % 2 == 1)
                return (double)left;
            long long right = a_right < b_right ? a_right : b_right;
            return (double)(left + right) / 2;
        }
    }
}
