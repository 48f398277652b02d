/* Known-bad (time limit exceeded): Ford-Fulkerson with a plain DFS. It keeps the
 * residual graph right (reverse arcs, flow read off them), so every answer it
 * gives is a maximum flow; but a DFS takes whichever residual path it meets first,
 * oblivious to capacities. On a random graph whose source and sink have many
 * edges, those paths wander through most of the graph and end on a tiny
 * bottleneck, so the flow grows by a little per O(m) search and the number of
 * searches grows with the capacities (10^9), not with the graph. */
#include "max_flow.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    size_t *start, *order, *head;
    long long *cap;
    bool *seen;
    size_t sink;
} residual;

/* A residual path from v to the sink: pushes its bottleneck (at most limit) and
 * returns it, or returns 0 when the sink cannot be reached from v. */
static long long dfs(residual *g, size_t v, long long limit)
{
    if (v == g->sink)
        return limit;
    g->seen[v] = true;
    for (size_t i = g->start[v]; i < g->start[v + 1]; i++) {
        size_t a = g->order[i], w = g->head[a];
        if (g->cap[a] == 0 || g->seen[w])
            continue;
        long long got = dfs(g, w, limit < g->cap[a] ? limit : g->cap[a]);
        if (got > 0) {
            g->cap[a] -= got;
            g->cap[a ^ 1] += got;
            return got;
        }
    }
    return 0;
}

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    residual g = {.sink = sink};
    size_t arcs = m > 0 ? 2 * m : 1;
    size_t *fill = malloc(n * sizeof *fill);
    g.start = calloc(n + 1, sizeof *g.start);
    g.order = malloc(arcs * sizeof *g.order);
    g.head = malloc(arcs * sizeof *g.head);
    g.cap = malloc(arcs * sizeof *g.cap);
    g.seen = malloc(n * sizeof *g.seen);
    if (!fill || !g.start || !g.order || !g.head || !g.cap || !g.seen)
        abort();
    for (size_t i = 0; i < m; i++) {
        g.head[2 * i] = edges[i].to;
        g.cap[2 * i] = edges[i].capacity;
        g.head[2 * i + 1] = edges[i].from;
        g.cap[2 * i + 1] = 0;
        g.start[edges[i].from + 1]++;
        g.start[edges[i].to + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        g.start[v + 1] += g.start[v];
        fill[v] = g.start[v];
    }
    for (size_t a = 0; a < 2 * m; a++)
        g.order[fill[g.head[a ^ 1]]++] = a;

    long long value = 0, got;
    do {
        for (size_t v = 0; v < n; v++)
            g.seen[v] = false;
        got = dfs(&g, source, (long long)1 << 62);
        value += got;
    } while (got > 0);
    for (size_t i = 0; i < m; i++)
        flow[i] = g.cap[2 * i + 1];

    free(g.seen);
    free(g.cap);
    free(g.head);
    free(g.order);
    free(g.start);
    free(fill);
    return value;
}
