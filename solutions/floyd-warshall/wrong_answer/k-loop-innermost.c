/* Known-bad (wrong answer): the relaxation is right but the loops are nested
 * i, j, k. Each dist[i][j] is settled once, from dist[i][k] + dist[k][j] as they
 * stand at that moment; a shortest path of three edges whose middle pair is
 * computed later (0 -> 3 -> 2 -> 1: dist[0][1] needs dist[3][1], which comes
 * after it) is never found. The negative-cycle marking is the reference's. */
#include "floyd_warshall.h"

#define FLOOR (-(1LL << 62))

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t i = 0; i < n * n; i++)
        dist[i] = i % (n + 1) == 0 ? 0 : FW_INF;
    for (size_t e = 0; e < m; e++) {
        long long *d = &dist[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *d)
            *d = edges[e].weight;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            for (size_t k = 0; k < n; k++) { /* the bug: k belongs outside */
                long long a = dist[i * n + k], b = dist[k * n + j];
                if (a != FW_INF && b != FW_INF && a + b < dist[i * n + j])
                    dist[i * n + j] = a + b < FLOOR ? FLOOR : a + b;
            }
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                if (dist[i * n + k] != FW_INF && dist[k * n + j] != FW_INF)
                    dist[i * n + j] = FW_NEG_INF;
    }
}
