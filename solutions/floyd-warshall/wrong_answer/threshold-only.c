/* Known-bad (wrong answer): -inf is read off the values alone: "a real distance
 * is at least -(n-1) * 10^9, so anything below is a negative cycle". True, but
 * a cycle of weight -1 lowers values by 1 a turn, and the k loop goes around
 * it only a few times: the values stay far above that bound. */
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

    long long lowest = -(long long)(n - 1) * 1000000000LL;
    for (size_t i = 0; i < n * n; i++)
        if (dist[i] < lowest) /* the bug: the only test for a negative cycle */
            dist[i] = FW_NEG_INF;
}
