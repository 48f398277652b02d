/* Known-bad (wrong answer): Edmonds-Karp without reverse arcs. Each round a BFS
 * finds a shortest path of edges with room left and fills it. Shortest does not
 * mean safe: in a matching where L1 could take R1 or R2 and L2 only R1, the first
 * shortest path can be s-L1-R1-t, and with no way to move L1 over to R2, L2 stays
 * unmatched. The flow is maximal (no path left), not maximum. */
#include "max_flow.h"

#include <stdlib.h>

#define NONE ((size_t)-1)

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    size_t *start = calloc(n + 1, sizeof *start), *fill = malloc(n * sizeof *fill);
    size_t *order = malloc((m ? m : 1) * sizeof *order), *via = malloc(n * sizeof *via);
    size_t *queue = malloc(n * sizeof *queue);
    if (!start || !fill || !order || !via || !queue)
        abort();
    for (size_t i = 0; i < m; i++) {
        flow[i] = 0;
        start[edges[i].from + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        start[v + 1] += start[v];
        fill[v] = start[v];
    }
    for (size_t i = 0; i < m; i++)
        order[fill[edges[i].from]++] = i;

    long long value = 0;
    for (;;) {
        for (size_t v = 0; v < n; v++)
            via[v] = NONE;
        size_t qh = 0, qt = 0;
        queue[qt++] = source;
        while (qh < qt && via[sink] == NONE) {
            size_t v = queue[qh++];
            for (size_t k = start[v]; k < start[v + 1]; k++) {
                size_t i = order[k], w = edges[i].to;
                if (flow[i] < edges[i].capacity && w != source && via[w] == NONE) {
                    via[w] = i;
                    queue[qt++] = w;
                }
            }
        }
        if (via[sink] == NONE)
            break;
        long long add = -1;
        for (size_t v = sink; v != source; v = edges[via[v]].from) {
            long long room = edges[via[v]].capacity - flow[via[v]];
            if (add < 0 || room < add)
                add = room;
        }
        for (size_t v = sink; v != source; v = edges[via[v]].from)
            flow[via[v]] += add;
        value += add;
    }
    free(queue);
    free(via);
    free(order);
    free(fill);
    free(start);
    return value;
}
