/* Known-bad (wrong answer): a correct Dijkstra that keeps distances in int. Three
 * edges of weight 10^9 already pass INT_MAX, so the stored distance wraps; the
 * settled flags keep it from looping, it just prints garbage. */
#include "dijkstra.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct {
    int dist;
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
    int *best = malloc(n * sizeof *best);
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
        best[v] = INT_MAX;
    best[source] = 0;
    size_t len = 0;
    push(heap, &len, (entry){0, source});
    while (len > 0) {
        entry e = pop(heap, &len);
        if (done[e.v])
            continue;
        done[e.v] = true;
        for (size_t k = start[e.v]; k < start[e.v + 1]; k++) {
            const dijkstra_edge *ed = &edges[order[k]];
            int d = (int)(e.dist + ed->weight); /* the bug: truncated to 32 bits */
            if (!done[ed->to] && d < best[ed->to]) {
                best[ed->to] = d;
                push(heap, &len, (entry){d, ed->to});
            }
        }
    }
    for (size_t v = 0; v < n; v++)
        dist[v] = best[v] == INT_MAX ? -1 : best[v];
    free(heap);
    free(done);
    free(best);
    free(order);
    free(start);
}
