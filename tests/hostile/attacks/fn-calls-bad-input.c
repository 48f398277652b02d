/* expect: WA
 * problem: hostile-function
 * message: the package's validator accepts it
 * sanitize: WA
 * sanitize message: the package's validator accepts it
 * Calls the harness's own harness_bad_input(): the same forged claim, made
 * through the harness. */
#include "sum.h"

void harness_bad_input(const char *fmt, ...);

long long sum(const int *a, size_t n)
{
    (void)a;
    (void)n;
    harness_bad_input("the numbers are wrong");
    return 0;
}
