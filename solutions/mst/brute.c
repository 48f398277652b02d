/* Brute-force oracle for mst: Prim's algorithm straight from the cut property,
 * with no adjacency lists and no heap. The tree starts as vertex 0; n-1 times,
 * scan every edge and add the lightest one with exactly one endpoint in the tree.
 * O(n * m) time, and too simple to be wrong: the lightest edge leaving the tree is
 * in some minimum spanning tree, and a self-loop never has exactly one endpoint in
 * the tree. */
#include "mst.h"

#include <stdbool.h>
#include <stdlib.h>

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    bool *in_tree = calloc(n, sizeof *in_tree);
    if (!in_tree)
        abort();
    in_tree[0] = true;
    long long total = 0;
    for (size_t k = 0; k + 1 < n; k++) {
        size_t best = m;
        for (size_t i = 0; i < m; i++)
            if (in_tree[edges[i].u] != in_tree[edges[i].v] &&
                (best == m || edges[i].weight < edges[best].weight))
                best = i;
        if (best == m)
            abort(); /* the graph is connected, so some edge always leaves the tree */
        in_tree[edges[best].u] = in_tree[edges[best].v] = true;
        chosen[k] = best;
        total += edges[best].weight;
    }
    free(in_tree);
    return total;
}
