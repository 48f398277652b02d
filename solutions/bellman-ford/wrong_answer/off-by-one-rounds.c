/* Known-bad (wrong answer): the reference's method with one round too few, n - 2
 * instead of n - 1 (`round + 1 < n`). A shortest path of n - 1 edges, listed last
 * edge first, settles one vertex a round, so its far end still improves in the
 * marking pass, which takes it for a negative cycle's: a finite vertex reported
 * -inf (at n = 2, a single edge already). */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>

/* One round of relaxation over every edge; true when some dist improved. */
static bool relax_round(const bellman_ford_edge *edges, size_t m, long long *dist)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
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
    for (size_t round = 1; round + 1 < n; round++) /* the bug: n - 2 rounds */
        if (!relax_round(edges, m, dist))
            return; /* settled: no negative cycle is reachable */
    while (mark_round(edges, m, dist))
        ;
}
