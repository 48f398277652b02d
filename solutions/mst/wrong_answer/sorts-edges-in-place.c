/* Known-bad (wrong answer): Kruskal that sorts the caller's edge array itself
 * (casting the const away) and writes positions in it. The array is read-only: the
 * caller's edges are left in another order, and the indices the caller reads name
 * the original edges, not the sorted ones. */
#include "mst.h"

#include <stdlib.h>

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
    mst_edge *e = (mst_edge *)edges; /* "saves a copy" */
    size_t *parent = malloc(n * sizeof *parent);
    if (m > 0)
        qsort(e, m, sizeof *e, by_weight);
    for (size_t v = 0; v < n; v++)
        parent[v] = v;
    long long total = 0;
    size_t taken = 0;
    for (size_t k = 0; k < m && taken + 1 < n; k++) {
        size_t a = find(parent, e[k].u), b = find(parent, e[k].v);
        if (a == b)
            continue;
        parent[a] = b;
        chosen[taken++] = k;
        total += e[k].weight;
    }
    free(parent);
    return total;
}
