/* expect: WA
 * problem: hostile-function
 * message: the package's validator accepts it
 * never: internal error
 * sanitize: WA
 * sanitize message: the package's validator accepts it
 * Writes the harness's "the test input is broken" line and exits as the harness
 * does: an internal error (exit 3) against a correct package, unless the judge
 * asks the validator, which accepts the input. */
#include "sum.h"

#include <stdio.h>
#include <unistd.h>

long long sum(const int *a, size_t n)
{
    (void)a;
    (void)n;
    dprintf(4, "bad-input n is missing\n");
    _exit(2);
}
