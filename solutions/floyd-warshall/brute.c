/* Brute-force oracle for floyd-warshall: Bellman-Ford from every vertex, a
 * different method from the reference. From each source s: relax every edge
 * n - 1 times (or until a pass changes nothing); then an edge that can still
 * relax ends at a vertex behind a negative cycle that s reaches, and everything
 * reachable from such a vertex is -inf. O(n^2 m) time. No clamping is needed:
 * a pass lowers a value by at most m * 10^9, so after n - 1 passes every value
 * stays above -n * m * 10^9 > -2^63. */
#include "floyd_warshall.h"

#include <stdbool.h>
#include <stdlib.h>

static bool relaxes(const long long *d, const fw_edge *e)
{
    return d[e->from] != FW_INF && d[e->from] + e->weight < d[e->to];
}

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    bool *minus = malloc(n * sizeof *minus);
    if (!minus)
        abort();
    for (size_t s = 0; s < n; s++) {
        long long *d = dist + s * n;
        for (size_t v = 0; v < n; v++)
            d[v] = FW_INF;
        d[s] = 0;
        bool changed = true;
        for (size_t pass = 1; pass < n && changed; pass++) {
            changed = false;
            for (size_t i = 0; i < m; i++)
                if (relaxes(d, &edges[i])) {
                    d[edges[i].to] = d[edges[i].from] + edges[i].weight;
                    changed = true;
                }
        }
        for (size_t v = 0; v < n; v++)
            minus[v] = false;
        for (size_t i = 0; i < m; i++)
            if (relaxes(d, &edges[i]))
                minus[edges[i].to] = true;
        /* spread along edges until nothing new is reached */
        for (changed = true; changed;) {
            changed = false;
            for (size_t i = 0; i < m; i++)
                if (minus[edges[i].from] && !minus[edges[i].to]) {
                    minus[edges[i].to] = true;
                    changed = true;
                }
        }
        for (size_t v = 0; v < n; v++)
            if (minus[v])
                d[v] = FW_NEG_INF;
    }
    free(minus);
}
