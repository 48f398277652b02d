/* Known-bad (wrong answer): the reference's method with distances kept in int
 * (INT_MAX for unreachable), copied out at the end. Weights fit in an int, but
 * three edges of -10^9 already pass INT_MIN: the sum wraps (written here with
 * unsigned arithmetic, as the machine wraps, so the compiler has no undefined
 * behaviour to exploit), and a long negative path comes out positive. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

#define NEG_INF INT_MIN

static int add(int a, long long w) { return (int)((unsigned)a + (unsigned)(int)w); }

void bellman_ford(size_t n, const bellman_ford_edge *edges, size_t m, size_t source,
                  long long *dist)
{
    int *d = malloc(n * sizeof *d);
    for (size_t v = 0; v < n; v++)
        d[v] = INT_MAX;
    d[source] = 0;
    bool changed = true;
    for (size_t round = 1; round < n && changed; round++) {
        changed = false;
        for (size_t i = 0; i < m; i++) {
            int from = d[edges[i].from];
            if (from != INT_MAX && add(from, edges[i].weight) < d[edges[i].to]) {
                d[edges[i].to] = add(from, edges[i].weight);
                changed = true;
            }
        }
    }
    while (changed) {
        changed = false;
        for (size_t i = 0; i < m; i++) {
            int from = d[edges[i].from], *to = &d[edges[i].to];
            if (from == INT_MAX || *to == NEG_INF)
                continue;
            if (from == NEG_INF || add(from, edges[i].weight) < *to) {
                *to = NEG_INF;
                changed = true;
            }
        }
    }
    for (size_t v = 0; v < n; v++)
        dist[v] = d[v] == INT_MAX ? LLONG_MAX : d[v] == NEG_INF ? LLONG_MIN : d[v];
    free(d);
}
