/* Known-bad (TLE): the recurrence as plain recursion, without a memo. Correct, but a
 * mismatch branches into two calls, so it makes up to C(n+m, n) calls: instant on a
 * handful of letters, hopeless on thousands. */
#include "lcs.h"

#include <string.h>

static size_t best(const char *a, const char *b)
{
    if (*a == '\0' || *b == '\0')
        return 0;
    if (*a == *b)
        return 1 + best(a + 1, b + 1);
    size_t skip_a = best(a + 1, b), skip_b = best(a, b + 1);
    return skip_a > skip_b ? skip_a : skip_b;
}

size_t lcs(const char *a, const char *b, char *out)
{
    size_t len = 0;
    while (*a && *b) {
        if (*a == *b) {
            out[len++] = *a;
            a++;
            b++;
        } else if (best(a + 1, b) >= best(a, b + 1)) {
            a++;
        } else {
            b++;
        }
    }
    out[len] = '\0';
    return len;
}
