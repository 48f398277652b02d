/* Known-bad (wrong answer): Bellman-Ford for n - 1 rounds, then one more round
 * whose improving vertices are marked LLONG_MIN, and nothing else. Those vertices
 * do lie on or after a negative cycle, but a vertex further downstream need not
 * improve in that one round (its edge may come first in the list, or its value
 * may come from a cheaper path for now): it keeps a finite value. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    for (size_t round = 1; round < n; round++)
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            if (from != LLONG_MAX && from + edges[i].weight < dist[edges[i].to])
                dist[edges[i].to] = from + edges[i].weight;
        }
    bool *improves = calloc(n, sizeof *improves);
    for (size_t i = 0; i < m; i++) {
        long long from = dist[edges[i].from];
        if (from != LLONG_MAX && from + edges[i].weight < dist[edges[i].to]) {
            dist[edges[i].to] = from + edges[i].weight;
            improves[edges[i].to] = true;
        }
    }
    for (size_t v = 0; v < n; v++)
        if (improves[v])
            dist[v] = LLONG_MIN;
    free(improves);
}
