/* Known-bad (wrong answer): the left part of the cut gets (m + n) / 2 values, but
 * the odd case still reads the middle value as the largest one on the left. With
 * an odd total the middle value is the smallest one on the right of that cut, so
 * every odd total gets the value just below the median. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    size_t half = (m + n) / 2, lo = 0, hi = m;
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
            long long right = a_right < b_right ? a_right : b_right;
            if ((m + n) % 2 == 1)
                return (double)left;
            return (double)(left + right) / 2;
        }
    }
}
