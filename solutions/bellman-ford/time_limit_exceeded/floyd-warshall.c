/* Known-bad (time limit): Floyd-Warshall, which handles negative weights and finds
 * negative cycles too, so it gives the right answers: all-pairs distances in an
 * n x n matrix, sums clamped at -4 * 10^18 so that values shrinking around a
 * negative cycle cannot overflow, then v is -inf when some k with d[k][k] < 0 is
 * reachable from the source and reaches v. But it computes n^2 distances to use n
 * of them: n^3 = 8 * 10^9 steps at n = 2000, against 10^7 for Bellman-Ford. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdlib.h>

#define FLOOR (-4000000000000000000LL)

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    long long **d = malloc(n * sizeof *d);
    for (size_t i = 0; i < n; i++) {
        d[i] = malloc(n * sizeof **d);
        for (size_t j = 0; j < n; j++)
            d[i][j] = i == j ? 0 : LLONG_MAX;
    }
    for (size_t e = 0; e < m; e++)
        if (edges[e].weight < d[edges[e].from][edges[e].to])
            d[edges[e].from][edges[e].to] = edges[e].weight;
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++) {
            if (d[i][k] == LLONG_MAX)
                continue;
            for (size_t j = 0; j < n; j++) {
                if (d[k][j] == LLONG_MAX)
                    continue;
                long long via = d[i][k] + d[k][j];
                if (via < FLOOR)
                    via = FLOOR;
                if (via < d[i][j])
                    d[i][j] = via;
            }
        }
    for (size_t v = 0; v < n; v++) {
        dist[v] = d[source][v];
        for (size_t k = 0; k < n && dist[v] != LLONG_MAX; k++)
            if (d[k][k] < 0 && d[source][k] != LLONG_MAX && d[k][v] != LLONG_MAX)
                dist[v] = LLONG_MIN;
    }
    for (size_t i = 0; i < n; i++)
        free(d[i]);
    free(d);
}
