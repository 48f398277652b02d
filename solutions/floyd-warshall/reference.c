/* Reference solution of floyd-warshall.
 *
 * Idea: Floyd-Warshall. Start from the one-edge distances (0 on the diagonal,
 * the cheapest of any parallel edges, FW_INF where there is no edge; a negative
 * self-loop stays below 0 on the diagonal), then for k = 0..n-1 let every pair
 * (i, j) go through k: dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j]).
 * After step k, dist[i][j] is at most the length of every simple path whose
 * inner vertices are all below k + 1, so k must be the outer loop: with k inside,
 * dist[i][j] is final before the pairs it needs have been computed.
 *
 * Negative cycles: every vertex k on one ends with dist[k][k] < 0 (the cycle,
 * read from k back to k, is one of the paths the bound above covers), and a
 * dist[k][k] < 0 is always the length of a real closed walk, which then touches
 * a negative cycle. So afterwards a pair is FW_NEG_INF exactly when some k has
 * dist[k][k] < 0, i reaches k and k reaches j; one more pass over (k, i, j)
 * marks them.
 *
 * Complexity: Theta(n^3) time for the k loop and at most as much for the
 * marking, O(1) memory beyond the matrix.
 *
 * Traps: FW_INF + a weight overflows (or, with a "big" sentinel, INF - 5 looks
 * like a path): a pair through k is tried only when both halves exist. Around
 * a negative cycle the values can double with every k, far past the range of
 * long long; a signed overflow is undefined behaviour, and what the wrapped
 * values then do is luck. So a sum is clamped at FLOOR = -2^62: two values at
 * or above it add to at least -2^63, always in range. FLOOR is far below
 * -(n-1) * 10^9, the most negative real distance, so the clamp never touches a
 * finite answer; and it is not how -inf is found (a cycle of weight -1 leaves
 * the values nowhere near it): the dist[k][k] < 0 pass is. Distances need 64
 * bits: three edges of 10^9 already pass 2^31. */
#include "floyd_warshall.h"

#define FLOOR (-(1LL << 62))

void floyd_warshall(size_t n, const fw_edge *edges, size_t m, long long *dist)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            dist[i * n + j] = i == j ? 0 : FW_INF;
    for (size_t e = 0; e < m; e++) {
        long long *d = &dist[edges[e].from * n + edges[e].to];
        if (edges[e].weight < *d)
            *d = edges[e].weight;
    }

    for (size_t k = 0; k < n; k++) {
        const long long *row_k = dist + k * n;
        for (size_t i = 0; i < n; i++) {
            long long ik = dist[i * n + k];
            if (ik == FW_INF)
                continue;
            long long *row_i = dist + i * n;
            for (size_t j = 0; j < n; j++) {
                if (row_k[j] == FW_INF)
                    continue;
                long long through = ik + row_k[j];
                if (through < row_i[j])
                    row_i[j] = through < FLOOR ? FLOOR : through;
            }
        }
    }

    /* Marking writes FW_NEG_INF only where a path exists and the answer is -inf,
     * so a marked entry still says "i reaches j". When dist[i][k] is marked
     * already, i reaches k through a vertex k0 marked earlier, and k0 reaches
     * everything k reaches: row i is done for k (on a graph full of cycles this
     * skips nearly every row). */
    for (size_t k = 0; k < n; k++) {
        if (dist[k * n + k] >= 0)
            continue;
        const long long *row_k = dist + k * n;
        for (size_t i = 0; i < n; i++) {
            long long ik = dist[i * n + k];
            if (ik == FW_INF || ik == FW_NEG_INF)
                continue;
            long long *row_i = dist + i * n;
            for (size_t j = 0; j < n; j++)
                if (row_k[j] != FW_INF)
                    row_i[j] = FW_NEG_INF;
        }
    }
}
