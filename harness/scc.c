/* Harness of the scc problem: reads `n m` and m edges, calls the learner's scc()
 * once, checks that it left the edges untouched, returned a count in 1..n, wrote
 * every comp entry with a number below that count (and nothing past them) and freed
 * what it allocated, then writes the count and the numbers for the checker, which
 * judges the components themselves. */
#include "harness.h"
#include "scc.h"

#include <stdlib.h>

enum { MAX_N = 500000, MAX_M = 500000 };

/* comp entries start as this, so an entry the learner never wrote is caught; it is
 * far above any component number. */
#define UNWRITTEN ((size_t)0x5eed5eed5eed5eedULL)
/* Written one past the n entries the caller allocated, to catch overruns. */
#define CANARY ((size_t)0x0123456789abcdefULL)

static size_t read_bounded(const char *what, size_t max)
{
    size_t v;
    if (harness_read_size(&v) < 0)
        harness_bad_input("expected %s", what);
    if (v > max)
        harness_bad_input("%s = %zu is out of range", what, v);
    return v;
}

static scc_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    scc_edge *e = malloc(m * sizeof *e);
    if (!e)
        harness_bad_input("out of memory reading %zu edges", m);
    for (size_t i = 0; i < m; i++) {
        e[i].from = read_bounded("an edge's start vertex", n - 1);
        e[i].to = read_bounded("an edge's end vertex", n - 1);
    }
    return e;
}

/* A position-dependent hash of the edges: cheaper than a second copy, and a
 * learner who sorts or rewrites them in place changes it. */
static unsigned long long edges_hash(const scc_edge *e, size_t m)
{
    unsigned long long h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < m; i++) {
        unsigned long long x = e[i].from * 0xff51afd7ed558ccdULL;
        x ^= e[i].to * 0xc4ceb9fe1a85ec53ULL;
        h = (h ^ x) * 0x100000001b3ULL + i;
        h ^= h >> 29;
    }
    return h;
}

static void check_comp(const size_t *comp, size_t n, size_t k)
{
    if (comp[n] != CANARY) {
        harness_fail("scc wrote past the end of comp (it has n = %zu entries)", n);
        return;
    }
    if (k == 0 || k > n) {
        harness_fail("scc returned %zu: the number of components is between 1 and n = %zu", k, n);
        return;
    }
    for (size_t v = 0; v < n; v++) {
        if (comp[v] == UNWRITTEN) {
            harness_fail("comp[%zu] was never written (every entry must be set)", v);
            return;
        }
        if (comp[v] >= k) {
            harness_fail("comp[%zu] = %zu, but scc returned k = %zu: numbers run from 0 to k-1", v,
                         comp[v], k);
            return;
        }
    }
}

/* Hand-rolled formatting: 5*10^5 fprintf calls would cost more than the
 * reference's whole search. Writes k, then the n numbers on one line. */
static void write_answer(const size_t *comp, size_t n, size_t k)
{
    FILE *out = harness_answer();
    char buf[32];
    char *end = buf + sizeof buf;
    for (size_t v = 0; v <= n; v++) {
        char *p = end;
        size_t x = v == 0 ? k : comp[v - 1];
        *--p = v == 0 || v == n ? '\n' : ' ';
        do
            *--p = (char)('0' + x % 10);
        while (x /= 10);
        fwrite(p, 1, (size_t)(end - p), out);
    }
}

int main(void)
{
    size_t n = read_bounded("n", MAX_N);
    size_t m = read_bounded("m", MAX_M);
    if (n == 0)
        harness_bad_input("n must be at least 1");
    scc_edge *edges = read_edges(n, m);
    unsigned long long hash = edges_hash(edges, m);

    size_t *comp = malloc((n + 1) * sizeof *comp);
    if (!comp)
        harness_bad_input("out of memory for %zu component numbers", n);
    for (size_t v = 0; v < n; v++)
        comp[v] = UNWRITTEN;
    comp[n] = CANARY;

    long blocks = harness_live_blocks();
    harness_timer_start();
    size_t k = scc(n, edges, m, comp);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("scc left %ld block%s allocated: free everything you allocate", left,
                     left == 1 ? "" : "s");
    else if (left < 0)
        harness_fail("scc freed %ld block%s it did not allocate", -left, left == -1 ? "" : "s");
    if (edges_hash(edges, m) != hash)
        harness_fail("scc modified the edges array (it must only read it)");
    check_comp(comp, n, k);

    write_answer(comp, n, k);
    free(comp);
    free(edges);
    return harness_finish();
}
