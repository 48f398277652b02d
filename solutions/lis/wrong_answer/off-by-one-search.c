/* Known-bad (WA): patience sorting whose binary search mixes two conventions: a
 * half-open range [lo, hi) with the closed range's hi = mid - 1. It can skip the
 * right pile and put a[i] one pile too low, over a smaller tail: the subsequence
 * stays valid, but it comes out too short (10 30 20 25 gives 2, not 3). */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!tail || !top || !prev)
        abort();
    int len = 0;
    for (size_t i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (tail[mid] < a[i])
                lo = mid + 1;
            else
                hi = mid - 1; /* the bug: hi = mid */
        }
        prev[i] = lo > 0 ? top[lo - 1] : i;
        tail[lo] = a[i];
        top[lo] = i;
        if (lo == len)
            len++;
    }
    size_t at = top[len - 1];
    for (size_t k = (size_t)len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(tail);
    free(top);
    free(prev);
    return (size_t)len;
}
