/* Known-bad (wrong answer): the reference's method, except that self-loops are
 * skipped ("an edge v -> v never shortens a path"). True for a non-negative
 * weight; a negative self-loop is a negative cycle of one edge, which makes its
 * vertex, and everything after it, -inf. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>

/* One round of relaxation over every edge; true when some dist improved. */
static bool relax_round(const bellman_ford_edge *edges, size_t m, long long *dist)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        if (edges[i].from == edges[i].to)
            continue; /* the bug: self-loops ignored */
        long long from = dist[edges[i].from];
        if (from == LLONG_MAX)
            continue; /* not reached (yet): nothing to relax from */
        long long d = from + edges[i].weight;
        if (d < dist[edges[i].to]) {
            dist[edges[i].to] = d;
            changed = true;
        }
    }
    return changed;
}

/* One pass that marks LLONG_MIN on every edge's end that still improves, or whose
 * start is marked; true when it marked a vertex. */
static bool mark_round(const bellman_ford_edge *edges, size_t m, long long *dist)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        if (edges[i].from == edges[i].to)
            continue; /* the bug: self-loops ignored */
        long long from = dist[edges[i].from];
        long long *to = &dist[edges[i].to];
        if (from == LLONG_MAX || *to == LLONG_MIN)
            continue;
        if (from == LLONG_MIN || from + edges[i].weight < *to) {
            *to = LLONG_MIN;
            changed = true;
        }
    }
    return changed;
}

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    for (size_t round = 1; round < n; round++)
        if (!relax_round(edges, m, dist))
            return; /* settled: no negative cycle is reachable */
    while (mark_round(edges, m, dist))
        ;
}
