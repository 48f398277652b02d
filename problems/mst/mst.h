/* Minimum spanning tree of a connected undirected weighted graph: the API a solution
 * implements (see statement.md for the full contract). */
#ifndef MST_H
#define MST_H

#include <stddef.h>

typedef struct {
    size_t u, v;      /* endpoints in 0..n-1, either order; u == v (a self-loop) is allowed */
    long long weight; /* -10^12 <= weight <= 10^12 */
} mst_edge;

/* Chooses a minimum spanning tree of the graph: writes the indices (into edges) of
 * its n-1 edges into chosen[0..n-2], in any order, and returns their total weight
 * (0 when n is 1). The graph is connected; when several spanning trees have the
 * minimum total, any one of them is accepted.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; chosen is allocated by the caller with n-1 entries (NULL when n is
 * 1) and is only written. Anything the function allocates, it frees before
 * returning. */
long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen);

#endif
