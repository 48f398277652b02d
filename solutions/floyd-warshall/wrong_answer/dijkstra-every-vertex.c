/* Known-bad (wrong answer): Dijkstra from every vertex, O(n^2) each with an
 * array scan, so n^3 in all: fast enough, but Dijkstra settles the closest
 * unsettled vertex for good, which only holds without negative edges. A
 * negative edge out of a vertex settled late can no longer improve the vertices
 * settled before it, and a negative cycle is never noticed. */
#include "floyd_warshall.h"

#include <stdbool.h>
#include <stdlib.h>

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    long long *w = malloc(n * n * sizeof *w);
    bool *done = malloc(n * sizeof *done);
    if (!w || !done)
        abort();
    for (size_t i = 0; i < n * n; i++)
        w[i] = FW_INF;
    for (size_t e = 0; e < m; e++) {
        long long *x = &w[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *x)
            *x = edges[e].weight;
    }
    for (size_t s = 0; s < n; s++) {
        long long *d = dist + s * n;
        for (size_t v = 0; v < n; v++) {
            d[v] = FW_INF;
            done[v] = false;
        }
        d[s] = 0;
        for (;;) {
            size_t u = n;
            for (size_t v = 0; v < n; v++)
                if (!done[v] && d[v] != FW_INF && (u == n || d[v] < d[u]))
                    u = v;
            if (u == n)
                break;
            done[u] = true;
            for (size_t v = 0; v < n; v++) {
                long long x = w[u * n + v];
                if (x != FW_INF && !done[v] && d[u] + x < d[v])
                    d[v] = d[u] + x;
            }
        }
    }
    free(done);
    free(w);
}
