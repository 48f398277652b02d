/* Reference solution of topo-sort.
 *
 * Idea: Kahn's algorithm. A vertex with no incoming edge can go first; output it,
 * delete its out-edges, and repeat. Count every vertex's in-degree, put the
 * vertices of in-degree 0 in a FIFO queue, and each time one is taken out,
 * decrement the in-degree of the head of every edge leaving it; a vertex whose
 * count reaches 0 joins the queue. The out-edges come from a CSR adjacency (a
 * counting sort of the edges on `from`), and the queue lives in `order` itself:
 * the vertices are appended in the order they become free, which is the answer.
 *
 * Cycle detection is free: a vertex on a cycle never reaches in-degree 0 (the
 * edge from its predecessor on the cycle is never deleted), so the queue runs dry
 * with fewer than n vertices output exactly when the graph has a cycle.
 *
 * Complexity: O(n + m) time, every vertex is queued once and every edge is looked
 * at a constant number of times; O(n + m) memory beside the caller's arrays.
 *
 * Traps: returning true without checking that all n vertices came out (a partial
 * order, or an order that breaks an edge of the cycle); a self-loop is a cycle,
 * so it must count toward its vertex's in-degree like any other edge; parallel
 * edges each count once and are each deleted once, so in-degree and adjacency must
 * agree about them; scanning all vertices for the next one of in-degree 0 costs
 * O(n^2), and looking through the whole edge list for each vertex's out-edges
 * costs O(n * m), both hopeless at n = 2*10^5. A recursive DFS fits the stack
 * here, but needs three colours to tell a back edge (a cycle) from a cross edge,
 * and must output vertices in reverse post-order. */
#include "topo_sort.h"

#include <stdlib.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 1, sizeof *start);
    size_t *indeg = calloc(n, sizeof *indeg);
    size_t *heads = malloc((m ? m : 1) * sizeof *heads);
    if (!start || !indeg || !heads)
        abort();

    /* CSR: start[u]..start[u+1] indexes the heads of u's out-edges */
    for (size_t i = 0; i < m; i++) {
        start[edges[i].from + 1]++;
        indeg[edges[i].to]++; /* a self-loop counts too: it is a cycle */
    }
    for (size_t u = 0; u < n; u++)
        start[u + 1] += start[u];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from]++] = edges[i].to;
    /* placing advanced each start[u] to the old start[u+1]: shift back */
    for (size_t u = n; u > 0; u--)
        start[u] = start[u - 1];
    start[0] = 0;

    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    for (size_t head = 0; head < tail; head++) {
        size_t u = order[head];
        for (size_t i = start[u]; i < start[u + 1]; i++)
            if (--indeg[heads[i]] == 0)
                order[tail++] = heads[i];
    }

    free(heads);
    free(indeg);
    free(start);
    return tail == n; /* fewer: the rest are on a cycle or behind one */
}
