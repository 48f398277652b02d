/* Known-bad (wrong answer): the popular "INF = 10^18, anything at or above half
 * of it is unreachable" sentinel, without asking whether a half of the sum
 * exists. On positive weights that holds up: INF plus a path stays above INF/2.
 * Near a negative cycle it does not: values there fall to the clamp at -INF,
 * and INF + (-INF) = 0 is a short "path" between two vertices that have none. */
#include "floyd_warshall.h"

#define INF 1000000000000000000LL

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            dist[i * n + j] = i == j ? 0 : INF;
    for (size_t e = 0; e < m; e++) {
        long long *d = &dist[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *d)
            *d = edges[e].weight;
    }
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                long long through = dist[i * n + k] + dist[k * n + j]; /* the bug */
                if (through < dist[i * n + j])
                    dist[i * n + j] = through < -INF ? -INF : through;
            }
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                if (dist[i * n + k] < INF / 2 && dist[k * n + j] < INF / 2)
                    dist[i * n + j] = FW_NEG_INF;
    }
    for (size_t i = 0; i < n * n; i++)
        if (dist[i] != FW_NEG_INF && dist[i] >= INF / 2)
            dist[i] = FW_INF;
}
