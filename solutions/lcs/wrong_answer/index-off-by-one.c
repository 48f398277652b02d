/* Known-bad (WA): a 1-byte direction table (25 MB at 5000 x 5000, which fits) with
 * rolling rows of lengths, but cell (i, j) compares a[i] with b[j] instead of
 * a[i-1] with b[j-1]. Every answer is shifted by one letter, and the two NULs at the
 * ends "match" too. */
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

enum { DIAG, UP, LEFT };

size_t lcs(const char *a, const char *b, char *out)
{
    size_t n = strlen(a), m = strlen(b), w = m + 1;
    unsigned char *dir = malloc((n + 1) * w);
    unsigned *prev = calloc(w, sizeof *prev), *cur = calloc(w, sizeof *cur);
    size_t len = 0;
    if (dir && prev && cur) {
        for (size_t i = 1; i <= n; i++) {
            for (size_t j = 1; j <= m; j++) {
                if (a[i] == b[j]) { /* the bug: should be a[i - 1] == b[j - 1] */
                    cur[j] = prev[j - 1] + 1;
                    dir[i * w + j] = DIAG;
                } else if (prev[j] >= cur[j - 1]) {
                    cur[j] = prev[j];
                    dir[i * w + j] = UP;
                } else {
                    cur[j] = cur[j - 1];
                    dir[i * w + j] = LEFT;
                }
            }
            unsigned *t = prev;
            prev = cur;
            cur = t;
        }
        len = prev[m];
        size_t k = len;
        for (size_t i = n, j = m; i > 0 && j > 0 && k > 0;) {
            unsigned char d = dir[i * w + j];
            if (d == DIAG)
                out[--k] = a[i];
            i -= d != LEFT;
            j -= d != UP;
        }
    }
    out[len] = '\0';
    free(dir);
    free(prev);
    free(cur);
    return len;
}
