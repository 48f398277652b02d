/* expect: WA
 * problem: hostile-function
 * message: the package's validator accepts it
 * sanitize: WA
 * sanitize message: the package's validator accepts it
 * display: safe
 * A forged "the test input is broken" claim, through the harness's own
 * harness_bad_input(), whose reason is escape sequences (a screen clear, a C1
 * CSI, a right-to-left override): the judge refutes the claim (WA) and quotes it,
 * escaped. */
#include "sum.h"

void harness_bad_input(const char *fmt, ...);

long long sum(const int *a, size_t n)
{
    (void)a;
    (void)n;
    harness_bad_input("\033[2J\033[H\xc2\x9b"
                      "31mIE\xe2\x80\xae");
    return 0;
}
