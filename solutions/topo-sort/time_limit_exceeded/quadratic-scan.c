/* Known-bad (time limit): Kahn's algorithm without the queue. Each step scans all
 * n vertices from the start for one that is not output yet and has in-degree 0.
 * Correct, but every one of the n steps costs O(n): O(n^2 + m), about 2*10^10
 * checks on a 2*10^5-vertex path, many times the limit. The queue exists so that
 * a vertex is found the moment its in-degree drops to 0. */
#include "topo_sort.h"

#include <stdlib.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    size_t *start = calloc(n + 2, sizeof *start), *indeg = calloc(n, sizeof *indeg);
    size_t *heads = malloc((m ? m : 1) * sizeof *heads);
    bool *done = calloc(n, sizeof *done);
    if (!start || !indeg || !heads || !done)
        abort();
    for (size_t i = 0; i < m; i++) {
        start[edges[i].from + 2]++;
        indeg[edges[i].to]++;
    }
    for (size_t u = 0; u < n; u++)
        start[u + 2] += start[u + 1];
    for (size_t i = 0; i < m; i++)
        heads[start[edges[i].from + 1]++] = edges[i].to;

    size_t count = 0;
    for (; count < n; count++) {
        size_t u = 0;
        while (u < n && (done[u] || indeg[u] != 0)) /* the bug: a full scan per step */
            u++;
        if (u == n)
            break; /* nothing free: a cycle */
        done[u] = true;
        order[count] = u;
        for (size_t i = start[u]; i < start[u + 1]; i++)
            indeg[heads[i]]--;
    }
    free(done);
    free(heads);
    free(indeg);
    free(start);
    return count == n;
}
