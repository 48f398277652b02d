/* Brute-force oracle for topo-sort: peel the graph in layers, straight from the
 * definition. Each round looks at every edge between two vertices still in the
 * graph, and removes (and outputs, in label order) every remaining vertex that no
 * such edge enters; none of them has an edge to another, so any order among them
 * is fine. A round that removes nothing while vertices remain has found a cycle:
 * each remaining vertex has a remaining predecessor, so walking back from any of
 * them must repeat a vertex. O(n * (n + m)) time in the worst case (a long path),
 * and too simple to be wrong. */
#include "topo_sort.h"

#include <stdlib.h>

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    bool *removed = calloc(n, sizeof *removed), *entered = malloc(n * sizeof *entered);
    if (!removed || !entered)
        abort();
    size_t done = 0;
    bool progress = true;
    while (done < n && progress) {
        for (size_t v = 0; v < n; v++)
            entered[v] = false;
        for (size_t i = 0; i < m; i++)
            if (!removed[edges[i].from] && !removed[edges[i].to])
                entered[edges[i].to] = true;
        size_t before = done;
        for (size_t v = 0; v < n; v++)
            if (!removed[v] && !entered[v]) {
                removed[v] = true;
                order[done++] = v;
            }
        progress = done > before;
    }
    free(entered);
    free(removed);
    return done == n;
}
