/* Known-bad (wrong answer): a correct search for the middle of the union, but it
 * returns the lower middle value for an even total instead of the mean of the two
 * middle values. */
#include "median_sorted.h"

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    size_t half = (m + n + 1) / 2, lo = 0, hi = m;
    for (;;) {
        size_t i = lo + (hi - lo) / 2, j = half - i;
        if (i > 0 && j < n && a[i - 1] > b[j])
            hi = i - 1;
        else if (i < m && j > 0 && b[j - 1] > a[i])
            lo = i + 1;
        else
            return i == 0                ? b[j - 1]
                   : j == 0              ? a[i - 1]
                   : a[i - 1] > b[j - 1] ? a[i - 1]
                                         : b[j - 1];
    }
}
