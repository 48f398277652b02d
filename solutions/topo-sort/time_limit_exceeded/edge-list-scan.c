/* Known-bad (time limit): Kahn's algorithm with a queue but no adjacency lists:
 * to delete a vertex's out-edges it walks the whole edge list looking for them.
 * Correct, but that is m steps for each of the n vertices, O(n * m), about 10^11
 * at the largest sizes. Building adjacency arrays once (a counting sort of the
 * edges on `from`) makes each vertex's out-edges a contiguous slice. */
#include "topo_sort.h"

#include <stdlib.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *indeg = calloc(n, sizeof *indeg);
    if (!indeg)
        abort();
    for (size_t i = 0; i < m; i++)
        indeg[edges[i].to]++;
    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++) {
        size_t u = order[head];
        for (size_t i = 0; i < m; i++) /* the bug: every edge, for every vertex */
            if (edges[i].from == u && --indeg[edges[i].to] == 0)
                order[tail++] = edges[i].to;
    }
    free(indeg);
    return tail == n;
}
