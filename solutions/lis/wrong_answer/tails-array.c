/* Known-bad (WA): patience sorting with the right length, but the answer is read
 * out of the tails: top[k] is the index of the smallest value that ends an
 * increasing subsequence of length k + 1, and those indices need not increase.
 * In 1 2 3 10 0, the 0 replaces the 1 at the bottom: the tails are a[4], a[1],
 * a[2], a[3], which is not a subsequence. */
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
        idx[lo] = i; /* the bug: these are the tails, not one subsequence */
        if (lo == len)
            len++;
    }
    free(tail);
    return len;
}
