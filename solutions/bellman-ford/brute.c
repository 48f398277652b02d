/* Brute-force oracle for bellman-ford: Floyd-Warshall on an n x n matrix, a method
 * unrelated to the reference's rounds. d[i][j] is the shortest i -> j length found
 * so far (LLONG_MAX: none). Around a negative cycle the matrix values shrink very
 * fast (a sum of two already-shrunk values each time), so every sum is clamped at
 * -LIMIT: 2 * LIMIT still fits in a long long, and a clamped value, far below any
 * simple path, only ever marks a pair that goes through a negative cycle anyway.
 *
 * Then: v is unreachable when d[s][v] is LLONG_MAX; v is LLONG_MIN when some k with
 * d[k][k] < 0 (a negative closed walk through k) is reachable from s and reaches v;
 * otherwise d[s][v] is exact. O(n^3) time and n^2 long longs of memory. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdlib.h>

#define LIMIT 4000000000000000000LL

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    long long *d = malloc(n * n * sizeof *d);
    if (!d)
        abort();
    for (size_t i = 0; i < n * n; i++)
        d[i] = LLONG_MAX;
    for (size_t i = 0; i < n; i++)
        d[i * n + i] = 0;
    for (size_t e = 0; e < m; e++) {
        long long *cell = &d[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *cell)
            *cell = edges[e].weight;
    }
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++) {
            long long ik = d[i * n + k];
            if (ik == LLONG_MAX)
                continue;
            for (size_t j = 0; j < n; j++) {
                long long kj = d[k * n + j];
                if (kj == LLONG_MAX)
                    continue;
                long long sum = ik + kj < -LIMIT ? -LIMIT : ik + kj;
                if (sum < d[i * n + j])
                    d[i * n + j] = sum;
            }
        }
    for (size_t v = 0; v < n; v++) {
        dist[v] = d[source * n + v];
        if (dist[v] == LLONG_MAX)
            continue;
        for (size_t k = 0; k < n; k++)
            if (d[k * n + k] < 0 && d[source * n + k] != LLONG_MAX && d[k * n + v] != LLONG_MAX) {
                dist[v] = LLONG_MIN;
                break;
            }
    }
    free(d);
}
