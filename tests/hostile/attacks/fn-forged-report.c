/* expect: WA
 * problem: hostile-function
 * message: holds lines the harness did not write
 * sanitize: WA
 * sanitize message: holds lines the harness did not write
 * Leaks, and writes a whole clean report of its own before the harness's: a
 * report is the harness's alone, in its order. */
#include "sum.h"

#include <stdio.h>
#include <stdlib.h>

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    char *leak = malloc(64);
    if (leak)
        leak[0] = 1;
    dprintf(4, "time_ns 1\nend\n");
    return total;
}
