/* Harness of the bellman-ford problem: reads `n m s` and m edges, calls the
 * learner's bellman_ford() once, checks that it left the edges untouched, wrote
 * every dist entry (and nothing past them) with a value a distance can have, and
 * freed what it allocated, then writes the distances on one line, LLONG_MAX as
 * `inf` and LLONG_MIN as `-inf`. */
#include "bellman_ford.h"
#include "harness.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 2000, MAX_M = 5000 };
#define MAX_W 1000000000LL

/* dist entries start as this, so an entry the learner never wrote is caught: no
 * distance reaches it (|distance| <= (n - 1) * 10^9 < 2 * 10^12). */
#define UNWRITTEN 0x5eed5eed5eed5eedLL
/* Written one past the n entries the caller allocated, to catch overruns. */
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

static bellman_ford_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    bellman_ford_edge *e = malloc(m * sizeof *e);
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

/* A position-dependent hash of the edges: cheaper than a second copy, and a
 * learner who sorts or rewrites them in place changes it. */
static unsigned long long edges_hash(const bellman_ford_edge *e, size_t m)
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

static void check_dist(const long long *dist, size_t n)
{
    /* a shortest path is simple: at most n - 1 edges of |weight| <= 10^9 */
    long long bound = (long long)(n - 1) * MAX_W;
    if (dist[n] != CANARY) {
        harness_fail("bellman_ford wrote past the end of dist (it has n entries)");
        return;
    }
    for (size_t v = 0; v < n; v++) {
        if (dist[v] == UNWRITTEN) {
            harness_fail("dist[%zu] was never written (every entry must be set)", v);
            return;
        }
        if (dist[v] != LLONG_MAX && dist[v] != LLONG_MIN && (dist[v] < -bound || dist[v] > bound)) {
            harness_fail("dist[%zu] = %lld is no distance: a shortest path has at most n - 1 "
                         "edges, so |distance| <= %lld; unreachable is LLONG_MAX, "
                         "arbitrarily short is LLONG_MIN",
                         v, dist[v], bound);
            return;
        }
    }
}

/* Hand-rolled formatting: one fprintf per vertex would cost more than the
 * reference's rounds on sparse tests. */
static void write_answer(const long long *dist, size_t n)
{
    FILE *out = harness_answer();
    char buf[32];
    for (size_t v = 0; v < n; v++) {
        char *p = buf + sizeof buf;
        long long x = dist[v];
        *--p = v + 1 < n ? ' ' : '\n';
        if (x == LLONG_MAX || x == LLONG_MIN) {
            p -= 3;
            memcpy(p, "inf", 3);
        } else {
            unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
            do
                *--p = (char)('0' + u % 10);
            while (u /= 10);
        }
        if (x < 0)
            *--p = '-';
        fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
    }
}

int main(void)
{
    size_t n = read_bounded("n", MAX_N);
    size_t m = read_bounded("m", MAX_M);
    if (n == 0)
        harness_bad_input("n must be at least 1");
    size_t source = read_bounded("s", n - 1);
    bellman_ford_edge *edges = read_edges(n, m);
    unsigned long long hash = edges_hash(edges, m);

    long long *dist = malloc((n + 1) * sizeof *dist);
    if (!dist)
        harness_bad_input("out of memory for %zu distances", n);
    for (size_t v = 0; v < n; v++)
        dist[v] = UNWRITTEN;
    dist[n] = CANARY;

    long blocks = harness_live_blocks();
    harness_timer_start();
    bellman_ford(n, edges, m, source, dist);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("bellman_ford left %ld block%s allocated: free everything you allocate", left,
                     left == 1 ? "" : "s");
    else if (left < 0)
        harness_fail("bellman_ford freed %ld block%s it did not allocate", -left,
                     left == -1 ? "" : "s");
    if (edges_hash(edges, m) != hash)
        harness_fail("bellman_ford modified the edges array (it must only read it)");
    check_dist(dist, n);

    write_answer(dist, n);
    free(dist);
    free(edges);
    return harness_finish();
}
