/* Known-bad (wrong answer): relaxes every edge, also out of a vertex the source has
 * not reached: LLONG_MAX + w. A negative w gives LLONG_MAX - |w|, less than
 * LLONG_MAX, so a vertex with no path at all gets a "distance" of about 9.2 * 10^18
 * (and a positive w overflows, in practice to a hugely negative value). The rest is
 * the reference's method. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    bool changed = true;
    for (size_t round = 1; round < n && changed; round++) {
        changed = false;
        for (size_t i = 0; i < m; i++) {
            /* dist[u] + w, wrapped as the machine does (in unsigned arithmetic, so
             * that the compiler has no undefined behaviour to exploit) */
            long long d = (long long)((unsigned long long)dist[edges[i].from] +
                                      (unsigned long long)edges[i].weight); /* the bug */
            if (d < dist[edges[i].to]) {
                dist[edges[i].to] = d;
                changed = true;
            }
        }
    }
    while (changed) {
        changed = false;
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from], *to = &dist[edges[i].to];
            if (*to == LLONG_MIN)
                continue;
            if (from == LLONG_MIN ||
                (long long)((unsigned long long)from + (unsigned long long)edges[i].weight) < *to) {
                *to = LLONG_MIN;
                changed = true;
            }
        }
    }
}
