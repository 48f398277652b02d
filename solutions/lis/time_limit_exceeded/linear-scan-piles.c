/* Known-bad (TLE): patience sorting, but the pile for a[i] is found by scanning the
 * tails from the first one instead of by binary search. Random data makes only
 * about 2*sqrt(n) piles, where this is fast enough; an increasing run makes one
 * pile per element, and then each element scans them all: O(n^2). */
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
        size_t k = 0;
        while (k < len && tail[k] < a[i]) /* the first tail >= a[i] */
            k++;
        prev[i] = k > 0 ? top[k - 1] : i;
        tail[k] = a[i];
        top[k] = i;
        if (k == len)
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
