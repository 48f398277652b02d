/* Known-bad (memory limit exceeded): dense Dijkstra on an n*n adjacency matrix.
 * Correct on small graphs, but at n = 2*10^5 the matrix needs 320 GB: malloc
 * refuses it under the memory limit, and the judge says so (MLE, with the size
 * asked for) even though the first write through the NULL then crashes. */
#include "dijkstra.h"

#include <stdbool.h>
#include <stdlib.h>

void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist)
{
    long long *w = malloc(n * n * sizeof *w); /* the bug: no NULL check, no thought of n^2 */
    bool *done = calloc(n, sizeof *done);
    for (size_t i = 0; i < n * n; i++)
        w[i] = -1;
    for (size_t i = 0; i < m; i++) {
        long long *cell = &w[edges[i].from * n + edges[i].to];
        if (*cell < 0 || edges[i].weight < *cell)
            *cell = edges[i].weight;
    }
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
        for (size_t v = 0; v < n; v++) {
            long long c = w[u * n + v];
            if (c >= 0 && (dist[v] < 0 || dist[u] + c < dist[v]))
                dist[v] = dist[u] + c;
        }
    }
    free(done);
    free(w);
}
