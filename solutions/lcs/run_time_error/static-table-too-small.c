/* Known-bad (RTE): a static table sized for strings of 1000 letters, as if the
 * constraints were smaller. Correct up to 1000 x 1000; on longer strings dp[i][j]
 * runs off the end of the array, through the rest of memory, into an unmapped page:
 * SIGSEGV. */
#include "lcs.h"

#include <string.h>

#define MAXN 1000

static int dp[MAXN + 1][MAXN + 1];

size_t lcs(const char *a, const char *b, char *out)
{
    size_t n = strlen(a), m = strlen(b);
    for (size_t i = 0; i <= n; i++) {
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
    return len;
}
