/* Known-bad (time limit): Kruskal that decides "would this edge close a cycle?" by
 * searching the forest built so far from u for v (an iterative DFS, so a long path
 * cannot overflow the stack). Correct, but each search can visit a whole component:
 * O(n) per edge, O(n * m) in all, about 10^11 steps on a large random graph. */
#include "mst.h"

#include <stdbool.h>
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

#define NONE ((size_t)-1)

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    item *order = malloc((m ? m : 1) * sizeof *order);
    for (size_t i = 0; i < m; i++)
        order[i] = (item){edges[i].weight, i};
    qsort(order, m, sizeof *order, by_weight);
    /* the forest as linked adjacency lists: arc a goes to to[a], next is next[a] */
    size_t *head = malloc(n * sizeof *head), *to = malloc(2 * n * sizeof *to);
    size_t *next = malloc(2 * n * sizeof *next), *stack = malloc(n * sizeof *stack);
    size_t *mark = calloc(n, sizeof *mark), arcs = 0, search = 0;
    for (size_t v = 0; v < n; v++)
        head[v] = NONE;
    long long total = 0;
    size_t taken = 0;
    for (size_t k = 0; k < m && taken + 1 < n; k++) {
        const mst_edge *e = &edges[order[k].index];
        bool connected = e->u == e->v;
        search++; /* mark[x] == search: x seen in this search */
        size_t top = 0;
        stack[top++] = e->u;
        mark[e->u] = search;
        while (top > 0 && !connected) {
            size_t x = stack[--top];
            for (size_t a = head[x]; a != NONE; a = next[a]) {
                if (to[a] == e->v) {
                    connected = true;
                    break;
                }
                if (mark[to[a]] != search) {
                    mark[to[a]] = search;
                    stack[top++] = to[a];
                }
            }
        }
        if (connected)
            continue;
        to[arcs] = e->v, next[arcs] = head[e->u], head[e->u] = arcs++;
        to[arcs] = e->u, next[arcs] = head[e->v], head[e->v] = arcs++;
        chosen[taken++] = order[k].index;
        total += e->weight;
    }
    free(mark);
    free(stack);
    free(next);
    free(to);
    free(head);
    free(order);
    return total;
}
