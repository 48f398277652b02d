/* Known-bad (wrong answer): avoids the overflow of x + y by averaging as
 * x / 2 + y / 2, but in int: each division drops a half, so the mean of 3 and 5
 * comes out 3 (1 + 2), and the mean of 1 and 2 comes out 1 instead of 1.5. */
#include "median_sorted.h"

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
            return left / 2 + right / 2;
        }
    }
}
