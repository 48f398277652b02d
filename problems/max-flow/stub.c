/* Starting point for max_flow: return the value of a maximum flow from source to
 * sink and write each edge's flow. This placeholder sends nothing at all. */
#include "max_flow.h"

long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow)
{
    (void)n;
    (void)edges;
    (void)source;
    (void)sink;
    for (size_t i = 0; i < m; i++)
        flow[i] = 0;
    return 0;
}
