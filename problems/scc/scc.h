/* Strongly connected components of a directed graph, numbered in a topological
 * order of the condensation: the API a solution implements (see statement.md for
 * the full contract). */
#ifndef SCC_H
#define SCC_H

#include <stddef.h>

typedef struct {
    size_t from, to; /* vertices in 0..n-1; from == to (a self-loop) is allowed */
} scc_edge;

/* Splits the n vertices into strongly connected components, numbers them 0..k-1 so
 * that every edge u -> v has comp[u] <= comp[v] (an edge between two components goes
 * from the smaller number to the larger), sets comp[v] for every v in 0..n-1 and
 * returns k.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; comp is allocated by the caller with n entries and is only written.
 * Anything the function allocates, it frees before returning. */
size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp);

#endif
