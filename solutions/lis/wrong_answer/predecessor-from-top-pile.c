/* Known-bad (WA): patience sorting with the right length, but each element's
 * predecessor is the top of the highest pile, not of the pile just below its own.
 * That is right when the element starts a new pile, and wrong when it replaces a
 * tail lower down: in 1 5 2, the 2 links to the 5. */
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
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tail[mid] < a[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo > 0 ? top[len - 1] : i; /* the bug: top[lo - 1] */
        tail[lo] = a[i];
        top[lo] = i;
        if (lo == len)
            len++;
    }
    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(tail);
    free(top);
    free(prev);
    return len;
}
