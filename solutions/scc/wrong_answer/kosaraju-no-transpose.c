/* Known-bad (wrong answer): Kosaraju's algorithm whose second pass searches the
 * graph itself instead of the reversed graph. The first pass (finish order) is
 * right, but a search of the original graph from the last vertex to finish reaches
 * everything downstream of it, so components are merged with everything they
 * reach: on 1 -> 0 it finds a single component. */
#include "scc.h"

#include <stdint.h>
#include <stdlib.h>

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t *start = calloc(n + 1, sizeof *start), *adj = malloc((m + 1) * sizeof *adj);
    size_t *next = malloc(n * sizeof *next), *stack = malloc(n * sizeof *stack);
    size_t *order = malloc(n * sizeof *order);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t v = 0; v < n; v++)
        next[v] = start[v];
    for (size_t i = 0; i < m; i++)
        adj[next[edges[i].from]++] = edges[i].to;

    /* first pass: finish order, with next[v] as the arc cursor and SIZE_MAX unvisited */
    size_t finished = 0;
    for (size_t v = 0; v < n; v++)
        next[v] = SIZE_MAX;
    for (size_t root = 0; root < n; root++) {
        if (next[root] != SIZE_MAX)
            continue;
        size_t depth = 0;
        stack[depth++] = root;
        next[root] = start[root];
        while (depth > 0) {
            size_t v = stack[depth - 1];
            if (next[v] == start[v + 1]) {
                order[finished++] = v;
                depth--;
            } else {
                size_t w = adj[next[v]++];
                if (next[w] == SIZE_MAX) {
                    next[w] = start[w];
                    stack[depth++] = w;
                }
            }
        }
    }

    for (size_t v = 0; v < n; v++)
        comp[v] = SIZE_MAX;
    size_t k = 0;
    for (size_t i = n; i-- > 0;) {
        size_t root = order[i];
        if (comp[root] != SIZE_MAX)
            continue;
        size_t depth = 0;
        stack[depth++] = root;
        comp[root] = k;
        while (depth > 0) {
            size_t v = stack[--depth];
            for (size_t a = start[v]; a < start[v + 1]; a++) /* the bug: not reversed */
                if (comp[adj[a]] == SIZE_MAX) {
                    comp[adj[a]] = k;
                    stack[depth++] = adj[a];
                }
        }
        k++;
    }
    free(order);
    free(stack);
    free(next);
    free(adj);
    free(start);
    return k;
}
