/* All-pairs shortest paths on a directed graph whose weights may be negative: the
 * API a solution implements (see statement.md for the full contract). */
#ifndef FLOYD_WARSHALL_H
#define FLOYD_WARSHALL_H

#include <limits.h>
#include <stddef.h>

typedef struct {
    size_t from, to;  /* vertices in 0..n-1; from == to (a self-loop) is allowed */
    long long weight; /* -10^9 <= weight <= 10^9 */
} fw_edge;

#define FW_INF LLONG_MAX     /* no path from i to j */
#define FW_NEG_INF LLONG_MIN /* paths from i to j as short as you like */

/* Fills the n x n matrix dist, row by row: dist[i * n + j] is the length of a
 * shortest path from i to j; FW_INF when no path leads from i to j; FW_NEG_INF
 * when some path from i to j passes a vertex that lies on a negative cycle. The
 * empty path makes dist[i * n + i] = 0 unless it is FW_NEG_INF.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must
 * not be modified. dist is allocated by the caller with exactly n * n entries
 * whose initial contents mean nothing; the function may use them as working
 * space but must set every one of them. Anything the function allocates, it
 * frees before returning. */
void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist);

#endif
