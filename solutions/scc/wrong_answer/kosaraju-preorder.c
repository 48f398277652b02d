/* Known-bad (wrong answer): Kosaraju's algorithm with the usual iterative "DFS"
 * that pops a vertex, marks it and pushes all its unvisited neighbours. That visits
 * every vertex, but the order it records is the order vertices are first taken off
 * the stack, a kind of preorder, not the order they finish. Kosaraju needs finish
 * times: on 0 -> 1, 1 -> 2, 2 -> 1 the recorded order is 0, 1, 2, and the second
 * pass, started from 2 in the reversed graph, reaches 0 as well and merges all three.
 * The second pass itself is right. */
#include "scc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

static void csr(size_t n, const scc_edge *edges, size_t m, bool reversed, size_t *start,
                size_t *adj)
{
    size_t *fill = calloc(n + 1, sizeof *fill);
    for (size_t i = 0; i < m; i++)
        fill[(reversed ? edges[i].to : edges[i].from) + 1]++;
    for (size_t v = 0; v < n; v++)
        fill[v + 1] += fill[v];
    for (size_t v = 0; v <= n; v++)
        start[v] = fill[v];
    for (size_t i = 0; i < m; i++)
        adj[fill[reversed ? edges[i].to : edges[i].from]++] =
            reversed ? edges[i].from : edges[i].to;
    free(fill);
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t *start = malloc((n + 1) * sizeof *start), *adj = malloc((m + 1) * sizeof *adj);
    size_t *rstart = malloc((n + 1) * sizeof *rstart), *radj = malloc((m + 1) * sizeof *radj);
    size_t *stack = malloc((m + n) * sizeof *stack), *order = malloc(n * sizeof *order);
    bool *seen = calloc(n, sizeof *seen);
    csr(n, edges, m, false, start, adj);
    csr(n, edges, m, true, rstart, radj);

    size_t recorded = 0;
    for (size_t root = 0; root < n; root++) {
        if (seen[root])
            continue;
        size_t depth = 0;
        stack[depth++] = root;
        while (depth > 0) {
            size_t v = stack[--depth];
            if (seen[v])
                continue;
            seen[v] = true;
            order[recorded++] = v; /* the bug: v has not finished, it has just started */
            for (size_t a = start[v]; a < start[v + 1]; a++)
                if (!seen[adj[a]])
                    stack[depth++] = adj[a];
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
            for (size_t a = rstart[v]; a < rstart[v + 1]; a++)
                if (comp[radj[a]] == SIZE_MAX) {
                    comp[radj[a]] = k;
                    stack[depth++] = radj[a];
                }
        }
        k++;
    }
    free(seen);
    free(order);
    free(stack);
    free(radj);
    free(rstart);
    free(adj);
    free(start);
    return k;
}
