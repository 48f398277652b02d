/* Brute-force oracle for lis: from[i] is the length of the longest strictly
 * increasing subsequence that starts at i, 1 + the best from[j] over j > i with
 * a[j] > a[i]; the answer starts at the best i and each next element is the first
 * j after it that is larger and one shorter. O(n^2) time, no binary search and no
 * piles: a different idea from the reference's. */
#include "lis.h"

#include <stdlib.h>

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    size_t *from = malloc(n * sizeof *from);
    if (!from)
        abort();
    size_t start = n - 1;
    for (size_t i = n; i-- > 0;) {
        from[i] = 1;
        for (size_t j = i + 1; j < n; j++)
            if (a[j] > a[i] && from[j] + 1 > from[i])
                from[i] = from[j] + 1;
        if (from[i] >= from[start])
            start = i;
    }
    size_t len = from[start], k = 0;
    idx[k++] = start;
    for (size_t j = start + 1; k < len; j++)
        if (a[j] > a[idx[k - 1]] && from[j] == len - k)
            idx[k++] = j;
    free(from);
    return len;
}
