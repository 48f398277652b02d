/* Known-bad (WA): patience sorting whose comparison is written as a difference,
 * the way a qsort comparator often is: cmp(x, y) = x - y < 0 for x < y. For
 * INT_MAX and INT_MIN the difference does not fit in an int: INT_MAX - INT_MIN
 * wraps to -1, so INT_MAX "is smaller" than INT_MIN. The signed overflow is
 * undefined behaviour, and gcc -O2 happens to fold a signed x - y < 0 into x < y,
 * which hides the bug there but not at -O0 or with other compilers; this attempt
 * subtracts in unsigned so that it wraps as the unoptimised signed subtraction
 * does, on every compiler. */
#include "lis.h"

#include <stdlib.h>

static int cmp(int x, int y) { return (int)((unsigned)x - (unsigned)y); }

size_t lis(const int *a, size_t n, size_t *idx)
{
    if (n == 0)
        return 0;
    int *tail = malloc(n * sizeof *tail);
    size_t *top = malloc(n * sizeof *top), *prev = malloc(n * sizeof *prev);
    if (!tail || !top || !prev)
        abort();
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cmp(tail[mid], a[i]) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo > 0 ? top[lo - 1] : i;
        tail[lo] = a[i];
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
