/* Known-bad (wrong answer): marks a vertex final the first time it is reached
 * (pushed) instead of when it is popped, so the first path found wins even when a
 * path with more edges, found later, is shorter. Fast, never crashes. */
#include "dijkstra.h"

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

void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist)
{
    size_t *start = calloc(n + 1, sizeof *start), *order = malloc((m + 1) * sizeof *order);
    bool *seen = calloc(n, sizeof *seen);
    entry *heap = malloc((n + 1) * sizeof *heap);
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
        dist[v] = -1;
    dist[source] = 0;
    seen[source] = true;
    size_t len = 0;
    push(heap, &len, (entry){0, source});
    while (len > 0) {
        entry e = pop(heap, &len);
        for (size_t k = start[e.v]; k < start[e.v + 1]; k++) {
            const dijkstra_edge *ed = &edges[order[k]];
            if (!seen[ed->to]) { /* the bug: the first distance found is kept */
                seen[ed->to] = true;
                dist[ed->to] = e.dist + ed->weight;
                push(heap, &len, (entry){dist[ed->to], ed->to});
            }
        }
    }
    free(heap);
    free(seen);
    free(order);
    free(start);
}
