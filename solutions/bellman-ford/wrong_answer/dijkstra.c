/* Known-bad (wrong answer): Dijkstra's algorithm with a binary heap, each vertex
 * settled for good when it is first popped. With negative weights that is no
 * longer safe: a vertex popped at distance 1 can later be reached at 5 - 10 = -5
 * through a vertex popped after it, and the settled vertex is never revisited (a
 * version that does revisit loops forever on a negative cycle). It never reports
 * LLONG_MIN either. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    long long dist;
    size_t v;
} entry;

static void push(entry *heap, size_t *len, entry e)
{
    size_t i = (*len)++;
    for (; i > 0 && heap[(i - 1) / 2].dist > e.dist; i = (i - 1) / 2)
        heap[i] = heap[(i - 1) / 2];
    heap[i] = e;
}

static entry pop(entry *heap, size_t *len)
{
    entry top = heap[0], last = heap[--*len];
    size_t i = 0, c;
    while ((c = 2 * i + 1) < *len) {
        if (c + 1 < *len && heap[c + 1].dist < heap[c].dist)
            c++;
        if (heap[c].dist >= last.dist)
            break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = last;
    return top;
}

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    size_t *start = calloc(n + 1, sizeof *start), *order = malloc((m + 1) * sizeof *order);
    bool *done = calloc(n, sizeof *done);
    entry *heap = malloc((m + 1) * sizeof *heap);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t i = 0; i < m; i++)
        order[start[edges[i].from]++] = i;
    for (size_t v = n; v > 0; v--)
        start[v] = start[v - 1];
    start[0] = 0;

    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    size_t len = 0;
    push(heap, &len, (entry){0, source});
    while (len > 0) {
        entry e = pop(heap, &len);
        if (done[e.v])
            continue;
        done[e.v] = true;
        for (size_t k = start[e.v]; k < start[e.v + 1]; k++) {
            const bellman_ford_edge *ed = &edges[order[k]];
            long long d = e.dist + ed->weight;
            if (!done[ed->to] && d < dist[ed->to]) {
                dist[ed->to] = d;
                push(heap, &len, (entry){d, ed->to});
            }
        }
    }
    free(heap);
    free(done);
    free(order);
    free(start);
}
