/* Harness of the floyd-warshall problem: reads `n m q`, m edges and q query
 * pairs, calls the learner's floyd_warshall() once, checks that it left the edges
 * untouched, set every matrix entry to a value a distance can take (and wrote
 * nothing outside the matrix) and freed what it allocated, then writes the
 * queried entries, one a line. */
#include "floyd_warshall.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

enum { MAX_N = 500, MAX_M = 250000, MAX_Q = 250000 };
#define MAX_W 1000000000LL

/* Matrix entries start as this, so an entry the learner never wrote is caught:
 * no answer can take it (real distances stay within (n-1) * 10^9). */
#define UNWRITTEN 0x5eed5eed5eed5eedLL
/* Written just before and just after the n * n entries, to catch overruns. */
#define CANARY 0x0123456789abcdefLL

static size_t read_bounded(const char *what, size_t max)
{
    size_t v;
    if (harness_read_size(&v) < 0)
        harness_bad_input("expected %s", what);
    if (v > max)
        harness_bad_input("%s = %zu is out of range", what, v);
    return v;
}

static fw_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    fw_edge *e = malloc(m * sizeof *e);
    if (!e)
        harness_bad_input("out of memory reading %zu edges", m);
    for (size_t i = 0; i < m; i++) {
        long long w;
        e[i].from = read_bounded("an edge's start vertex", n - 1);
        e[i].to = read_bounded("an edge's end vertex", n - 1);
        if (harness_read_ll(&w) < 0 || w < -MAX_W || w > MAX_W)
            harness_bad_input("edge %zu: expected a weight in -10^9..10^9", i);
        e[i].weight = w;
    }
    return e;
}

/* q pairs (u, v), flattened: pairs[2i], pairs[2i+1]. */
static size_t *read_queries(size_t n, size_t q)
{
    size_t *p = malloc(2 * q * sizeof *p);
    if (!p)
        harness_bad_input("out of memory reading %zu queries", q);
    for (size_t i = 0; i < 2 * q; i++)
        p[i] = read_bounded("a queried vertex", n - 1);
    return p;
}

/* A position-dependent hash of the edges: cheaper than a second copy, and a
 * learner who sorts or rewrites them in place changes it. */
static unsigned long long edges_hash(const fw_edge *e, size_t m)
{
    unsigned long long h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < m; i++) {
        unsigned long long x = e[i].from * 0xff51afd7ed558ccdULL;
        x ^= e[i].to * 0xc4ceb9fe1a85ec53ULL ^ (unsigned long long)e[i].weight;
        h = (h ^ x) * 0x100000001b3ULL + i;
        h ^= h >> 29;
    }
    return h;
}

/* Every entry, queried or not, must be something an answer can be. */
static void check_matrix(const long long *dist, size_t n)
{
    if (dist[-1] != CANARY) {
        harness_fail("floyd_warshall wrote before the start of dist");
        return;
    }
    if (dist[n * n] != CANARY) {
        harness_fail("floyd_warshall wrote past the end of dist (it has n * n entries)");
        return;
    }
    long long bound = (long long)(n - 1) * MAX_W;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            long long d = dist[i * n + j];
            if (d == UNWRITTEN) {
                harness_fail("dist[%zu * n + %zu] (%zu -> %zu) was never written: set every "
                             "entry",
                             i, j, i, j);
                return;
            }
            if (i == j && d != 0 && d != FW_NEG_INF) {
                char shown[32];
                if (d == FW_INF)
                    snprintf(shown, sizeof shown, "FW_INF");
                else
                    snprintf(shown, sizeof shown, "%lld", d);
                harness_fail("dist[%zu * n + %zu] (%zu -> %zu) = %s: a vertex is at distance 0 "
                             "from itself (the empty path), or FW_NEG_INF",
                             i, i, i, i, shown);
                return;
            }
            if (d != FW_INF && d != FW_NEG_INF && (d < -bound || d > bound)) {
                harness_fail("dist[%zu * n + %zu] (%zu -> %zu) = %lld: no distance is that far "
                             "from 0 (at most (n-1) * 10^9 = %lld); else FW_INF or FW_NEG_INF",
                             i, j, i, j, d, bound);
                return;
            }
        }
}

static void put_value(FILE *out, long long x)
{
    if (x == FW_INF) {
        fputs("inf\n", out);
        return;
    }
    if (x == FW_NEG_INF) {
        fputs("-inf\n", out);
        return;
    }
    char buf[32];
    char *p = buf + sizeof buf;
    unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
    *--p = '\n';
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (x < 0)
        *--p = '-';
    fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
}

int main(void)
{
    size_t n = read_bounded("n", MAX_N);
    size_t m = read_bounded("m", MAX_M);
    size_t q = read_bounded("q", MAX_Q);
    if (n == 0)
        harness_bad_input("n must be at least 1");
    if (q == 0)
        harness_bad_input("q must be at least 1");
    fw_edge *edges = read_edges(n, m);
    size_t *queries = read_queries(n, q);
    unsigned long long hash = edges_hash(edges, m);

    long long *block = malloc((n * n + 2) * sizeof *block);
    if (!block)
        harness_bad_input("out of memory for %zu x %zu distances", n, n);
    long long *dist = block + 1;
    for (size_t i = 0; i < n * n; i++)
        dist[i] = UNWRITTEN;
    dist[-1] = dist[n * n] = CANARY;

    long blocks = harness_live_blocks();
    harness_timer_start();
    floyd_warshall(n, edges, m, dist);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("floyd_warshall left %ld block%s allocated: free everything you allocate",
                     left, left == 1 ? "" : "s");
    else if (left < 0)
        harness_fail("floyd_warshall freed %ld block%s it did not allocate", -left,
                     left == -1 ? "" : "s");
    if (edges_hash(edges, m) != hash)
        harness_fail("floyd_warshall modified the edges array (it must only read it)");
    check_matrix(dist, n);

    FILE *out = harness_answer();
    for (size_t i = 0; i < q; i++)
        put_value(out, dist[queries[2 * i] * n + queries[2 * i + 1]]);
    free(block);
    free(queries);
    free(edges);
    return harness_finish();
}
