/* Known-bad (wrong answer): n - 1 rounds, then n more in which any improvement
 * sets LLONG_MIN, with the same test as before: dist[u] + w < dist[v]. Once u is
 * LLONG_MIN, a negative w wraps LLONG_MIN + w around to about +9.2 * 10^18, which
 * is not less than anything: the -inf stops at the first negative edge after the
 * cycle, and the vertex behind it keeps its finite value. (The wrap is written in
 * unsigned arithmetic, as the machine wraps, so the compiler has no undefined
 * behaviour to exploit.) */
#include "bellman_ford.h"

#include <limits.h>

static long long plus(long long a, long long w)
{
    return (long long)((unsigned long long)a + (unsigned long long)w);
}

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    for (size_t v = 0; v < n; v++)
        dist[v] = LLONG_MAX;
    dist[source] = 0;
    for (size_t round = 1; round < n; round++)
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            if (from != LLONG_MAX && plus(from, edges[i].weight) < dist[edges[i].to])
                dist[edges[i].to] = plus(from, edges[i].weight);
        }
    for (size_t round = 0; round < n; round++)
        for (size_t i = 0; i < m; i++) {
            long long from = dist[edges[i].from];
            if (from != LLONG_MAX && plus(from, edges[i].weight) < dist[edges[i].to])
                dist[edges[i].to] = LLONG_MIN; /* the bug: LLONG_MIN is added to above */
        }
}
