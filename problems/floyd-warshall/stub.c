/* Starting point for floyd_warshall: fill dist (n x n, row by row) with the
 * shortest distances, FW_INF / FW_NEG_INF where there is no path / no shortest
 * one. This placeholder only knows the empty path: 0 on the diagonal, FW_INF
 * everywhere else. */
#include "floyd_warshall.h"

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    (void)edges;
    (void)m;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            dist[i * n + j] = i == j ? 0 : FW_INF;
}
