/* Known-bad (time limit): Bellman-Ford from every vertex. Correct, with the
 * usual early exit (stop when a pass changes nothing) and -inf spread by n more
 * passes, but a source costs up to n passes over all m edges: O(n^2 m), up to
 * 6 * 10^10 at n = 500, m = n^2. The early exit saves it on random dense graphs
 * (their shortest paths have few edges, so a few passes settle everything), not
 * on a long path whose edges are listed from its far end back (one step a pass)
 * nor near a negative cycle (every pass changes something). */
#include "floyd_warshall.h"

#include <stdbool.h>

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t s = 0; s < n; s++) {
        long long *d = dist + s * n;
        for (size_t v = 0; v < n; v++)
            d[v] = FW_INF;
        d[s] = 0;
        bool changed = true;
        for (size_t pass = 1; pass < n && changed; pass++) {
            changed = false;
            for (size_t i = 0; i < m; i++) {
                long long from = d[edges[i].from];
                if (from != FW_INF && from + edges[i].weight < d[edges[i].to]) {
                    d[edges[i].to] = from + edges[i].weight;
                    changed = true;
                }
            }
        }
        /* still changing after n - 1 passes: whatever improves now, and whatever
         * it reaches, is behind a negative cycle */
        for (size_t pass = 0; changed && pass < n; pass++) {
            changed = false;
            for (size_t i = 0; i < m; i++) {
                long long from = d[edges[i].from];
                long long *to = &d[edges[i].to];
                if (from == FW_INF || *to == FW_NEG_INF)
                    continue;
                if (from == FW_NEG_INF || from + edges[i].weight < *to) {
                    *to = FW_NEG_INF;
                    changed = true;
                }
            }
        }
    }
}
