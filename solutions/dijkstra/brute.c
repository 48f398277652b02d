/* Brute-force oracle for dijkstra: Bellman-Ford on the edge list, relaxing every
 * edge until a full pass changes nothing. O(n * m) time, no allocation, and too
 * simple to be wrong: a distance only ever drops to the length of a real path. */
#include "dijkstra.h"

#include <stdbool.h>

void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = -1;
    dist[source] = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            long long *to = &dist[edges[i].to];
            if (from >= 0 && (*to < 0 || from + edges[i].weight < *to)) {
                *to = from + edges[i].weight;
                changed = true;
            }
        }
    }
}
