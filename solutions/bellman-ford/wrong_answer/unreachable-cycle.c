/* Known-bad (wrong answer): finds the negative cycles with the textbook detector,
 * which starts every vertex at 0 (as if a virtual source reached them all) and
 * flags the vertices that still improve after n - 1 rounds, then marks LLONG_MIN
 * everything those flagged vertices reach. The distances themselves come from an
 * ordinary run from the source. But a cycle that the source cannot reach does not
 * make paths from the source any shorter: the vertices after it are finite, or
 * unreachable, yet they are reported -inf. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

static bool relax(const bellman_ford_edge *edges, size_t m, long long *d, bool *flag)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        long long from = d[edges[i].from];
        if (from != LLONG_MAX && from + edges[i].weight < d[edges[i].to]) {
            d[edges[i].to] = from + edges[i].weight;
            changed = true;
            if (flag)
                flag[edges[i].to] = true;
        }
    }
    return changed;
}

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    for (size_t round = 1; round < n; round++)
        if (!relax(edges, m, dist, NULL))
            break;

    long long *h = calloc(n, sizeof *h); /* every vertex at 0 */
    bool *bad = calloc(n, sizeof *bad);
    for (size_t round = 1; round < n; round++)
        if (!relax(edges, m, h, NULL))
            break;
    relax(edges, m, h, bad);
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < m; i++)
            if (bad[edges[i].from] && !bad[edges[i].to]) {
                bad[edges[i].to] = true;
                changed = true;
            }
    }
    for (size_t v = 0; v < n; v++)
        if (bad[v])
            dist[v] = LLONG_MIN; /* the bug: also where the source never gets */
    free(bad);
    free(h);
}
