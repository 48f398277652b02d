/* Known-bad (wrong answer): runs n - 1 rounds, keeps a copy, runs n more rounds and
 * marks LLONG_MIN every vertex whose distance changed meanwhile. Near a cycle of
 * weight -1 the values fall by 1 a round, so a vertex that the cycle reaches only
 * through a +10^9 edge, and that the source also reaches directly at -10^9, does
 * not move for about 10^9 rounds: it stays finite, though it is -inf. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void rounds(const bellman_ford_edge *edges, size_t m, long long *dist, size_t count)
{
    for (size_t round = 0; round < count; round++)
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            if (from != LLONG_MAX && from + edges[i].weight < dist[edges[i].to])
                dist[edges[i].to] = from + edges[i].weight;
        }
}

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    rounds(edges, m, dist, n - 1);
    long long *before = malloc(n * sizeof *before);
    memcpy(before, dist, n * sizeof *before);
    rounds(edges, m, dist, n);
    for (size_t v = 0; v < n; v++)
        if (dist[v] != before[v])
            dist[v] = LLONG_MIN;
    free(before);
}
