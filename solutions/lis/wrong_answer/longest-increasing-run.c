/* Known-bad (WA): the longest increasing run of neighbours (a subarray), not the
 * longest increasing subsequence, whose elements may be far apart: in
 * 10 9 2 5 3 7 101 18 the best run is 3 7 101, but 2 3 7 18 is longer. */
#include "lis.h"

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    size_t best = 0, best_len = 1, start = 0;
    for (size_t i = 1; i <= n; i++) {
        if (i < n && a[i] > a[i - 1])
            continue;
        if (i - start > best_len) {
            best = start;
            best_len = i - start;
        }
        start = i;
    }
    for (size_t k = 0; k < best_len; k++)
        idx[k] = best + k;
    return best_len;
}
