/* Known-bad (wrong answer): the classic off-by-one in the partition bounds. The cut
 * i in the shorter array runs over 0..m inclusive (it may take all of it), but this
 * searches 0..m-1: when the whole shorter slice belongs in the lower half, the
 * search ends without a cut and returns a placeholder. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    if (m == 0)
        return n % 2 ? b[n / 2] : ((long long)b[n / 2 - 1] + b[n / 2]) / 2.0;
    long long half = (long long)(m + n + 1) / 2, lo = 0, hi = (long long)m - 1;
    while (lo <= hi) {
        long long i = (lo + hi) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN,
                  a_right = i < (long long)m ? a[i] : LLONG_MAX;
        long long b_left = j > 0 ? b[j - 1] : LLONG_MIN,
                  b_right = j < (long long)n ? b[j] : LLONG_MAX;
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
