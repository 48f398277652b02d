/* Known-bad (WA): the length is right (patience sorting on the tail values alone),
 * but no subsequence is kept, so it answers the first len indices, 0 1 ... len-1,
 * which are increasing only when the array starts with its answer. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    if (!tail)
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
        tail[lo] = a[i];
        if (lo == len)
            len++;
    }
    for (size_t k = 0; k < len; k++)
        idx[k] = k;
    free(tail);
    return len;
}
