/* Topological order of a directed graph, or the news that it has a cycle: the API
 * a solution implements (see statement.md for the full contract). */
#ifndef TOPO_SORT_H
#define TOPO_SORT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t from, to; /* vertices in 0..n-1; from == to (a self-loop) is allowed */
} topo_edge;

/* When the graph has no cycle, writes a topological order into order[0..n) (every
 * vertex exactly once, and for every edge, from before to) and returns true.
 * When it has a cycle (a self-loop is one), returns false.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; order is allocated by the caller with n entries (n >= 1) and is only
 * written: after a false return its contents are ignored, so it may serve as
 * scratch space, but never write past order[n-1]. Anything the function
 * allocates, it frees before returning. */
bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order);

#endif
