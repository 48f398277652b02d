/* Known-bad (wrong answer): textbook Prim with key[] and parent[] arrays whose
 * "infinity" is 10^12, the largest weight. An edge of weight exactly 10^12 never
 * beats it (w < key is false), so a vertex that only such an edge can reach never
 * joins the tree: its parent stays unset. */
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

#define NONE ((size_t)-1)
#define INF 1000000000000LL /* "no weight is larger" */

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    size_t *start;
    arc *arcs = adjacency(n, edges, m, &start);
    bool *in_tree = calloc(n, sizeof *in_tree);
    long long *key = malloc(n * sizeof *key);
    size_t *parent = malloc(n * sizeof *parent);
    entry *heap = malloc((2 * m + 1) * sizeof *heap);
    for (size_t v = 0; v < n; v++) {
        key[v] = INF;
        parent[v] = NONE;
    }
    size_t len = 0;
    key[0] = 0;
    push(heap, &len, (entry){0, 0, NONE});
    while (len > 0) {
        entry e = pop(heap, &len);
        if (in_tree[e.to] || e.w != key[e.to])
            continue;
        in_tree[e.to] = true;
        for (size_t k = start[e.to]; k < start[e.to + 1]; k++) {
            long long w = edges[arcs[k].idx].weight;
            size_t to = arcs[k].to;
            if (!in_tree[to] && w < key[to]) {
                key[to] = w;
                parent[to] = arcs[k].idx;
                push(heap, &len, (entry){w, to, arcs[k].idx});
            }
        }
    }
    long long total = 0;
    size_t taken = 0;
    for (size_t v = 1; v < n; v++) {
        chosen[taken++] = parent[v];
        total += key[v];
    }
    free(heap);
    free(parent);
    free(key);
    free(in_tree);
    free(arcs);
    free(start);
    return total;
}
