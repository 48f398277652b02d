/* Known-bad (WA): greedy matching, taking each letter of a whose next occurrence in b
 * still exists. Always a common subsequence, rarely the longest: one early match can
 * skip past everything else ("zabc" and "abcz" gives "z", not "abc"). */
#include "lcs.h"

#include <string.h>

size_t lcs(const char *a, const char *b, char *out)
{
    size_t len = 0;
    for (; *a; a++) {
        const char *hit = strchr(b, *a);
        if (hit) {
            out[len++] = *a;
            b = hit + 1;
        }
    }
    out[len] = '\0';
    return len;
}
