/* Reference solution of median-two-arrays, written as its editorial.
 *
 * Idea. Cut a after its first i values and b after its first j values, with
 * i + j = half = (m + n + 1) / 2: the left part of the cut then holds the lower
 * half of the union (the middle value too when m + n is odd). The cut is the
 * right one when both lefts are at most both rights, that is a[i-1] <= b[j] and
 * b[j-1] <= a[i]; when a[i-1] > b[j], i is too large, and when b[j-1] > a[i],
 * i is too small. So binary-search i over 0..m, j following from it. The median
 * is max(a[i-1], b[j-1]) for an odd total, else the mean of that and
 * min(a[i], b[j]). Searching the shorter array keeps j = half - i within 0..n.
 *
 * Complexity: O(log(min(m, n))) time per call, O(1) memory, nothing allocated.
 *
 * Traps, each with a known-bad attempt: merging the two arrays up to the middle
 * is O(m + n) per call, too slow for 2*10^5 calls on arrays of 10^6. The sum of
 * the two middle values overflows an int (INT_MAX + INT_MAX): add them in a wider
 * type; x/2 + y/2 in int drops the halves of odd values, returning the lower
 * middle alone is not the mean, and a float rounds values above 2^24. A cut at
 * i = 0 or i = m has no a[i-1] or a[i] (and a is NULL when m is 0): the missing
 * values count as -infinity and +infinity, here long long values outside the int
 * range, which no real value passes (sentinels such as +-10^9 are passed). The
 * search range is 0..m inclusive, since the cut may take all of a or none of it;
 * the left part holds (m + n + 1) / 2 values, rounded up, for the middle value to
 * be on its left; the test of a cut is <=, not <, or equal values across the
 * arrays never make a right cut; and searching the longer array sends j below 0
 * or past n, reading outside b. */
#include "median_sorted.h"

#include <limits.h>

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    if (m > n) {
        const int *t = a;
        a = b;
        b = t;
        size_t k = m;
        m = n;
        n = k;
    }
    size_t half = (m + n + 1) / 2, lo = 0, hi = m;
    for (;;) {
        size_t i = lo + (hi - lo) / 2, j = half - i;
        long long a_left = i > 0 ? a[i - 1] : LLONG_MIN, a_right = i < m ? a[i] : LLONG_MAX;
        long long b_left = j > 0 ? b[j - 1] : LLONG_MIN, b_right = j < n ? b[j] : LLONG_MAX;
        if (a_left > b_right) {
            hi = i - 1; /* a_left is a real value, so i > 0 */
        } else if (b_left > a_right) {
            lo = i + 1; /* a_right is a real value, so i < m */
        } else {
            long long left = a_left > b_left ? a_left : b_left;
            if ((m + n) % 2 == 1)
                return (double)left;
            long long right = a_right < b_right ? a_right : b_right;
            return (double)(left + right) / 2; /* exact: |left + right| < 2^32 */
        }
    }
}
