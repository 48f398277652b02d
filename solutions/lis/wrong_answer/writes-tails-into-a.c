/* Known-bad (WA): a correct patience sort that saves an array by keeping the tails
 * in a itself: tail k is only written after a[i] is read and k <= i, so the values
 * it still needs are never overwritten. The answer is right, but a belongs to the
 * caller and is read-only: the harness sees that it changed. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = (int *)a; /* the bug: casting away const */
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!top || !prev)
        abort();
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        int x = a[i];
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tail[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo > 0 ? top[lo - 1] : i;
        tail[lo] = x;
        top[lo] = i;
        if (lo == len)
            len++;
    }
    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(top);
    free(prev);
    return len;
}
