/* expect: WA
 * problem: hostile-function
 * message: AC  accepted
 * sanitize: WA
 * sanitize message: AC  accepted
 * display: safe
 * Calls the harness's own harness_fail() with a message that draws a verdict:
 * a carriage return, cursor-up and erase-line sequences, "AC  accepted: 43/43",
 * a window title and an OSC 8 hyperlink left open to swallow the real verdict.
 * The harness's failure message is the learner's to write: the WA stands, and
 * the message is shown escaped. */
#include "sum.h"

void harness_fail(const char *fmt, ...);

long long sum(const int *a, size_t n)
{
    long long s = 0;
    for (size_t i = 0; i < n; i++)
        s += a[i];
    harness_fail("\r\033[2K\033[1A\033[2KAC  accepted: 43/43 tests passed\033]0;pwned\007\033]8;;");
    return s;
}
