/* expect: MLE
 * problem: hostile-function
 * message: malloc of 200.0 MB failed: the memory limit is 64 MB
 * A request the memory limit refuses is MLE with its size and the limit, even
 * though the code goes on with the NULL and crashes (it would be a bare SIGSEGV
 * otherwise). */
#include "sum.h"

#include <stdlib.h>
#include <string.h>

char *kept; /* global: the allocation cannot be optimized away */

long long sum(const int *a, size_t n)
{
    kept = malloc((size_t)200 << 20);
    memset(kept, 1, 4096); /* NULL: SIGSEGV */
    long long s = 0;
    for (size_t i = 0; i < n; i++)
        s += a[i];
    return s;
}
