/* Known-bad (WA): patience sorting on the values copied into a float, "to save
 * memory" or by habit. A float holds 24 bits of mantissa: above 2^24 close ints
 * round to the same float, so 2147483646 and 2147483647 compare equal and the
 * strict subsequence comes out too short. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    float *v = malloc(n * sizeof *v), *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!v || !tail || !top || !prev)
        abort();
    for (size_t i = 0; i < n; i++)
        v[i] = (float)a[i];
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tail[mid] < v[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo > 0 ? top[lo - 1] : i;
        tail[lo] = v[i];
        top[lo] = i;
        if (lo == len)
            len++;
    }
    size_t at = top[len - 1];
    for (size_t k = len; k-- > 0; at = prev[at])
        idx[k] = at;
    free(v);
    free(tail);
    free(top);
    free(prev);
    return len;
}
