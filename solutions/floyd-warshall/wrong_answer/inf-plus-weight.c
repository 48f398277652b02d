/* Known-bad (wrong answer): "no edge" is FW_INF = LLONG_MAX, and the relaxation
 * adds without asking whether either half exists. LLONG_MAX + a positive value
 * overflows (undefined behaviour; in practice it wraps around to a large
 * negative value), so two vertices with no path between them get a "distance";
 * LLONG_MAX + a negative value is a little under FW_INF and reads as a path
 * too. */
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
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                /* the bug: either half may be FW_INF */
                long long through = dist[i * n + k] + dist[k * n + j];
                if (through < dist[i * n + j])
                    dist[i * n + j] = through < FLOOR ? FLOOR : through;
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
