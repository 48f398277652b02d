/* Known-bad (time limit): textbook Prim that finds the next vertex by scanning
 * every vertex for the smallest key. Correct, and the right choice on a dense
 * graph, but O(n^2 + m): 2.5*10^11 steps at n = 5*10^5, hundreds of times the
 * limit. */
#include "mst.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    size_t to, idx;
} arc;

#define NONE ((size_t)-1)

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
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

    bool *in_tree = calloc(n, sizeof *in_tree);
    long long *key = malloc(n * sizeof *key);
    size_t *parent = malloc(n * sizeof *parent);
    for (size_t v = 0; v < n; v++)
        parent[v] = NONE;
    long long total = 0;
    size_t taken = 0;
    size_t u = 0;
    for (;;) {
        in_tree[u] = true;
        if (parent[u] != NONE) {
            chosen[taken++] = parent[u];
            total += key[u];
        }
        for (size_t k = start[u]; k < start[u + 1]; k++) {
            size_t to = arcs[k].to;
            long long w = edges[arcs[k].idx].weight;
            if (!in_tree[to] && (parent[to] == NONE || w < key[to])) {
                key[to] = w;
                parent[to] = arcs[k].idx;
            }
        }
        size_t best = NONE;
        for (size_t v = 0; v < n; v++)
            if (!in_tree[v] && parent[v] != NONE && (best == NONE || key[v] < key[best]))
                best = v;
        if (best == NONE)
            break;
        u = best;
    }
    free(parent);
    free(key);
    free(in_tree);
    free(arcs);
    free(start);
    return total;
}
