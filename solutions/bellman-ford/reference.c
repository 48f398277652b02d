/* Reference solution of bellman-ford.
 *
 * Idea: Bellman-Ford on the edge list. Start with dist[source] = 0 and every other
 * vertex at LLONG_MAX (unreachable), then relax every edge u -> v, dist[v] =
 * min(dist[v], dist[u] + w), in rounds. A shortest path that exists is simple, so
 * it has at most n - 1 edges, and after round k every vertex whose shortest path
 * has at most k edges has its final distance: n - 1 rounds settle every vertex that
 * has a shortest path at all. A round that changes nothing means no round ever
 * will: stop early, there is no negative cycle to find.
 *
 * Then the vertices with no shortest path. After n - 1 rounds, a vertex that still
 * improves is not settled, so paths to it get arbitrarily short: mark it LLONG_MIN.
 * Every negative cycle reachable from the source has such a vertex (if no edge of
 * the cycle could still improve, summing dist[b] <= dist[a] + w around it would
 * give 0 <= its weight). Each vertex reachable from a marked one is marked too,
 * by repeating passes that carry LLONG_MIN along edges until one marks nothing
 * (each pass but the last marks a new vertex, so there are at most n + 1).
 *
 * Complexity: O(n * m) time (n - 1 rounds, then at most n + 1 marking passes, each
 * over the m edges: 2 * 10^7 edge visits at the largest size), O(1) extra memory.
 *
 * Range: LLONG_MAX is never added to (an edge out of a vertex not reached yet is
 * skipped: LLONG_MAX + w overflows, and LLONG_MAX + (-5) would "reach" a vertex
 * that has no path at all), and LLONG_MIN is never added to (it is carried along
 * as it is: LLONG_MIN + (-5) wraps to a huge positive value). Every other value is
 * the length of a real walk. A round extends a walk by at most m edges (each edge
 * is relaxed once per round), so after n - 1 rounds |dist| <= (n - 1) * m * 10^9,
 * about 10^16, far inside the +-9.2 * 10^18 of a long long: near a negative cycle
 * values fall by up to m * 10^9 a round, but there are only n rounds, so no clamp
 * is needed. (A solution that keeps relaxing longer, say until a queue empties,
 * can clamp: a value below -(n - 1) * 10^9 is shorter than any simple path, so it
 * already proves LLONG_MIN.)
 *
 * Traps: marking only the vertices that improve in round n, or only those on the
 * cycle, misses what lies after it. A vertex after the cycle need not improve at
 * all for a long time (a cycle of weight -1 behind an edge of +10^9, when the
 * source also reaches the vertex directly at -10^9), so comparing values before
 * and after n more rounds misses it too; and one pass to carry LLONG_MIN reaches
 * only as far as the edges come in order. A negative cycle the source cannot reach
 * changes nothing. A negative self-loop is a negative cycle; so is one through
 * the source, whose edges into the source count like any other. All n - 1
 * rounds are needed (a path listed last edge first settles one vertex a round).
 * Distances pass 2^31. Dijkstra settles a vertex for good when it is popped,
 * which a later negative edge proves wrong. */
#include "bellman_ford.h"

#include <limits.h>
#include <stdbool.h>

/* One round of relaxation over every edge; true when some dist improved. */
static bool relax_round(const bellman_ford_edge *edges, size_t m, long long *dist)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        long long from = dist[edges[i].from];
        if (from == LLONG_MAX)
            continue; /* not reached (yet): nothing to relax from */
        long long d = from + edges[i].weight;
        if (d < dist[edges[i].to]) {
            dist[edges[i].to] = d;
            changed = true;
        }
    }
    return changed;
}

/* One pass that marks LLONG_MIN on every edge's end that still improves, or whose
 * start is marked; true when it marked a vertex. */
static bool mark_round(const bellman_ford_edge *edges, size_t m, long long *dist)
{
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        long long from = dist[edges[i].from];
        long long *to = &dist[edges[i].to];
        if (from == LLONG_MAX || *to == LLONG_MIN)
            continue;
        if (from == LLONG_MIN || from + edges[i].weight < *to) {
            *to = LLONG_MIN;
            changed = true;
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
        if (!relax_round(edges, m, dist))
            return; /* settled: no negative cycle is reachable */
    while (mark_round(edges, m, dist))
        ;
}
