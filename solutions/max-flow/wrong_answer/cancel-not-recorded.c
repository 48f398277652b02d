/* Known-bad (wrong answer): Edmonds-Karp with the residual arcs right, so the value
 * is right, but with each edge's flow kept in a counter of its own that only goes
 * up when a path walks the edge forward. A path that walks an edge backward takes
 * flow back off it, and the counter misses that: in a matching where the first
 * path s-L1-R1-t is undone by s-L2-R1-L1-R2-t, edge L1 -> R1 still says 1, and R1
 * seems to receive 2 and send out 1. Read the flow off the reverse arc instead. */
#include "max_flow.h"

#include <stdlib.h>

#define NONE ((size_t)-1)

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    size_t arcs = m > 0 ? 2 * m : 1;
    size_t *start = calloc(n + 1, sizeof *start), *fill = malloc(n * sizeof *fill);
    size_t *order = malloc(arcs * sizeof *order), *via = malloc(n * sizeof *via);
    size_t *queue = malloc(n * sizeof *queue);
    long long *room = malloc(arcs * sizeof *room);
    if (!start || !fill || !order || !via || !queue || !room)
        abort();
        /* tail(a) and head(a): arc 2i runs from -> to, arc 2i+1 to -> from */
#define TAIL(a) ((a) % 2 ? edges[(a) / 2].to : edges[(a) / 2].from)
#define HEAD(a) ((a) % 2 ? edges[(a) / 2].from : edges[(a) / 2].to)
    for (size_t a = 0; a < 2 * m; a++) {
        start[TAIL(a) + 1]++;
        room[a] = a % 2 ? 0 : edges[a / 2].capacity;
    }
    for (size_t v = 0; v < n; v++) {
        start[v + 1] += start[v];
        fill[v] = start[v];
    }
    for (size_t a = 0; a < 2 * m; a++)
        order[fill[TAIL(a)]++] = a;

    for (size_t i = 0; i < m; i++)
        flow[i] = 0;
    long long value = 0;
    for (;;) {
        for (size_t v = 0; v < n; v++)
            via[v] = NONE;
        size_t qh = 0, qt = 0;
        queue[qt++] = source;
        while (qh < qt && via[sink] == NONE) {
            size_t v = queue[qh++];
            for (size_t i = start[v]; i < start[v + 1]; i++) {
                size_t a = order[i], w = HEAD(a);
                if (room[a] > 0 && w != source && via[w] == NONE) {
                    via[w] = a;
                    queue[qt++] = w;
                }
            }
        }
        if (via[sink] == NONE)
            break;
        long long add = -1;
        for (size_t v = sink; v != source; v = TAIL(via[v]))
            if (add < 0 || room[via[v]] < add)
                add = room[via[v]];
        for (size_t v = sink; v != source; v = TAIL(via[v])) {
            room[via[v]] -= add;
            room[via[v] ^ 1] += add;
            if (via[v] % 2 == 0)
                flow[via[v] / 2] += add; /* and a backward arc should subtract */
        }
        value += add;
    }
#undef TAIL
#undef HEAD
    free(room);
    free(queue);
    free(via);
    free(order);
    free(fill);
    free(start);
    return value;
}
