/* Known-bad (wrong answer): Kahn's algorithm whose in-degree counts distinct
 * predecessors ("a -> v twice is still one predecessor"), while the adjacency keeps
 * every edge, so processing a decrements v once per copy. With a -> v doubled and
 * another predecessor b still waiting, v reaches 0 after a alone and is output
 * before b: the edge b -> v goes backward. Each parallel edge is an edge: count it
 * where it is deleted, or drop it in both places. */
#include "topo_sort.h"

#include <stdlib.h>

static int by_edge(const void *x, const void *y)
{
    const topo_edge *a = x, *b = y;
    if (a->to != b->to)
        return a->to < b->to ? -1 : 1;
    return (a->from > b->from) - (a->from < b->from);
}

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 2, sizeof *start), *indeg = calloc(n, sizeof *indeg);
    size_t *heads = malloc((m ? m : 1) * sizeof *heads);
    topo_edge *sorted = malloc((m ? m : 1) * sizeof *sorted);
    if (!start || !indeg || !heads || !sorted)
        abort();
    for (size_t i = 0; i < m; i++) {
        start[edges[i].from + 2]++;
        sorted[i] = edges[i];
    }
    for (size_t u = 0; u < n; u++)
        start[u + 2] += start[u + 1];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from + 1]++] = edges[i].to;
    /* the bug: in-degree = number of distinct predecessors */
    qsort(sorted, m, sizeof *sorted, by_edge);
    for (size_t i = 0; i < m; i++)
        if (i == 0 || sorted[i].from != sorted[i - 1].from || sorted[i].to != sorted[i - 1].to)
            indeg[sorted[i].to]++;

    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++)
        for (size_t i = start[order[head]]; i < start[order[head] + 1]; i++)
            if (--indeg[heads[i]] == 0)
                order[tail++] = heads[i];
    free(sorted);
    free(heads);
    free(indeg);
    free(start);
    return tail == n;
}
