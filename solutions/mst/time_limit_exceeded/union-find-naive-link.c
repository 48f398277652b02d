/* Known-bad (time limit): Kruskal with a union-find that neither compresses paths
 * nor links by size: find walks up parent pointers, and a union hangs one root
 * under the other in the order the edge lists them. About half the unions hang
 * the larger component's root under the smaller one's, so the trees grow nearly as
 * deep as they are large and a find costs O(n): O(n * m) in the worst case. On a
 * star whose edges point either way the centre ends up n/2 deep, and random graphs
 * are nearly as bad (measured here: 0.9 s at n = 25000, 6.5 s at n = 50000). */
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

static size_t find(const size_t *parent, size_t v)
{
    while (parent[v] != v)
        v = parent[v];
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
    free(parent);
    free(order);
    return total;
}
