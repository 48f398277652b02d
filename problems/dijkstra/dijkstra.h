/* Single-source shortest paths on a directed graph with non-negative weights: the
 * API a solution implements (see statement.md for the full contract). */
#ifndef DIJKSTRA_H
#define DIJKSTRA_H

#include <stddef.h>

typedef struct {
    size_t from, to;  /* vertices in 0..n-1; from == to (a self-loop) is allowed */
    long long weight; /* 0 <= weight <= 10^9 */
} dijkstra_edge;

/* Fills dist[v] with the length of a shortest path from source to v, or -1 when v
 * is unreachable, for every v in 0..n-1.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; dist is allocated by the caller with n entries and is only written.
 * Anything the function allocates, it frees before returning. */
void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist);

#endif
