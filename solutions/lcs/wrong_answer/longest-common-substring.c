/* Known-bad (WA): solves the longest common SUBSTRING (contiguous letters) instead of
 * the subsequence. Fast and tidy, and wrong as soon as the best common letters are
 * not adjacent: for "abcde" and "ace" it answers 1, not 3. */
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

size_t lcs(const char *a, const char *b, char *out)
{
    size_t n = strlen(a), m = strlen(b);
    /* run[j]: length of the common run ending at a[i-1] and b[j-1]. */
    size_t *run = calloc(m + 1, sizeof *run);
    size_t best = 0, end = 0;
    if (!run) {
        out[0] = '\0';
        return 0;
    }
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = m; j >= 1; j--) {
            run[j] = a[i - 1] == b[j - 1] ? run[j - 1] + 1 : 0;
            if (run[j] > best) {
                best = run[j];
                end = i;
            }
        }
    }
    memcpy(out, a + end - best, best);
    out[best] = '\0';
    free(run);
    return best;
}
