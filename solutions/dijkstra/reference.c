/* Reference solution of dijkstra.
 *
 * Idea: Dijkstra's algorithm. Build a CSR adjacency (each vertex's out-edges in
 * one contiguous slice) with a counting sort on `from`, then repeatedly pop the
 * closest unsettled vertex from a binary min-heap and relax its out-edges. The heap
 * uses lazy deletion: an improvement pushes a new (distance, vertex) entry instead
 * of decreasing a key, and a popped entry whose distance is worse than the best
 * known one is stale and skipped.
 *
 * Complexity: O(n + m) to build the adjacency, at most m + 1 heap entries, so
 * O((n + m) log m) time and O(n + m) memory.
 *
 * Traps: a vertex is final when it is popped, not when it is first pushed (a
 * later, longer-looking path may still be shorter); distances reach ~2*10^14, so
 * they need 64 bits; a stale entry must be skipped before scanning its edges, or a
 * vertex with many pending updates and many out-edges costs pops * degree; an
 * O(n^2) scan for the minimum is too slow at n = 2*10^5. */
#include "dijkstra.h"

#include <stdlib.h>

typedef struct {
    long long dist;
    size_t v;
} entry;

typedef struct {
    size_t to;
    long long weight;
} arc;

static void heap_push(entry *heap, size_t *len, entry e)
{
    size_t i = (*len)++;
    while (i > 0 && heap[(i - 1) / 2].dist > e.dist) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = e;
}

static entry heap_pop(entry *heap, size_t *len)
{
    entry top = heap[0], last = heap[--*len];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= *len)
            break;
        if (c + 1 < *len && heap[c + 1].dist < heap[c].dist)
            c++;
        if (heap[c].dist >= last.dist)
            break;
        heap[i] = heap[c];
        i = c;
    }
    if (*len > 0)
        heap[i] = last;
    return top;
}

/* start[v]..start[v+1] indexes v's out-arcs: count, prefix-sum, place. */
static void build_csr(size_t n, const dijkstra_edge *edges, size_t m, size_t *start, arc *arcs)
{
    for (size_t v = 0; v <= n; v++)
        start[v] = 0;
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t i = 0; i < m; i++) {
        size_t at = start[edges[i].from]++;
        arcs[at] = (arc){edges[i].to, edges[i].weight};
    }
    /* placing advanced each start[v] to the old start[v+1]: shift back */
    for (size_t v = n; v > 0; v--)
        start[v] = start[v - 1];
    start[0] = 0;
}

void dijkstra(size_t n, const dijkstra_edge *edges, size_t m, size_t source, long long *dist)
{
    size_t *start = malloc((n + 1) * sizeof *start);
    arc *arcs = malloc((m ? m : 1) * sizeof *arcs);
    entry *heap = malloc((m + 1) * sizeof *heap);
    if (!start || !arcs || !heap)
        abort();
    build_csr(n, edges, m, start, arcs);

    for (size_t v = 0; v < n; v++)
        dist[v] = -1;
    dist[source] = 0;
    size_t len = 0;
    heap_push(heap, &len, (entry){0, source});
    while (len > 0) {
        entry e = heap_pop(heap, &len);
        if (e.dist != dist[e.v])
            continue; /* stale: a shorter path to e.v was pushed later */
        for (size_t i = start[e.v]; i < start[e.v + 1]; i++) {
            long long d = e.dist + arcs[i].weight;
            size_t to = arcs[i].to;
            if (dist[to] < 0 || d < dist[to]) {
                dist[to] = d;
                heap_push(heap, &len, (entry){d, to});
            }
        }
    }
    free(heap);
    free(arcs);
    free(start);
}
