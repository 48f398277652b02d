/* Known-bad (wrong answer): Kruskal whose qsort comparator returns the difference
 * of the two weights, cast to int. The difference of two long long weights of up
 * to 10^12 does not fit: (int)(3000000000 - 0) is negative, so an edge of weight
 * 3*10^9 sorts before one of weight 0, and the order is garbage. */
#include "mst.h"

#include <stdlib.h>

typedef struct {
    long long weight;
    size_t index;
} item;

static int by_weight(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    return (int)(a->weight - b->weight); /* wraps when |a - b| >= 2^31 */
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
    free(parent);
    free(order);
    return total;
}
