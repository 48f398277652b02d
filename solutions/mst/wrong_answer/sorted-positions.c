/* Known-bad (wrong answer): Kruskal on a sorted copy of the edges that writes each
 * chosen edge's position in the copy, not its index in the caller's array. The
 * total is right; the indices name other edges (unless the input was sorted). */
#include "mst.h"

#include <stdlib.h>
#include <string.h>

static int by_weight(const void *pa, const void *pb)
{
    const mst_edge *a = pa, *b = pb;
    return (a->weight > b->weight) - (a->weight < b->weight);
}

static size_t find(size_t *parent, size_t v)
{
    while (parent[v] != v)
        v = parent[v] = parent[parent[v]];
    return v;
}

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    mst_edge *sorted = malloc((m ? m : 1) * sizeof *sorted);
    size_t *parent = malloc(n * sizeof *parent);
    if (m > 0)
        memcpy(sorted, edges, m * sizeof *sorted);
    qsort(sorted, m, sizeof *sorted, by_weight);
    for (size_t v = 0; v < n; v++)
        parent[v] = v;
    long long total = 0;
    size_t taken = 0;
    for (size_t k = 0; k < m && taken + 1 < n; k++) {
        size_t a = find(parent, sorted[k].u), b = find(parent, sorted[k].v);
        if (a == b)
            continue;
        parent[a] = b;
        chosen[taken++] = k; /* a position in sorted, not an index into edges */
        total += sorted[k].weight;
    }
    free(parent);
    free(sorted);
    return total;
}
