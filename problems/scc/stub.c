/* Starting point for scc: number the strongly connected components 0..k-1 in a
 * topological order, write comp[v] for every vertex and return k. This placeholder
 * puts every vertex in a component of its own, numbered by its label. */
#include "scc.h"

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    (void)edges;
    (void)m;
    for (size_t v = 0; v < n; v++)
        comp[v] = v;
    return n;
}
