/* Known-bad (wrong answer): augmenting paths without reverse arcs. A DFS finds a
 * path of edges with room left, the flow goes up by its bottleneck, repeat. But
 * flow once sent is never taken back: when the first path uses an edge that no
 * maximum flow uses (s->a->b->t in the first example, beside s->b and a->t), the
 * search runs out of paths early, a greedy flow that is maximal, not maximum. */
#include "max_flow.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    const max_flow_edge *edges;
    long long *flow;
    size_t *start, *order; /* start[v]..start[v+1]: v's out-edges in input order */
    bool *seen;
    size_t sink;
} graph;

static long long dfs(graph *g, size_t v, long long limit)
{
    if (v == g->sink)
        return limit;
    g->seen[v] = true;
    for (size_t k = g->start[v]; k < g->start[v + 1]; k++) {
        size_t i = g->order[k], w = g->edges[i].to;
        long long room = g->edges[i].capacity - g->flow[i];
        if (room == 0 || g->seen[w])
            continue;
        long long got = dfs(g, w, limit < room ? limit : room);
        if (got > 0) {
            g->flow[i] += got;
            return got;
        }
    }
    return 0;
}

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    graph g = {.edges = edges, .flow = flow, .sink = sink};
    g.start = calloc(n + 1, sizeof *g.start);
    g.order = malloc((m ? m : 1) * sizeof *g.order);
    g.seen = malloc(n * sizeof *g.seen);
    size_t *fill = malloc(n * sizeof *fill);
    if (!g.start || !g.order || !g.seen || !fill)
        abort();
    for (size_t i = 0; i < m; i++) {
        flow[i] = 0;
        g.start[edges[i].from + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        g.start[v + 1] += g.start[v];
        fill[v] = g.start[v];
    }
    for (size_t i = 0; i < m; i++)
        g.order[fill[edges[i].from]++] = i;

    long long value = 0, got;
    do {
        for (size_t v = 0; v < n; v++)
            g.seen[v] = false;
        value += got = dfs(&g, source, (long long)1 << 62);
    } while (got > 0);
    free(fill);
    free(g.seen);
    free(g.order);
    free(g.start);
    return value;
}
