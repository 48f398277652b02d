/* Known-bad (WA): the contest idiom of tails filled with INT_MAX as "no pile yet",
 * a lower bound over all n of them, and the length read as the position of the
 * first INT_MAX. A real INT_MAX in the input sits on its pile looking like an
 * empty one, so the longest length is counted one short (INT_MIN INT_MAX gives 1). */
#include "lis.h"

#include <limits.h>
#include <stdlib.h>

/* The first k in [0, n) with t[k] >= x, or n. */
static size_t lower_bound(const int *t, size_t n, int x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!tail || !top || !prev)
        abort();
    for (size_t k = 0; k < n; k++)
        tail[k] = INT_MAX;
    for (size_t i = 0; i < n; i++) {
        size_t k = lower_bound(tail, n, a[i]);
        prev[i] = k > 0 ? top[k - 1] : i;
        tail[k] = a[i];
        top[k] = i;
    }
    size_t len = lower_bound(tail, n, INT_MAX); /* the bug: INT_MAX is a value too */
    if (len == 0)
        len = 1; /* "at least one element": only hides the bug on all-INT_MAX input */
    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(tail);
    free(top);
    free(prev);
    return len;
}
