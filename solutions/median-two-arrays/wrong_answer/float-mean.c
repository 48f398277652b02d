/* Known-bad (wrong answer): the right search, but the answer goes through a float,
 * whose 24-bit mantissa cannot hold values above 2^24 exactly: 16777217 becomes
 * 16777216, and the mean of large values is rounded to a near but wrong number. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    size_t half = (m + n + 1) / 2, lo = 0, hi = m;
    for (;;) {
        size_t i = lo + (hi - lo) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN, a_right = i < m ? a[i] : LLONG_MAX;
        long long b_left = j > 0 ? b[j - 1] : LLONG_MIN, b_right = j < n ? b[j] : LLONG_MAX;
        if (a_left > b_right) {
            hi = i - 1;
        } else if (b_left > a_right) {
            lo = i + 1;
        } else {
            float left = (float)(a_left > b_left ? a_left : b_left);
            if ((m + n) % 2 == 1)
                return left;
            float right = (float)(a_right < b_right ? a_right : b_right);
            return (left + right) / 2;
        }
    }
}
