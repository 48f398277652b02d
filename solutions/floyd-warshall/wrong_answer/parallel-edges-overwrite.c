/* Known-bad (wrong answer): the edges are copied into the matrix with "=", so
 * of several parallel edges the last one listed wins instead of the cheapest,
 * and a self-loop overwrites the 0 of the empty path. */
#include "floyd_warshall.h"

#define FLOOR (-(1LL << 62))

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            dist[i * n + j] = i == j ? 0 : FW_INF;
    for (size_t e = 0; e < m; e++) {
        dist[edges[e].from * n + edges[e].to] = edges[e].weight; /* the bug */
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

    /* -inf: i reaches k, k is on a negative cycle, k reaches j */
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        const long long *row_k = dist + k * n;
        for (size_t i = 0; i < n; i++) {
            if (dist[i * n + k] == FW_INF)
                continue;
            long long *row_i = dist + i * n;
            for (size_t j = 0; j < n; j++)
                if (row_k[j] != FW_INF)
                    row_i[j] = FW_NEG_INF;
        }
    }
}
