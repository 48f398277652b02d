/* Known-bad (wrong answer): finds the negative cycles the textbook way and marks
 * exactly their vertices LLONG_MIN. Bellman-Ford records each vertex's parent (the
 * edge that last improved it); after n - 1 rounds, from each vertex that still
 * improves, n steps back along the parents land on a negative cycle, which is
 * walked once and marked. Vertices the cycle reaches, but that are not on it, keep
 * a finite distance: they are -inf too. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdlib.h>

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    size_t *parent = malloc(n * sizeof *parent);
    for (size_t v = 0; v < n; v++) {
        dist[v] = LLONG_MAX;
        parent[v] = n; /* none */
    }
    dist[source] = 0;
    for (size_t round = 1; round < n; round++)
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            if (from != LLONG_MAX && from + edges[i].weight < dist[edges[i].to]) {
                dist[edges[i].to] = from + edges[i].weight;
                parent[edges[i].to] = edges[i].from;
            }
        }
    size_t *start = malloc((m ? m : 1) * sizeof *start), found = 0;
    for (size_t i = 0; i < m; i++) {
        long long from = dist[edges[i].from];
        if (from != LLONG_MAX && from + edges[i].weight < dist[edges[i].to]) {
            dist[edges[i].to] = from + edges[i].weight;
            parent[edges[i].to] = edges[i].from;
            start[found++] = edges[i].to;
        }
    }
    for (size_t k = 0; k < found; k++) {
        size_t v = start[k];
        for (size_t step = 0; step < n && parent[v] != n; step++)
            v = parent[v];
        if (dist[v] == LLONG_MIN)
            continue; /* this cycle is marked already */
        size_t u = v;
        do {
            dist[u] = LLONG_MIN;
            u = parent[u];
        } while (u != v && u != n);
    }
    free(start);
    free(parent);
}
