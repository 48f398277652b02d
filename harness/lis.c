/* Harness of the lis problem: reads `n` and the n values, calls the learner's lis()
 * once, checks the contract (a left unchanged, nothing leaked, a sane length, every
 * returned entry written and nothing past idx[n-1]), then writes the length and
 * idx[0..len) for the checker, which judges the subsequence itself. */
#include "harness.h"
#include "lis.h"

#include <stdint.h>
#include <stdlib.h>

enum { MAX_N = 500000 };

/* Every idx entry starts as this, so an entry the learner returned but never wrote
 * is caught; it is far above any index, so it is never a real answer. */
#define UNWRITTEN ((size_t)0x5eed5eed5eed5eedULL)
/* Written one past the n entries the caller promised, to catch overruns. */
#define CANARY ((size_t)0x0123456789abcdefULL)

/* A position-dependent fingerprint instead of a copy: a learner who sorts a in
 * place, or reuses it as scratch memory, changes it. */
static uint64_t fingerprint(const int *a, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint32_t)a[i] + i;
        h *= 0xbf58476d1ce4e5b9u;
        h ^= h >> 31;
    }
    return h;
}

static void check_idx(const size_t *idx, size_t n, size_t len)
{
    if (n == 0) {
        if (len != 0)
            harness_fail("lis returned %zu for an empty array (n = 0): the answer is 0", len);
        return;
    }
    if (idx[n] != CANARY) {
        harness_fail("lis wrote past the end of idx (it has room for n = %zu entries)", n);
        return;
    }
    if (len > n) {
        harness_fail("lis returned %zu, more than n = %zu elements", len, n);
        return;
    }
    for (size_t k = 0; k < len; k++)
        if (idx[k] == UNWRITTEN) {
            harness_fail("lis returned %zu but never wrote idx[%zu]", len, k);
            return;
        }
}

/* Hand-rolled formatting: 5*10^5 fprintf calls would cost more than the
 * reference's whole search. */
static void write_answer(const size_t *idx, size_t len)
{
    FILE *out = harness_answer();
    char buf[32];
    char *end = buf + sizeof buf;
    char *p = end;
    *--p = '\n';
    size_t x = len;
    do
        *--p = (char)('0' + x % 10);
    while (x /= 10);
    fwrite(p, 1, (size_t)(end - p), out);
    for (size_t k = 0; k < len; k++) {
        p = end;
        *--p = k + 1 < len ? ' ' : '\n';
        x = idx[k];
        do
            *--p = (char)('0' + x % 10);
        while (x /= 10);
        fwrite(p, 1, (size_t)(end - p), out);
    }
    if (len == 0)
        fputc('\n', out); /* the index line is there, empty */
}

int main(void)
{
    size_t n;
    if (harness_read_size(&n) < 0)
        harness_bad_input("the first line must hold n");
    if (n > MAX_N)
        harness_bad_input("n = %zu is more than %d", n, MAX_N);
    int *a = harness_read_ints(n); /* NULL when n is 0, as the contract says */
    if (n > 0 && !a)
        harness_bad_input("expected %zu integers after n", n);
    uint64_t before = fingerprint(a, n);

    size_t *idx = NULL;
    if (n > 0) {
        idx = malloc((n + 1) * sizeof *idx);
        if (!idx)
            harness_bad_input("out of memory for %zu indices", n);
        for (size_t k = 0; k < n; k++)
            idx[k] = UNWRITTEN;
        idx[n] = CANARY;
    }

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    size_t len = lis(a, n, idx);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("lis left %ld block%s (%lld bytes) unfreed: free all you allocate "
                     "before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("lis freed memory it does not own: a and idx belong to the caller");
    else if (fingerprint(a, n) != before)
        harness_fail("lis modified the array a (it belongs to the caller and is read-only)");
    check_idx(idx, n, len);

    /* Never read past the n entries, whatever lis returned. */
    write_answer(idx, len < n ? len : n);
    if (left >= 0) { /* else one of them is already freed: a second free would abort */
        free(idx);
        free(a);
    }
    return harness_finish();
}
