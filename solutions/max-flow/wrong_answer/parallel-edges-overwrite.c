/* Known-bad (wrong answer): Edmonds-Karp on an n x n capacity matrix, filled with
 * cap[u][v] = c for each edge. A second edge u -> v overwrites the first instead
 * of adding to it (cap[u][v] += c), so three parallel edges of 10^9 count as one.
 * The matrix also costs n^2 memory and each BFS n^2 time: hopeless at n = 5000,
 * but the small tests with parallel edges come first. */
#include "max_flow.h"

#include <stdlib.h>

#define NONE ((size_t)-1)

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    long long *cap = calloc(n * n, sizeof *cap), *net = calloc(n * n, sizeof *net);
    size_t *via = malloc(n * sizeof *via), *queue = malloc(n * sizeof *queue);
    if (!cap || !net || !via || !queue)
        abort();
    for (size_t i = 0; i < m; i++)
        cap[edges[i].from * n + edges[i].to] = edges[i].capacity;

    /* net[u][v] = -net[v][u] is the flow from u to v; room is cap - net */
    long long value = 0;
    for (;;) {
        for (size_t v = 0; v < n; v++)
            via[v] = NONE;
        size_t qh = 0, qt = 0;
        via[source] = source;
        queue[qt++] = source;
        while (qh < qt && via[sink] == NONE) {
            size_t u = queue[qh++];
            for (size_t v = 0; v < n; v++)
                if (via[v] == NONE && cap[u * n + v] - net[u * n + v] > 0) {
                    via[v] = u;
                    queue[qt++] = v;
                }
        }
        if (via[sink] == NONE)
            break;
        long long add = -1;
        for (size_t v = sink; v != source; v = via[v]) {
            long long room = cap[via[v] * n + v] - net[via[v] * n + v];
            if (add < 0 || room < add)
                add = room;
        }
        for (size_t v = sink; v != source; v = via[v]) {
            net[via[v] * n + v] += add;
            net[v * n + via[v]] -= add;
        }
        value += add;
    }
    /* hand each pair's flow out to its edges, in input order */
    for (size_t i = 0; i < m; i++) {
        long long *left = &net[edges[i].from * n + edges[i].to];
        long long give = *left > 0 ? (*left < edges[i].capacity ? *left : edges[i].capacity) : 0;
        flow[i] = edges[i].from == edges[i].to ? 0 : give;
        *left -= give;
    }
    free(queue);
    free(via);
    free(net);
    free(cap);
    return value;
}
