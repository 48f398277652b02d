/* Known-bad (wrong answer): a DFS that takes "this vertex was visited before" as
 * proof of a cycle. Only a vertex still on the current path closes a cycle (a
 * back edge); one that is already finished was simply reached another way (a
 * cross or forward edge, as in a diamond a -> b -> d, a -> c -> d), and this
 * attempt answers false for such acyclic graphs. Two colours are not enough. */
#include "topo_sort.h"

#include <stdlib.h>

typedef struct {
    const size_t *start, *heads;
    bool *seen;
    size_t *order, next;
} dfs;

static bool visit(dfs *d, size_t u) /* false: a "cycle" */
{
    d->seen[u] = true;
    for (size_t i = d->start[u]; i < d->start[u + 1]; i++) {
        size_t v = d->heads[i];
        if (d->seen[v] || !visit(d, v)) /* the bug: seen is not the same as on the path */
            return false;
    }
    d->order[--d->next] = u;
    return true;
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
    bool ok = true;
    for (size_t u = 0; u < n && ok; u++)
        if (!seen[u])
            ok = visit(&d, u);
    free(seen);
    free(heads);
    free(start);
    return ok;
}
