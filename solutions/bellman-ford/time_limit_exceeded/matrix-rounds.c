/* Known-bad (time limit): Bellman-Ford on an adjacency matrix, the way it is often
 * drawn on a whiteboard: w[u][v] holds the lightest u -> v edge, and each round
 * visits all n^2 pairs instead of the m edges. The answers are right (the same
 * rounds, then marking passes that carry LLONG_MIN), but a round costs n^2 = 4 *
 * 10^6 instead of m = 5000, and a reachable negative cycle keeps every one of the
 * n rounds busy: 8 * 10^9 steps. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    long long *w = malloc(n * n * sizeof *w);
    for (size_t i = 0; i < n * n; i++)
        w[i] = LLONG_MAX; /* no edge */
    for (size_t e = 0; e < m; e++) {
        long long *cell = &w[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *cell)
            *cell = edges[e].weight;
    }
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    bool changed = true;
    for (size_t round = 1; round < n && changed; round++) {
        changed = false;
        for (size_t u = 0; u < n; u++)
            for (size_t v = 0; v < n; v++)
                if (w[u * n + v] != LLONG_MAX && dist[u] != LLONG_MAX &&
                    dist[u] + w[u * n + v] < dist[v]) {
                    dist[v] = dist[u] + w[u * n + v];
                    changed = true;
                }
    }
    while (changed) {
        changed = false;
        for (size_t u = 0; u < n; u++)
            for (size_t v = 0; v < n; v++) {
                if (w[u * n + v] == LLONG_MAX || dist[u] == LLONG_MAX || dist[v] == LLONG_MIN)
                    continue;
                if (dist[u] == LLONG_MIN || dist[u] + w[u * n + v] < dist[v]) {
                    dist[v] = LLONG_MIN;
                    changed = true;
                }
            }
    }
    free(w);
}
