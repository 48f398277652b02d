/* Starting point for mst: write the indices of the n-1 edges of a minimum spanning
 * tree into chosen and return their total weight. This placeholder takes the first
 * n-1 edges, which is seldom even a tree, and returns 0. */
#include "mst.h"

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    (void)edges;
    for (size_t k = 0; k + 1 < n && k < m; k++)
        chosen[k] = k;
    return 0;
}
