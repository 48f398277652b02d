/* expect: WA
 * problem: hostile-function
 * message: overflowed
 * sanitize: WA
 * sanitize message: overflowed
 * Fills the report stream with a megabyte before the harness writes, so that its
 * lines (a leak, the time) fall past the cap the judge keeps. */
#include "sum.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    static char junk[1 << 16];
    memset(junk, '\n', sizeof junk);
    for (int i = 0; i < 16; i++)
        if (write(4, junk, sizeof junk) < 0)
            break;
    char *leak = malloc(64);
    if (leak)
        leak[0] = 1;
    return total;
}
