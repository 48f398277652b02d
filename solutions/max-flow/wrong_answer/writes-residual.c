/* Known-bad (wrong answer): a correct Dinic that reports the wrong arc: it
 * writes the room left on each edge (its forward arc) instead of the flow sent
 * (the room of its reverse arc). The value is right; the flows are the
 * capacities minus the real ones, which break conservation as soon as an edge is
 * neither empty nor full, or its neighbours differ in capacity. */
#include "max_flow.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    size_t n, source, sink;
    size_t *start;   /* start[v]..start[v+1]: v's arcs in order (indices into order) */
    size_t *order;   /* arc ids grouped by their tail vertex */
    size_t *head;    /* head[a]: the vertex arc a points to */
    long long *cap;  /* cap[a]: residual capacity of arc a */
    size_t *level;   /* BFS distance from the source; n when not reached */
    size_t *current; /* the next arc of v to try in this phase */
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

/* Pushes up to limit units from v to the sink along level-increasing arcs;
 * returns how much it pushed. The recursion is at most n deep. */
static long long push(network *g, size_t v, long long limit)
{
    if (v == g->sink)
        return limit;
    long long pushed = 0;
    for (; g->current[v] < g->start[v + 1]; g->current[v]++) {
        size_t a = g->order[g->current[v]], w = g->head[a];
        if (g->cap[a] == 0 || g->level[w] != g->level[v] + 1)
            continue;
        long long got = push(g, w, limit - pushed < g->cap[a] ? limit - pushed : g->cap[a]);
        g->cap[a] -= got;
        g->cap[a ^ 1] += got;
        pushed += got;
        if (pushed == limit)
            return pushed; /* this arc may still have room: keep current[v] on it */
    }
    return pushed;
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
    g.current = malloc(n * sizeof *g.current);
    g.queue = malloc(n * sizeof *g.queue);
    if (!g.start || !g.order || !g.head || !g.cap || !g.level || !g.current || !g.queue)
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
        g.current[v] = g.start[v];
    for (size_t a = 0; a < 2 * m; a++) {
        size_t tail = g.head[a ^ 1];
        g.order[g.current[tail]++] = a;
    }

    long long value = 0;
    while (build_levels(&g)) {
        for (size_t v = 0; v < n; v++)
            g.current[v] = g.start[v];
        long long got;
        /* 10^4 edges of at most 10^9 each: the value never reaches this limit */
        while ((got = push(&g, source, (long long)1 << 62)) > 0)
            value += got;
    }
    for (size_t i = 0; i < m; i++)
        flow[i] = g.cap[2 * i]; /* the room left, not the flow sent */

    free(g.queue);
    free(g.current);
    free(g.level);
    free(g.cap);
    free(g.head);
    free(g.order);
    free(g.start);
    return value;
}
