/* Known-bad (wrong answer): a pair is marked -inf when i reaches a vertex on a
 * negative cycle, without asking whether that vertex reaches j: pairs with no
 * path at all, or a path that avoids the cycle, become -inf. */
#include "floyd_warshall.h"

#define FLOOR (-(1LL << 62))

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            dist[i * n + j] = i == j ? 0 : FW_INF;
    for (size_t e = 0; e < m; e++) {
        long long *d = &dist[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *d)
            *d = edges[e].weight;
    }

    for (size_t k = 0; k < n; k++) {
        const long long *row_k = dist + k * n;
        for (size_t i = 0; i < n; i++) {
            long long ik = dist[i * n + k];
            if (ik == FW_INF)
                continue;
            long long *row_i = dist + i * n;
            for (size_t j = 0; j < n; j++) {
                if (row_k[j] == FW_INF)
                    continue;
                long long through = ik + row_k[j];
                if (through < row_i[j])
                    row_i[j] = through < FLOOR ? FLOOR : through;
            }
        }
    }

    /* -inf: i reaches k, and k is on a negative cycle */
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        for (size_t i = 0; i < n; i++) {
            if (dist[i * n + k] == FW_INF)
                continue;
            long long *row_i = dist + i * n;
            for (size_t j = 0; j < n; j++)
                row_i[j] = FW_NEG_INF; /* the bug: only where k reaches j */
        }
    }
}
