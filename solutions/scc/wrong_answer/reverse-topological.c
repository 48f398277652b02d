/* Known-bad (wrong answer): a correct Tarjan's algorithm that numbers the components
 * in the order it completes them. Tarjan completes a component only after every
 * component it reaches, so that order is sinks first: the reverse of a topological
 * order. Every edge between two components goes from a larger number to a smaller
 * one. */
#include "scc.h"

#include <stdbool.h>
#include <stdlib.h>

static size_t *start, *adj, *disc, *low, *stack;
static bool *on_stack;
static size_t timer, top, count;

static void dfs(size_t v, size_t *comp)
{
    disc[v] = low[v] = ++timer;
    stack[top++] = v;
    on_stack[v] = true;
    for (size_t a = start[v]; a < start[v + 1]; a++) {
        size_t w = adj[a];
        if (!disc[w]) {
            dfs(w, comp);
            if (low[w] < low[v])
                low[v] = low[w];
        } else if (on_stack[w] && disc[w] < low[v]) {
            low[v] = disc[w];
        }
    }
    if (low[v] == disc[v]) {
        size_t w;
        do {
            w = stack[--top];
            on_stack[w] = false;
            comp[w] = count; /* the bug: should be numbered from k-1 downwards */
        } while (w != v);
        count++;
    }
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    start = calloc(n + 1, sizeof *start);
    adj = malloc((m + 1) * sizeof *adj);
    disc = calloc(n, sizeof *disc);
    low = malloc(n * sizeof *low);
    stack = malloc(n * sizeof *stack);
    on_stack = calloc(n, sizeof *on_stack);
    size_t *fill = malloc((n + 1) * sizeof *fill);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t v = 0; v <= n; v++)
        fill[v] = start[v];
    for (size_t i = 0; i < m; i++)
        adj[fill[edges[i].from]++] = edges[i].to;

    timer = top = count = 0;
    for (size_t v = 0; v < n; v++)
        if (!disc[v])
            dfs(v, comp);
    free(fill);
    free(on_stack);
    free(stack);
    free(low);
    free(disc);
    free(adj);
    free(start);
    return count;
}
