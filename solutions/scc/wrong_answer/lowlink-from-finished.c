/* Known-bad (wrong answer): Tarjan's algorithm without the on-stack test. An edge
 * to a vertex already visited lowers low[v] even when that vertex's component is
 * complete and popped (a cross edge into another DFS subtree or an earlier tree).
 * v then looks as if it reached back above itself: it is not closed as a root, so
 * it is merged into a component it cannot get back from, or never closed at all.
 * On 0 -> 1, 0 -> 2, 2 -> 1 it puts 0 and 2 together. Otherwise correct, including
 * the numbering. */
#include "scc.h"

#include <stdbool.h>
#include <stdlib.h>

static size_t *start, *adj, *disc, *low, *stack;
static size_t timer, top, count;

static void dfs(size_t v, size_t *comp)
{
    disc[v] = low[v] = ++timer;
    stack[top++] = v;
    for (size_t a = start[v]; a < start[v + 1]; a++) {
        size_t w = adj[a];
        if (!disc[w]) {
            dfs(w, comp);
            if (low[w] < low[v])
                low[v] = low[w];
        } else if (disc[w] < low[v]) { /* the bug: w may be finished and popped */
            low[v] = disc[w];
        }
    }
    if (low[v] == disc[v]) {
        size_t w;
        do {
            w = stack[--top];
            comp[w] = count;
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
    /* components completed sinks first: reverse to a topological numbering */
    for (size_t v = 0; v < n; v++)
        comp[v] = count - 1 - comp[v];
    free(fill);
    free(stack);
    free(low);
    free(disc);
    free(adj);
    free(start);
    return count;
}
