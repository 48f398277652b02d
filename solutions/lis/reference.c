/* Reference solution of lis, written as its editorial.
 *
 * Idea: patience sorting. Scan a from left to right and keep, for every length k
 * seen so far, the index top[k-1] of the smallest value that ends a strictly
 * increasing subsequence of length k (its value in tail[k-1]). Those tails are
 * strictly increasing in k, so the place of a[i] is found by binary search: the
 * first k whose tail is >= a[i] (a lower bound). a[i] extends the subsequence of
 * length k-1 ending at top[k-2], so remember prev[i] = top[k-2]; then a[i] becomes
 * the new, smaller tail of length k (or a new longest length when every tail is
 * smaller). At the end, the longest length is the number of tails, and following prev
 * back from top[len-1] spells one longest subsequence from its last element.
 *
 * Complexity: n binary searches over at most n tails, O(n log n) time; three arrays
 * of n entries, O(n) memory. About 30 ms at n = 5*10^5.
 *
 * Traps, each with a known-bad attempt: the O(n^2) DP over all pairs (j, i) is far
 * too slow at n = 5*10^5, and so is a linear scan of the tails instead of the binary
 * search, from either end (an increasing run makes n tails). Searching for the first
 * tail > a[i] (upper bound) or comparing with <= allows equal neighbours: that is
 * the longest non-decreasing subsequence. The tails array itself is not a
 * subsequence (a later small value overwrites an early tail): the answer must be
 * rebuilt from prev, and prev[i] is the top of the pile just below a[i]'s at that
 * moment, not of the highest pile. Compare the ints themselves: a - b > 0 overflows
 * for INT_MIN and INT_MAX, and a float or a short cannot tell close large values
 * apart. And both ends are values like any other: INT_MAX cannot mean "no pile yet",
 * nor INT_MIN "minus infinity". Keeping a whole copy of each pile's subsequence
 * instead of one link is O(n^2) memory on an increasing run. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top);
    size_t *prev = malloc(n * sizeof *prev);
    if (!tail || !top || !prev)
        abort();

    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len; /* the first k in [lo, hi] with tail[k] >= a[i] */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tail[mid] < a[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo > 0 ? top[lo - 1] : i; /* i itself: no predecessor */
        tail[lo] = a[i];
        top[lo] = i;
        if (lo == len)
            len++;
    }

    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(prev);
    free(top);
    free(tail);
    return len;
}
