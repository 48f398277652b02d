/* Known-bad (wrong answer): the partition search with strict comparisons: a cut
 * counts as right only when both lefts are strictly below both rights. Equal values
 * on the two sides of the cut (duplicates across the arrays) then never make a
 * right cut, and the search walks past the one it needed. */
#include "median_sorted.h"
#include <limits.h>
double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    long long half = (long long)(m + n + 1) / 2, lo = 0, hi = (long long)m;
    while (lo <= hi) {
        long long i = (lo + hi) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN,
                  a_right = i < (long long)m ? a[i] : LLONG_MAX;
        long long b_left = j > 0 ? b[j - 1] : LLONG_MIN,
                  b_right = j < (long long)n ? b[j] : LLONG_MAX;
        if (a_left < b_right && b_left < a_right) {
            long long left = a_left > b_left ? a_left : b_left;
            long long right = a_right < b_right ? a_right : b_right;
            return (m + n) % 2 ? (double)left : (left + right) / 2.0;
        } else if (a_left >= b_right) {
            hi = i - 1;
        } else {
            lo = i + 1;
        }
    }
    return 0.0;
}
