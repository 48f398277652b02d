/* Known-bad (wrong answer): the right partition search, with the two middle values
 * kept as int and added as int before the division by 2.0. INT_MAX + INT_MAX wraps
 * around (in practice; in C it is undefined behaviour), so the median of two large
 * values comes out negative. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    size_t half = (m + n + 1) / 2, lo = 0, hi = m;
    for (;;) {
        size_t i = lo + (hi - lo) / 2, j = half - i;
        if (i > 0 && j < n && a[i - 1] > b[j]) {
            hi = i - 1;
        } else if (i < m && j > 0 && b[j - 1] > a[i]) {
            lo = i + 1;
        } else {
            int left = i == 0                ? b[j - 1]
                       : j == 0              ? a[i - 1]
                       : a[i - 1] > b[j - 1] ? a[i - 1]
                                             : b[j - 1];
            if ((m + n) % 2 == 1)
                return left;
            int right = i == m ? b[j] : j == n ? a[i] : a[i] < b[j] ? a[i] : b[j];
            return (left + right) / 2.0;
        }
    }
}
