/* Known-bad (WA): the tails kept as short, as if the values were small. A short
 * keeps only the low 16 bits: 70000 becomes 4464 and 100000 becomes -31072, so
 * large values compare in the wrong order. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    short *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!tail || !top || !prev)
        abort();
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        short x = (short)a[i];
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
    free(tail);
    free(top);
    free(prev);
    return len;
}
