/* Harness of the max-flow problem: reads `n m s t` and m edges, calls the learner's
 * max_flow() once, checks that it left the edges untouched, wrote every flow entry
 * (and nothing past them) and freed what it allocated, then writes the returned
 * value on the first line and the flow of each edge on its own line, in the
 * edges' order. Whether that is a maximum flow is the checker's business. */
#include "harness.h"
#include "max_flow.h"

#include <stdlib.h>

enum { MAX_N = 5000, MAX_M = 10000 };
#define MAX_CAP 1000000000LL

/* flow entries start as this, so an entry the learner never wrote is caught. */
#define UNWRITTEN (-2LL - 0x5eed)
/* Written one past the m entries the caller allocated, to catch overruns. */
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

static max_flow_edge *read_edges(size_t n, size_t m)
{
    if (m == 0)
        return NULL; /* the contract: edges may be NULL when m is 0 */
    max_flow_edge *e = malloc(m * sizeof *e);
    if (!e)
        harness_bad_input("out of memory reading %zu edges", m);
    for (size_t i = 0; i < m; i++) {
        long long c;
        e[i].from = read_bounded("an edge's start vertex", n - 1);
        e[i].to = read_bounded("an edge's end vertex", n - 1);
        if (harness_read_ll(&c) < 0 || c < 0 || c > MAX_CAP)
            harness_bad_input("edge %zu: expected a capacity in 0..10^9", i);
        e[i].capacity = c;
    }
    return e;
}

/* A position-dependent hash of the edges: cheaper than a second copy, and a
 * learner who sorts or rewrites them in place changes it. */
static unsigned long long edges_hash(const max_flow_edge *e, size_t m)
{
    unsigned long long h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < m; i++) {
        unsigned long long x = e[i].from * 0xff51afd7ed558ccdULL;
        x ^= e[i].to * 0xc4ceb9fe1a85ec53ULL ^ (unsigned long long)e[i].capacity;
        h = (h ^ x) * 0x100000001b3ULL + i;
        h ^= h >> 29;
    }
    return h;
}

static void check_flow(const long long *flow, size_t m)
{
    if (flow[m] != CANARY) {
        harness_fail("max_flow wrote past the end of flow (it has m entries)");
        return;
    }
    for (size_t i = 0; i < m; i++)
        if (flow[i] == UNWRITTEN) {
            harness_fail("flow[%zu] was never written (every entry must be set)", i);
            return;
        }
}

static void put_ll(FILE *out, long long x)
{
    char buf[32], *p = buf + sizeof buf;
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
    if (n < 2)
        harness_bad_input("n must be at least 2");
    size_t source = read_bounded("s", n - 1);
    size_t sink = read_bounded("t", n - 1);
    if (source == sink)
        harness_bad_input("s and t must differ");
    max_flow_edge *edges = read_edges(n, m);
    unsigned long long hash = edges_hash(edges, m);

    long long *flow = malloc((m + 1) * sizeof *flow);
    if (!flow)
        harness_bad_input("out of memory for %zu flows", m);
    for (size_t i = 0; i < m; i++)
        flow[i] = UNWRITTEN;
    flow[m] = CANARY;

    long blocks = harness_live_blocks();
    harness_timer_start();
    long long value = max_flow(n, edges, m, source, sink, flow);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("max_flow left %ld block%s allocated: free everything you allocate", left,
                     left == 1 ? "" : "s");
    else if (left < 0)
        harness_fail("max_flow freed %ld block%s it did not allocate", -left,
                     left == -1 ? "" : "s");
    if (edges_hash(edges, m) != hash)
        harness_fail("max_flow modified the edges array (it must only read it)");
    check_flow(flow, m);

    FILE *out = harness_answer();
    put_ll(out, value);
    for (size_t i = 0; i < m; i++)
        put_ll(out, flow[i]);
    free(flow);
    free(edges);
    return harness_finish();
}
