/* expect: RE
 * problem: hostile-function
 * message: your code exited before the harness finished
 * sanitize: RE
 * sanitize message: your code exited before the harness finished
 * Writes the right answer where the harness writes it (fd 3), leaks, and calls
 * exit(0) inside the function: the harness never checks for the leak. The
 * report lacks the harness's end, so the run is not accepted. */
#include "sum.h"

#include <stdio.h>
#include <stdlib.h>

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    char *leak = malloc(4096);
    if (leak)
        leak[0] = 1;
    dprintf(3, "%lld\n", total);
    exit(0);
}
