/* Known-bad (MLE): the textbook full table of (n+1) x (m+1) ints, walked back from
 * the corner. Correct and O(n*m) time, but at 5000 x 5000 the table is about 100 MB,
 * over the 64 MB limit. */
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

size_t lcs(const char *a, const char *b, char *out)
{
    size_t n = strlen(a), m = strlen(b);
    int **dp = malloc((n + 1) * sizeof *dp);
    if (!dp)
        abort();
    /* Each row is filled as soon as it exists, so the memory is really touched. */
    for (size_t i = 0; i <= n; i++) {
        dp[i] = malloc((m + 1) * sizeof **dp);
        if (!dp[i])
            abort();
        for (size_t j = 0; j <= m; j++) {
            if (i == 0 || j == 0)
                dp[i][j] = 0;
            else if (a[i - 1] == b[j - 1])
                dp[i][j] = dp[i - 1][j - 1] + 1;
            else
                dp[i][j] = dp[i - 1][j] > dp[i][j - 1] ? dp[i - 1][j] : dp[i][j - 1];
        }
    }
    size_t len = (size_t)dp[n][m], k = len;
    out[len] = '\0';
    for (size_t i = n, j = m; i > 0 && j > 0;) {
        if (a[i - 1] == b[j - 1]) {
            out[--k] = a[i - 1];
            i--;
            j--;
        } else if (dp[i - 1][j] >= dp[i][j - 1]) {
            i--;
        } else {
            j--;
        }
    }
    for (size_t i = 0; i <= n; i++)
        free(dp[i]);
    free(dp);
    return len;
}
