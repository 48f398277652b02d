/* Known-bad (wrong answer): Kahn's algorithm that forgets the cycle check at the
 * end and returns true whatever happened. On a graph with a cycle the queue runs
 * dry early: only the vertices before the cycle were written, the rest of order
 * is left as it was, and "true" claims an order that does not exist. */
#include "topo_sort.h"

#include <stdlib.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 2, sizeof *start), *indeg = calloc(n, sizeof *indeg);
    size_t *heads = malloc((m ? m : 1) * sizeof *heads);
    if (!start || !indeg || !heads)
        abort();
    for (size_t i = 0; i < m; i++) {
        start[edges[i].from + 2]++;
        indeg[edges[i].to]++;
    }
    for (size_t u = 0; u < n; u++)
        start[u + 2] += start[u + 1];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from + 1]++] = edges[i].to;

    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++)
        for (size_t i = start[order[head]]; i < start[order[head] + 1]; i++)
            if (--indeg[heads[i]] == 0)
                order[tail++] = heads[i];
    free(heads);
    free(indeg);
    free(start);
    return true; /* the bug: should be tail == n */
}
