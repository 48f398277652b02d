/* Known-bad (WA): the O(n^2) DP from a virtual first element of value "minus
 * infinity", written as INT_MIN: an element is reachable when it is larger than
 * an earlier reachable one. INT_MIN itself is larger than nothing, so it is
 * never taken: a single INT_MIN gives 0, and INT_MIN INT_MAX gives 1. It fails on
 * a small test long before it could run out of time. */
#include "lis.h"

#include <limits.h>
#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    /* best[i + 1] is the chain length ending at a[i]; best[0] is the sentinel's */
    long *best = malloc((n + 1) * sizeof *best);
    size_t *from = malloc((n + 1) * sizeof *from);
    if (!best || !from)
        abort();
    best[0] = 0;
    size_t end = 0;
    for (size_t i = 1; i <= n; i++) {
        best[i] = -1; /* unreachable until a smaller predecessor is found */
        for (size_t j = 0; j < i; j++) {
            int before = j == 0 ? INT_MIN : a[j - 1];
            if (best[j] >= 0 && before < a[i - 1] && best[j] + 1 > best[i]) {
                best[i] = best[j] + 1;
                from[i] = j;
            }
        }
        if (best[i] > best[end])
            end = i;
    }
    size_t len = (size_t)best[end];
    for (size_t k = len, at = end; k-- > 0; at = from[at])
        idx[k] = at - 1;
    free(best);
    free(from);
    return len;
}
