/* Known-bad (time limit): Tarjan's algorithm that answers "is w still on the
 * stack?" by scanning the stack instead of keeping a flag per vertex. Correct, but
 * inside a large component nothing is popped until the whole component is done, so
 * the stack holds up to n vertices and every edge to a visited vertex scans it:
 * O(n * m), about 10^11 steps on a random graph with a component of 10^5 vertices. */
#include "scc.h"

#include <stdbool.h>
#include <stdlib.h>

static bool on_stack(const size_t *stack, size_t top, size_t w)
{
    for (size_t i = 0; i < top; i++)
        if (stack[i] == w)
            return true;
    return false;
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t *start = calloc(n + 1, sizeof *start), *adj = malloc((m + 1) * sizeof *adj);
    size_t *next = malloc(n * sizeof *next), *disc = calloc(n, sizeof *disc);
    size_t *low = malloc(n * sizeof *low), *stack = malloc(n * sizeof *stack);
    size_t *calls = malloc(n * sizeof *calls);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t v = 0; v < n; v++)
        next[v] = start[v];
    for (size_t i = 0; i < m; i++)
        adj[next[edges[i].from]++] = edges[i].to;

    size_t timer = 0, top = 0, count = 0;
    for (size_t root = 0; root < n; root++) {
        if (disc[root])
            continue;
        size_t depth = 0;
        disc[root] = low[root] = ++timer;
        next[root] = start[root];
        calls[depth++] = stack[top++] = root;
        while (depth > 0) {
            size_t v = calls[depth - 1];
            if (next[v] < start[v + 1]) {
                size_t w = adj[next[v]++];
                if (!disc[w]) {
                    disc[w] = low[w] = ++timer;
                    next[w] = start[w];
                    calls[depth++] = stack[top++] = w;
                } else if (on_stack(stack, top, w) && disc[w] < low[v]) {
                    low[v] = disc[w];
                }
                continue;
            }
            depth--;
            if (depth > 0 && low[v] < low[calls[depth - 1]])
                low[calls[depth - 1]] = low[v];
            if (low[v] == disc[v]) {
                size_t w;
                do {
                    w = stack[--top];
                    comp[w] = count;
                } while (w != v);
                count++;
            }
        }
    }
    for (size_t v = 0; v < n; v++)
        comp[v] = count - 1 - comp[v];
    free(calls);
    free(stack);
    free(low);
    free(disc);
    free(next);
    free(adj);
    free(start);
    return count;
}
