/* Known-bad (wrong answer): a correct Kruskal that frees its sorted copy but
 * forgets the union-find array. Anything mst allocates, it must free. */
#include "mst.h"

#include <stdlib.h>

typedef struct {
    long long weight;
    size_t index;
} item;

static int by_weight(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
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
    item *order = malloc((m ? m : 1) * sizeof *order);
    size_t *parent = malloc(n * sizeof *parent);
    for (size_t i = 0; i < m; i++)
        order[i] = (item){edges[i].weight, i};
    qsort(order, m, sizeof *order, by_weight);
    for (size_t v = 0; v < n; v++)
        parent[v] = v;
    long long total = 0;
    size_t taken = 0;
    for (size_t k = 0; k < m && taken + 1 < n; k++) {
        const mst_edge *e = &edges[order[k].index];
        size_t a = find(parent, e->u), b = find(parent, e->v);
        if (a == b)
            continue;
        parent[a] = b;
        chosen[taken++] = order[k].index;
        total += e->weight;
    }
    free(order);
    return total;
}
