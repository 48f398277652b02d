/* Known-bad (wrong answer): a DFS with three colours that detects cycles
 * correctly, but writes vertices in post-order, the order in which they finish.
 * A vertex finishes after everything it points to, so post-order puts every edge
 * backward: the answer is the reverse of what it writes. */
#include "topo_sort.h"

#include <stdlib.h>

enum { WHITE, GREY, BLACK }; /* unseen, on the current path, finished */

typedef struct {
    const size_t *start, *heads;
    unsigned char *colour;
    size_t *order, done;
} dfs;

static bool visit(dfs *d, size_t u) /* false: a cycle */
{
    d->colour[u] = GREY;
    for (size_t i = d->start[u]; i < d->start[u + 1]; i++) {
        size_t v = d->heads[i];
        if (d->colour[v] == GREY || (d->colour[v] == WHITE && !visit(d, v)))
            return false;
    }
    d->colour[u] = BLACK;
    d->order[d->done++] = u; /* the bug: should fill order from the back */
    return true;
}

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 2, sizeof *start), *heads = malloc((m ? m : 1) * sizeof *heads);
    unsigned char *colour = calloc(n, 1);
    if (!start || !heads || !colour)
        abort();
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 2]++;
    for (size_t u = 0; u < n; u++)
        start[u + 2] += start[u + 1];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from + 1]++] = edges[i].to;

    dfs d = {start, heads, colour, order, 0};
    bool ok = true;
    for (size_t u = 0; u < n && ok; u++)
        if (colour[u] == WHITE)
            ok = visit(&d, u);
    free(colour);
    free(heads);
    free(start);
    return ok;
}
