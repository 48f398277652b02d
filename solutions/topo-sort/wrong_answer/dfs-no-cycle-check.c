/* Known-bad (wrong answer): the textbook DFS topological sort, reverse post-order,
 * with a single visited flag and no cycle check at all: it always returns true.
 * On a graph with a cycle it still writes every vertex once, so the order looks
 * complete, but some edge of the cycle goes backward in it (a self-loop always
 * does). A DFS needs a third colour, "on the current path", to see a back edge. */
#include "topo_sort.h"

#include <stdlib.h>

typedef struct {
    const size_t *start, *heads;
    bool *seen;
    size_t *order, next; /* filled from the back: reverse post-order */
} dfs;

static void visit(dfs *d, size_t u)
{
    d->seen[u] = true;
    for (size_t i = d->start[u]; i < d->start[u + 1]; i++)
        if (!d->seen[d->heads[i]])
            visit(d, d->heads[i]);
    d->order[--d->next] = u;
}

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 2, sizeof *start), *heads = malloc((m ? m : 1) * sizeof *heads);
    bool *seen = calloc(n, sizeof *seen);
    if (!start || !heads || !seen)
        abort();
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 2]++;
    for (size_t u = 0; u < n; u++)
        start[u + 2] += start[u + 1];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from + 1]++] = edges[i].to;

    dfs d = {start, heads, seen, order, n};
    for (size_t u = 0; u < n; u++)
        if (!seen[u])
            visit(&d, u);
    free(seen);
    free(heads);
    free(start);
    return true; /* the bug: never asks whether an edge closed a cycle */
}
