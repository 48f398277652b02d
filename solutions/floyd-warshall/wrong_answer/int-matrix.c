/* Known-bad (wrong answer): Floyd-Warshall on an int matrix, with INT_MAX for no
 * path and INT_MIN / 2 as the clamp. Three edges of weight 10^9 already pass
 * INT_MAX: the sum is computed in long long and looks fine, but storing it
 * back in an int truncates it. */
#include "floyd_warshall.h"

#include <limits.h>
#include <stdlib.h>

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    int *d = malloc(n * n * sizeof *d);
    if (!d)
        abort();
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            d[i * n + j] = i == j ? 0 : INT_MAX;
    for (size_t e = 0; e < m; e++) {
        int *x = &d[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *x)
            *x = (int)edges[e].weight;
    }
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++) {
            if (d[i * n + k] == INT_MAX)
                continue;
            for (size_t j = 0; j < n; j++) {
                if (d[k * n + j] == INT_MAX)
                    continue;
                long long through = (long long)d[i * n + k] + d[k * n + j];
                if (through < d[i * n + j])
                    d[i * n + j] = (int)(through < INT_MIN / 2 ? INT_MIN / 2 : through);
            }
        }
    for (size_t i = 0; i < n * n; i++)
        dist[i] = d[i] == INT_MAX ? FW_INF : d[i];
    for (size_t k = 0; k < n; k++) {
        if (d[k * n + k] >= 0)
            continue;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                if (d[i * n + k] != INT_MAX && d[k * n + j] != INT_MAX)
                    dist[i * n + j] = FW_NEG_INF;
    }
    free(d);
}
