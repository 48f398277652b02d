/* expect: RE
 * problem: hostile-function
 * message: your code exited before the harness finished
 * sanitize: RE
 * sanitize message: your code exited before the harness finished
 * Writes the answer, the start of a report with a fast time, and leaves through
 * _exit(0), which runs no handler of the harness's: still not the harness's
 * whole report. */
#include "sum.h"

#include <stdio.h>
#include <unistd.h>

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    dprintf(3, "%lld\n", total);
    dprintf(4, "time_ns 1\n");
    _exit(0);
}
