/* Known-bad (WA): a correct patience sort that forgets to free its prev array.
 * The answer is right, but the memory it allocated is the function's to free:
 * the harness counts the blocks left behind. */
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
        prev[i] = lo > 0 ? top[lo - 1] : i;
        tail[lo] = a[i];
        top[lo] = i;
        if (lo == len)
            len++;
    }
    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(tail);
    free(top); /* the bug: prev is never freed */
    return len;
}
