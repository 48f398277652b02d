/* Known-bad (TLE): patience sorting with a linear scan of the tails that starts at
 * the top pile, which is O(1) per element on increasing data (each one goes on a
 * new pile at once). It is still O(n^2): after a long climb, every value lower
 * than the climb walks down past all its piles. */
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
        size_t k = len;
        while (k > 0 && tail[k - 1] >= a[i]) /* k - 1 is the last tail < a[i] */
            k--;
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
