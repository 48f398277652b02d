/* Known-bad (MLE): patience sorting where each pile keeps a whole copy of its
 * subsequence instead of one index and a link to its predecessor: the new pile k
 * copies pile k-1's k elements and adds a[i]. That is fine while the piles are few,
 * but an increasing run keeps n piles of lengths 1, 2, ..., n alive: n^2/2 indices,
 * far over the memory limit. */
#include "lis.h"

#include <stdlib.h>
#include <string.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    size_t **seq = malloc(n * sizeof *seq);
    if (!tail || !seq)
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
        size_t *s = malloc((lo + 1) * sizeof *s); /* pile lo holds lo + 1 indices */
        if (!s)
            abort();
        if (lo > 0)
            memcpy(s, seq[lo - 1], lo * sizeof *s);
        s[lo] = i;
        if (lo < len)
            free(seq[lo]);
        seq[lo] = s;
        tail[lo] = a[i];
        if (lo == len)
            len++;
    }
    memcpy(idx, seq[len - 1], len * sizeof *idx);
    for (size_t k = 0; k < len; k++)
        free(seq[k]);
    free(seq);
    free(tail);
    return len;
}
