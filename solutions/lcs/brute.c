/* Brute-force oracle for lcs: tries every subsequence of a (keep or drop each letter)
 * that is also a subsequence of b, matched greedily, and keeps the longest. Obviously
 * correct and exponential: only for strings of about 20 letters. */
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *a, *b;
    char *cand, *out;
    size_t best;
} search;

/* cand[0..len) is a subsequence of a[0..i) whose greedy match in b ends before b[pos]. */
static void dfs(search *s, size_t i, const char *pos, size_t len)
{
    if (len > s->best) {
        s->best = len;
        memcpy(s->out, s->cand, len);
        s->out[len] = '\0';
    }
    if (s->a[i] == '\0')
        return;
    const char *hit = strchr(pos, s->a[i]);
    if (hit) {
        s->cand[len] = s->a[i];
        dfs(s, i + 1, hit + 1, len + 1);
    }
    dfs(s, i + 1, pos, len);
}

size_t lcs(const char *a, const char *b, char *out)
{
    search s = {a, b, malloc(strlen(a) + 1), out, 0};
    out[0] = '\0';
    if (!s.cand)
        return 0;
    dfs(&s, 0, b, 0);
    free(s.cand);
    return s.best;
}
