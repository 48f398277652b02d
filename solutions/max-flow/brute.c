/* Brute-force oracle for max-flow: Edmonds-Karp, the textbook Ford-Fulkerson with
 * a shortest augmenting path each round. Edge i is arc 2i (room: capacity - flow)
 * and arc 2i+1 backward (room: flow). A BFS over the arcs with room finds a path
 * with the fewest arcs; the flow goes up by that path's smallest room; repeat
 * until the sink is cut off. One path per round, no levels, no pointers kept
 * between rounds: O(m) a round and O(n * m) rounds, O(n * m^2) in all, so slower
 * than the reference (far more rounds than Dinic has phases) and too simple to be
 * wrong: every round adds a valid path, and when none is left the vertices the
 * BFS reached form a cut as large as the flow. */
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
        }
        value += add;
    }
    for (size_t i = 0; i < m; i++)
        flow[i] = room[2 * i + 1];
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
