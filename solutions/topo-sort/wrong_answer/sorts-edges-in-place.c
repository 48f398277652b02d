/* Known-bad (wrong answer): groups each vertex's out-edges by sorting the edge
 * array itself on `from` (casting away the const), then runs Kahn's algorithm
 * over the sorted array. The order it finds is right, but edges belongs to the
 * caller and is read-only: sort a copy, or build adjacency arrays of your own. */
#include "topo_sort.h"

#include <stdlib.h>

static int by_from(const void *x, const void *y)
{
    const topo_edge *a = x, *b = y;
    return (a->from > b->from) - (a->from < b->from);
}

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    topo_edge *e = (topo_edge *)edges; /* the bug */
    qsort(e, m, sizeof *e, by_from);
    size_t *start = calloc(n + 1, sizeof *start), *indeg = calloc(n, sizeof *indeg);
    if (!start || !indeg)
        abort();
    for (size_t i = 0; i < m; i++) {
        start[e[i].from + 1]++;
        indeg[e[i].to]++;
    }
    for (size_t u = 0; u < n; u++)
        start[u + 1] += start[u]; /* the sorted edges of u are e[start[u] .. start[u+1]) */

    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++)
        for (size_t i = start[order[head]]; i < start[order[head] + 1]; i++)
            if (--indeg[e[i].to] == 0)
                order[tail++] = e[i].to;
    free(indeg);
    free(start);
    return tail == n;
}
