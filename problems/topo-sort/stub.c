/* Starting point for topo-sort: it compiles and links, and answers the vertices in
 * label order 0, 1, ..., n-1, which is only right when every edge goes from a
 * smaller label to a larger one. Replace the body. */
#include "topo_sort.h"

bool topo_sort(size_t n, const topo_edge *edges, size_t m, size_t *order)
{
    (void)edges;
    (void)m;
    for (size_t v = 0; v < n; v++)
        order[v] = v;
    return true;
}
