/* Known-bad (time limit exceeded): Dinic without the current-arc pointer. Each
 * phase labels the levels right, but every search for the next path starts over
 * from the first arc of every vertex, so arcs that already led to a dead end are
 * tried again and again, and a search that fails does not remember it either:
 * one phase can take time exponential in the number of levels. A matching whose
 * later phases have long alternating paths (Library Checker's case for its issue
 * 1068, 240 vertices) or narrow layered graphs are enough. Correct everywhere,
 * and fast where the level graph has few dead ends. */
#include "max_flow.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    size_t n, source, sink;
    size_t *start;  /* start[v]..start[v+1]: v's arcs in order (indices into order) */
    size_t *order;  /* arc ids grouped by their tail vertex */
    size_t *head;   /* head[a]: the vertex arc a points to */
    long long *cap; /* cap[a]: residual capacity of arc a */
    size_t *level;  /* BFS distance from the source; n when not reached */
    size_t *queue;
} network;

/* BFS over arcs with residual capacity left; true when the sink is reached. */
static bool build_levels(network *g)
{
    for (size_t v = 0; v < g->n; v++)
        g->level[v] = g->n;
    size_t qh = 0, qt = 0;
    g->level[g->source] = 0;
    g->queue[qt++] = g->source;
    while (qh < qt) {
        size_t v = g->queue[qh++];
        for (size_t i = g->start[v]; i < g->start[v + 1]; i++) {
            size_t a = g->order[i], w = g->head[a];
            if (g->cap[a] > 0 && g->level[w] == g->n) {
                g->level[w] = g->level[v] + 1;
                g->queue[qt++] = w;
            }
        }
    }
    return g->level[g->sink] != g->n;
}

/* One path from v to the sink along level-increasing arcs: pushes its bottleneck
 * (at most limit) and returns it, or 0 when there is none. */
static long long push(network *g, size_t v, long long limit)
{
    if (v == g->sink)
        return limit;
    for (size_t i = g->start[v]; i < g->start[v + 1]; i++) {
        size_t a = g->order[i], w = g->head[a];
        if (g->cap[a] == 0 || g->level[w] != g->level[v] + 1)
            continue;
        long long got = push(g, w, limit < g->cap[a] ? limit : g->cap[a]);
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
    network g = {.n = n, .source = source, .sink = sink};
    size_t arcs = m > 0 ? 2 * m : 1;
    g.start = calloc(n + 1, sizeof *g.start);
    g.order = malloc(arcs * sizeof *g.order);
    g.head = malloc(arcs * sizeof *g.head);
    g.cap = malloc(arcs * sizeof *g.cap);
    g.level = malloc(n * sizeof *g.level);
    size_t *fill = malloc(n * sizeof *fill);
    g.queue = malloc(n * sizeof *g.queue);
    if (!g.start || !g.order || !g.head || !g.cap || !g.level || !fill || !g.queue)
        abort();

    /* arc 2i = edge i forward, arc 2i+1 = its reverse; group arcs by tail (CSR) */
    for (size_t i = 0; i < m; i++) {
        g.head[2 * i] = edges[i].to;
        g.cap[2 * i] = edges[i].capacity;
        g.head[2 * i + 1] = edges[i].from;
        g.cap[2 * i + 1] = 0;
        g.start[edges[i].from + 1]++;
        g.start[edges[i].to + 1]++;
    }
    for (size_t v = 0; v < n; v++)
        g.start[v + 1] += g.start[v];
    for (size_t v = 0; v < n; v++)
        fill[v] = g.start[v];
    for (size_t a = 0; a < 2 * m; a++)
        g.order[fill[g.head[a ^ 1]]++] = a;

    long long value = 0;
    while (build_levels(&g)) {
        long long got;
        while ((got = push(&g, source, (long long)1 << 62)) > 0)
            value += got;
    }
    for (size_t i = 0; i < m; i++)
        flow[i] = g.cap[2 * i + 1];

    free(g.queue);
    free(fill);
    free(g.level);
    free(g.cap);
    free(g.head);
    free(g.order);
    free(g.start);
    return value;
}
