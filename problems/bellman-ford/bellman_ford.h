/* Single-source shortest paths on a directed graph whose weights may be negative:
 * the API a solution implements (see statement.md for the full contract). */
#ifndef BELLMAN_FORD_H
#define BELLMAN_FORD_H

#include <stddef.h>

typedef struct {
    size_t from, to;  /* vertices in 0..n-1; from == to (a self-loop) is allowed */
    long long weight; /* -10^9 <= weight <= 10^9 */
} bellman_ford_edge;

/* Fills dist[v], for every v in 0..n-1, with the length of a shortest path from
 * source to v; LLONG_MAX (<limits.h>) when no path reaches v; LLONG_MIN when paths
 * to v can be made as short as you like (a negative cycle is reachable from source
 * and reaches v).
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; dist is allocated by the caller with n entries and is only written.
 * Anything the function allocates, it frees before returning. */
void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist);

#endif
