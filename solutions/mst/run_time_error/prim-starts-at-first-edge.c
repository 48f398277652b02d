/* Known-bad (run-time error): a correct lazy Prim that grows the tree from an
 * endpoint of the first edge. With n = 1 there may be no edge at all: m is 0,
 * edges is NULL, and reading edges[0] crashes. Start from vertex 0. */
#include "mst.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    long long w;
    size_t to, idx;
} entry;

typedef struct {
    size_t to, idx;
} arc;

static void push(entry *heap, size_t *len, entry e)
{
    size_t i = (*len)++;
    for (; i > 0 && heap[(i - 1) / 2].w > e.w; i = (i - 1) / 2)
        heap[i] = heap[(i - 1) / 2];
    heap[i] = e;
}

static entry pop(entry *heap, size_t *len)
{
    entry top = heap[0], last = heap[--*len];
    size_t i = 0, c;
    while ((c = 2 * i + 1) < *len) {
        if (c + 1 < *len && heap[c + 1].w < heap[c].w)
            c++;
        if (heap[c].w >= last.w)
            break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = last;
    return top;
}

/* Both directions of every edge: start[v]..start[v+1] are v's arcs. */
static arc *adjacency(size_t n, const mst_edge *edges, size_t m, size_t **start_out)
{
    size_t *start = calloc(n + 1, sizeof *start);
    arc *arcs = malloc((2 * m + 1) * sizeof *arcs);
    for (size_t i = 0; i < m; i++) {
        start[edges[i].u + 1]++;
        start[edges[i].v + 1]++;
    }
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t i = 0; i < m; i++) {
        arcs[start[edges[i].u]++] = (arc){edges[i].v, i};
        arcs[start[edges[i].v]++] = (arc){edges[i].u, i};
    }
    for (size_t v = n; v > 0; v--)
        start[v] = start[v - 1];
    start[0] = 0;
    *start_out = start;
    return arcs;
}

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    size_t *start;
    arc *arcs = adjacency(n, edges, m, &start);
    bool *in_tree = calloc(n, sizeof *in_tree);
    entry *heap = malloc((2 * m + 1) * sizeof *heap);
    size_t len = 0, taken = 0;
    long long total = 0;
    size_t root = edges[0].u; /* "any vertex will do" */
    in_tree[root] = true;
    for (size_t k = start[root]; k < start[root + 1]; k++)
        push(heap, &len, (entry){edges[arcs[k].idx].weight, arcs[k].to, arcs[k].idx});
    while (len > 0) {
        entry e = pop(heap, &len);
        if (in_tree[e.to])
            continue; /* stale: e.to joined by a lighter edge */
        in_tree[e.to] = true;
        chosen[taken++] = e.idx;
        total += e.w;
        for (size_t k = start[e.to]; k < start[e.to + 1]; k++)
            if (!in_tree[arcs[k].to])
                push(heap, &len, (entry){edges[arcs[k].idx].weight, arcs[k].to, arcs[k].idx});
    }
    free(heap);
    free(in_tree);
    free(arcs);
    free(start);
    return total;
}
