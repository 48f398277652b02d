/* Reference solution of lcs, written as its editorial.
 *
 * Idea. L[i][j], the LCS length of the prefixes a[0..i) and b[0..j), is
 * L[i-1][j-1] + 1 when a[i-1] == b[j-1], else max(L[i-1][j], L[i][j-1]). The length
 * needs only the previous row; the subsequence itself is usually read back by walking
 * the full table from (n, m) to (0, 0).
 *
 * Memory is the catch: with n = m = 5000 the full int table is 25 million cells, about
 * 100 MB, over the 64 MB limit. Two ways out: keep only one direction per cell (1 byte
 * each is 25 MB, 2 bits is 6 MB) plus two rolling rows of lengths, or Hirschberg's
 * divide and conquer, used here because it needs no table at all. Split a in half at
 * mid. A forward pass gives F[k] = LCS(a[0..mid), b[0..k)) for every k, a backward
 * pass gives B[k] = LCS(a[mid..n), b[k..m)); some optimal subsequence splits b at the k
 * maximising F[k] + B[k], so solve the two halves (a[0..mid), b[0..k)) and
 * (a[mid..n), b[k..m)) on their own and concatenate. Level d of the recursion scans
 * n*m / 2^d cells in all (a's pieces halve, b's pieces partition b), so the whole
 * costs about 2*n*m steps: O(n*m) time (about 35 ms at 5000 x 5000), O(n + m)
 * memory, recursion depth log2(n).
 *
 * Traps, each with a known-bad attempt: the plain recursion without a memo is
 * exponential; the full int table runs out of memory; a static table sized for
 * smaller inputs writes out of bounds; comparing a[i] with b[j] in cell (i, j) is off
 * by one; greedy matching is not optimal; and the longest common SUBSTRING
 * (contiguous letters) is a different problem. */
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned *fwd, *bwd; /* two rows of m + 1 lengths, reused at every level */
    char *out;           /* where the next letter of the answer goes */
} work;

static unsigned max_u(unsigned x, unsigned y) { return x > y ? x : y; }

/* row[k] = LCS(a[0..n), b[0..k)) for k = 0..m. */
static void forward_row(const char *a, size_t n, const char *b, size_t m, unsigned *row)
{
    memset(row, 0, (m + 1) * sizeof *row);
    for (size_t i = 0; i < n; i++) {
        unsigned diag = 0;
        for (size_t j = 1; j <= m; j++) {
            unsigned up = row[j];
            row[j] = a[i] == b[j - 1] ? diag + 1 : max_u(up, row[j - 1]);
            diag = up;
        }
    }
}

/* row[k] = LCS(a[0..n), b[k..m)) for k = 0..m. */
static void backward_row(const char *a, size_t n, const char *b, size_t m, unsigned *row)
{
    memset(row, 0, (m + 1) * sizeof *row);
    for (size_t i = n; i-- > 0;) {
        unsigned diag = 0;
        for (size_t j = m; j-- > 0;) {
            unsigned up = row[j];
            row[j] = a[i] == b[j] ? diag + 1 : max_u(up, row[j + 1]);
            diag = up;
        }
    }
}

static void solve(work *w, const char *a, size_t n, const char *b, size_t m)
{
    if (n == 0 || m == 0)
        return;
    if (n == 1) {
        if (memchr(b, a[0], m))
            *w->out++ = a[0];
        return;
    }
    size_t mid = n / 2;
    forward_row(a, mid, b, m, w->fwd);
    backward_row(a + mid, n - mid, b, m, w->bwd);
    size_t best = 0;
    for (size_t k = 1; k <= m; k++)
        if (w->fwd[k] + w->bwd[k] > w->fwd[best] + w->bwd[best])
            best = k;
    solve(w, a, mid, b, best);
    solve(w, a + mid, n - mid, b + best, m - best);
}

size_t lcs(const char *a, const char *b, char *out)
{
    size_t n = strlen(a), m = strlen(b);
    work w = {malloc((m + 1) * sizeof *w.fwd), malloc((m + 1) * sizeof *w.bwd), out};
    if (!w.fwd || !w.bwd) {
        free(w.fwd);
        free(w.bwd);
        out[0] = '\0';
        return 0;
    }
    solve(&w, a, n, b, m);
    *w.out = '\0';
    free(w.fwd);
    free(w.bwd);
    return (size_t)(w.out - out);
}
