/* Harness of the topo-sort problem: reads `n m` and m edges, calls the learner's
 * topo_sort() once, checks that it left the edges untouched, freed what it
 * allocated, wrote nothing past order[n-1] and, when it returned true, wrote every
 * order entry; then writes `true` and the order, or `false`, for the checker,
 * which judges the order itself. */
#include "harness.h"
#include "topo_sort.h"

#include <stdlib.h>

enum { MAX_N = 200000, MAX_M = 500000 };

/* order entries start as this, so an entry the learner returned but never wrote
 * is caught; it is far above any vertex, so it is never a real answer. */
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

static topo_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    topo_edge *e = malloc(m * sizeof *e);
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
static unsigned long long edges_hash(const topo_edge *e, size_t m)
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

/* The canary always; the entries only after a true return (after false they are
 * the learner's scratch space). */
static void check_order(const size_t *order, size_t n, bool sorted)
{
    if (order[n] != CANARY) {
        harness_fail("topo_sort wrote past the end of order (it has n = %zu entries)", n);
        return;
    }
    if (!sorted)
        return;
    for (size_t k = 0; k < n; k++)
        if (order[k] == UNWRITTEN) {
            harness_fail("topo_sort returned true but never wrote order[%zu]: a true return "
                         "must fill all n = %zu entries",
                         k, n);
            return;
        }
}

/* Hand-rolled formatting: 2*10^5 fprintf calls would cost more than the
 * reference's whole sort. */
static void write_answer(const size_t *order, size_t n, bool sorted)
{
    FILE *out = harness_answer();
    if (!sorted) {
        fputs("false\n", out);
        return;
    }
    fputs("true\n", out);
    char buf[32];
    for (size_t k = 0; k < n; k++) {
        char *p = buf + sizeof buf;
        size_t x = order[k];
        *--p = k + 1 < n ? ' ' : '\n';
        do
            *--p = (char)('0' + x % 10);
        while (x /= 10);
        fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
    }
}

int main(void)
{
    size_t n = read_bounded("n", MAX_N);
    size_t m = read_bounded("m", MAX_M);
    if (n == 0)
        harness_bad_input("n must be at least 1");
    topo_edge *edges = read_edges(n, m);
    unsigned long long hash = edges_hash(edges, m);

    size_t *order = malloc((n + 1) * sizeof *order);
    if (!order)
        harness_bad_input("out of memory for %zu order entries", n);
    for (size_t k = 0; k < n; k++)
        order[k] = UNWRITTEN;
    order[n] = CANARY;

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    bool sorted = topo_sort(n, edges, m, order);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("topo_sort left %ld block%s (%lld bytes) allocated: free everything you "
                     "allocate before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("topo_sort freed memory it does not own: edges and order belong to the "
                     "caller");
    else if (edges_hash(edges, m) != hash)
        harness_fail("topo_sort modified the edges array (it must only read it)");
    check_order(order, n, sorted);

    write_answer(order, n, sorted);
    if (left >= 0) { /* else one of them is already freed: a second free would abort */
        free(order);
        free(edges);
    }
    return harness_finish();
}
