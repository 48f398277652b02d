/* Known-bad (TLE): patience sorting with a linear scan of the tails from the
 * bottom, plus a quick check for a new pile on top. The check makes increasing
 * data O(1) per element, but after a long climb a value that lands on a pile
 * in the middle still walks past half of them: O(n^2) on a climb followed by
 * random values in its range. */
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
        if (len > 0 && tail[len - 1] < a[i])
            k = len; /* a new pile: no scan */
        else
            while (k < len && tail[k] < a[i])
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
