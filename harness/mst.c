/* Harness of the mst problem: reads `n m` and m edges, calls the learner's mst()
 * once, checks that it left the edges untouched, wrote every chosen entry (and
 * nothing past them) and freed what it allocated, then writes the returned total
 * and the chosen indices for the checker, which judges the tree itself. */
#include "harness.h"
#include "mst.h"

#include <stdlib.h>

enum { MAX_N = 500000, MAX_M = 500000 };
#define MAX_W 1000000000000LL

/* chosen entries start as this, so an entry the learner never wrote is caught; it
 * is far above any edge index, so it is never a real answer. */
#define UNWRITTEN ((size_t)0x5eed5eed5eed5eedULL)
/* Written one past the n-1 entries the caller allocated, to catch overruns. */
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

static mst_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    mst_edge *e = malloc(m * sizeof *e);
    if (!e)
        harness_bad_input("out of memory reading %zu edges", m);
    for (size_t i = 0; i < m; i++) {
        long long w;
        e[i].u = read_bounded("an edge's first endpoint", n - 1);
        e[i].v = read_bounded("an edge's second endpoint", n - 1);
        if (harness_read_ll(&w) < 0 || w < -MAX_W || w > MAX_W)
            harness_bad_input("edge %zu: expected a weight in -10^12..10^12", i);
        e[i].weight = w;
    }
    return e;
}

/* A position-dependent hash of the edges: cheaper than a second copy, and a
 * learner who sorts or rewrites them in place changes it. */
static unsigned long long edges_hash(const mst_edge *e, size_t m)
{
    unsigned long long h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < m; i++) {
        unsigned long long x = e[i].u * 0xff51afd7ed558ccdULL;
        x ^= e[i].v * 0xc4ceb9fe1a85ec53ULL ^ (unsigned long long)e[i].weight;
        h = (h ^ x) * 0x100000001b3ULL + i;
        h ^= h >> 29;
    }
    return h;
}

static void check_chosen(const size_t *chosen, size_t n)
{
    if (n == 1)
        return; /* chosen is NULL: nothing to write */
    if (chosen[n - 1] != CANARY) {
        harness_fail("mst wrote past the end of chosen (it has n-1 = %zu entries)", n - 1);
        return;
    }
    for (size_t k = 0; k + 1 < n; k++)
        if (chosen[k] == UNWRITTEN) {
            harness_fail("chosen[%zu] was never written (a spanning tree has n-1 = %zu edges: "
                         "write every entry)",
                         k, n - 1);
            return;
        }
}

static void put_number(FILE *out, unsigned long long u, bool negative, char after)
{
    char buf[32];
    char *p = buf + sizeof buf;
    *--p = after;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (negative)
        *--p = '-';
    fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
}

/* Hand-rolled formatting: 5*10^5 fprintf calls would cost more than the
 * reference's whole Kruskal. */
static void write_answer(long long total, const size_t *chosen, size_t n)
{
    FILE *out = harness_answer();
    put_number(out, total < 0 ? 0ULL - (unsigned long long)total : (unsigned long long)total,
               total < 0, '\n');
    for (size_t k = 0; k + 1 < n; k++)
        put_number(out, chosen[k], false, k + 2 < n ? ' ' : '\n');
    if (n == 1)
        fputc('\n', out); /* the index line is there, empty */
}

int main(void)
{
    size_t n = read_bounded("n", MAX_N);
    size_t m = read_bounded("m", MAX_M);
    if (n == 0)
        harness_bad_input("n must be at least 1");
    if (m < n - 1)
        harness_bad_input("m = %zu is less than n-1 = %zu: the graph cannot be connected", m,
                          n - 1);
    mst_edge *edges = read_edges(n, m);
    unsigned long long hash = edges_hash(edges, m);

    size_t *chosen = NULL;
    if (n > 1) {
        chosen = malloc(n * sizeof *chosen);
        if (!chosen)
            harness_bad_input("out of memory for %zu indices", n - 1);
        for (size_t k = 0; k + 1 < n; k++)
            chosen[k] = UNWRITTEN;
        chosen[n - 1] = CANARY;
    }

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    long long total = mst(n, edges, m, chosen);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("mst left %ld block%s (%lld bytes) allocated: free everything you "
                     "allocate before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("mst freed memory it does not own: edges and chosen belong to the caller");
    else if (edges_hash(edges, m) != hash)
        harness_fail("mst modified the edges array (it belongs to the caller and is read-only)");
    check_chosen(chosen, n);

    write_answer(total, chosen, n);
    if (left >= 0) { /* else one of them is already freed: a second free would abort */
        free(chosen);
        free(edges);
    }
    return harness_finish();
}
