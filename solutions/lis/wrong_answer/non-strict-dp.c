/* Known-bad (WA): the O(n^2) DP with a[j] <= a[i] where the problem asks for
 * a[j] < a[i]: it finds the longest non-decreasing subsequence, and equal values
 * are chained. It fails on a small test long before it could run out of time. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    size_t *best = malloc(n * sizeof *best), *from = malloc(n * sizeof *from);
    if (!best || !from)
        abort();
    size_t end = 0;
    for (size_t i = 0; i < n; i++) {
        best[i] = 1;
        from[i] = i;
        for (size_t j = 0; j < i; j++)
            if (a[j] <= a[i] && best[j] + 1 > best[i]) {
                best[i] = best[j] + 1;
                from[i] = j;
            }
        if (best[i] > best[end])
            end = i;
    }
    size_t len = best[end];
    for (size_t k = len, at = end; k-- > 0; at = from[at])
        idx[k] = at;
    free(best);
    free(from);
    return len;
}
