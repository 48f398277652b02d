/* Known-bad (time limit): textbook Dijkstra that finds the next vertex by scanning
 * every vertex for the smallest tentative distance. Correct, but O(n^2 + m): about
 * 2*10^10 steps at n = 2*10^5, many times the limit. */
#include "dijkstra.h"

#include <stdbool.h>
#include <stdlib.h>

void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist)
{
    size_t *start = calloc(n + 1, sizeof *start), *order = malloc((m + 1) * sizeof *order);
    bool *done = calloc(n, sizeof *done);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t i = 0; i < m; i++)
        order[start[edges[i].from]++] = i;
    for (size_t v = n; v > 0; v--)
        start[v] = start[v - 1];
    start[0] = 0;

    for (size_t v = 0; v < n; v++)
        dist[v] = -1;
    dist[source] = 0;
    for (;;) {
        size_t u = n;
        for (size_t v = 0; v < n; v++)
            if (!done[v] && dist[v] >= 0 && (u == n || dist[v] < dist[u]))
                u = v;
        if (u == n)
            break;
        done[u] = true;
        for (size_t k = start[u]; k < start[u + 1]; k++) {
            const dijkstra_edge *e = &edges[order[k]];
            long long d = dist[u] + e->weight;
            if (dist[e->to] < 0 || d < dist[e->to])
                dist[e->to] = d;
        }
    }
    free(done);
    free(order);
    free(start);
}
