/* Known-bad (wrong answer): only the vertices on a negative cycle are marked
 * (their dist[k][k] becomes -inf); every other pair whose paths run through a
 * cycle keeps the finite value the k loop happened to leave, or the clamp. */
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

    /* -inf: a vertex with dist[k][k] < 0 is on a negative cycle */
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        dist[k * n + k] = FW_NEG_INF; /* the bug: and every pair through k? */
    }
}
