/* Known-bad (wrong answer): the partition search with -10^9 and 10^9 standing for
 * "no value" past the ends of a slice, copied from a version of the problem whose
 * values stayed within +-10^6. Here values reach INT_MIN and INT_MAX, so a real
 * value beyond a sentinel makes the search step the wrong way, and the sentinel
 * itself can come out as the median. */
#include "median_sorted.h"

enum { LOW = -1000000000, HIGH = 1000000000 };

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n)
        return median_sorted(b, n, a, m);
    long long half = (long long)(m + n + 1) / 2, lo = 0, hi = (long long)m;
    while (lo <= hi) {
        long long i = (lo + hi) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LOW, a_right = i < (long long)m ? a[i] : HIGH;
        long long b_left = j > 0 ? b[j - 1] : LOW, b_right = j < (long long)n ? b[j] : HIGH;
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
