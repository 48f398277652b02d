/* Known-bad (memory limit exceeded): Kahn's algorithm on an n x n adjacency
 * matrix of edge counts, the way small textbook examples draw a graph. Correct on
 * small graphs, but at n = 10^5 the matrix needs 10^10 bytes: malloc refuses it
 * under the memory limit (MLE with its size), and the write through the NULL
 * that follows crashes. Store the m edges, not the n^2 pairs. */
#include "topo_sort.h"

#include <stdlib.h>
#include <string.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    unsigned char *count = malloc(n * n); /* the bug: no NULL check, no thought of n^2 */
    size_t *indeg = calloc(n, sizeof *indeg);
    memset(count, 0, n * n);
    for (size_t i = 0; i < m; i++) {
        count[edges[i].from * n + edges[i].to]++; /* the tests repeat an edge <= 3 times */
        indeg[edges[i].to]++;
    }
    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++) {
        size_t u = order[head];
        for (size_t v = 0; v < n; v++) {
            indeg[v] -= count[u * n + v];
            if (count[u * n + v] && indeg[v] == 0)
                order[tail++] = v;
        }
    }
    free(indeg);
    free(count);
    return tail == n;
}
