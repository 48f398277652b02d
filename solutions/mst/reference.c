/* Reference solution of mst.
 *
 * Idea: Kruskal's algorithm. Sort the edges by weight (a copy: the caller's array
 * is read-only, and the answer is the original indices) and take each edge,
 * lightest first, unless its endpoints are already connected by the edges taken so
 * far. A union-find structure answers "already connected?": union by size keeps
 * every tree O(log n) deep, and path halving flattens the paths it walks. Why it is
 * minimal: an edge Kruskal takes is a lightest edge across the cut between its
 * endpoint's component and the rest of the graph, and some minimum spanning tree
 * holds every such edge. Self-loops are never taken (both ends are in one
 * component), and of parallel edges only the lightest can be.
 *
 * Complexity: O(m) for the sort (a radix sort: weights are integers of at most 42
 * bits once shifted to be non-negative), O(m alpha(n)) for the union-find, O(n + m)
 * memory. qsort with a comparator, O(m log m), is just as good an answer; the radix
 * sort only keeps this solution far below the time limit.
 *
 * Traps: the "already connected?" test must be a union-find, not a search of the
 * forest built so far (a DFS per edge is O(n) each, O(n * m) in all), and the
 * union-find needs union by size or path compression (naive linking on a star
 * grows a chain n/2 deep). Prim's algorithm with an O(n) scan for the next vertex
 * is O(n^2): far too slow at n = 5 * 10^5. Weights reach 10^12 and totals
 * 5 * 10^17: keep them in long long, and compare weights with < and > (a - b
 * returned as an int wraps around). The answer is the edges' indices in the
 * caller's array, 0-based, not their positions after the sort. */
#include "mst.h"

#include <stdint.h>
#include <stdlib.h>

#define MAX_W 1000000000000LL /* |weight| <= 10^12 */

/* One edge to sort: its weight, its endpoints (so the union-find loop reads the
 * sorted array in order instead of jumping around the caller's) and its index.
 * n <= 5 * 10^5, so 32-bit vertex numbers suffice and halve the memory touched. */
typedef struct {
    long long weight;
    uint32_t u, v;
    size_t index;
} sorted_edge;

enum { DIGIT_BITS = 14, DIGITS = 1 << DIGIT_BITS, PASSES = 3 };

static size_t digit(const sorted_edge *e, int pass)
{
    unsigned long long key = (unsigned long long)(e->weight + MAX_W); /* 0 .. 2*10^12 < 2^42 */
    return (size_t)(key >> (pass * DIGIT_BITS)) & (DIGITS - 1);
}

/* Least-significant-digit radix sort by weight: PASSES stable counting sorts of
 * DIGIT_BITS bits each, back and forth between a and b (m entries each). Returns
 * whichever of the two holds the sorted edges. */
static sorted_edge *sort_by_weight(sorted_edge *a, sorted_edge *b, size_t m)
{
    size_t *count = malloc(DIGITS * sizeof *count);
    if (!count)
        abort();
    for (int pass = 0; pass < PASSES; pass++) {
        for (size_t d = 0; d < DIGITS; d++)
            count[d] = 0;
        for (size_t i = 0; i < m; i++)
            count[digit(&a[i], pass)]++;
        size_t at = 0;
        for (size_t d = 0; d < DIGITS; d++) {
            size_t c = count[d];
            count[d] = at; /* where the first entry with digit d goes */
            at += c;
        }
        for (size_t i = 0; i < m; i++)
            b[count[digit(&a[i], pass)]++] = a[i];
        sorted_edge *t = a;
        a = b;
        b = t;
    }
    free(count);
    return a;
}

/* The representative of v's component; path halving points every other vertex
 * on the way at its grandparent. */
static uint32_t find(uint32_t *parent, uint32_t v)
{
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

long long mst(size_t n, const mst_edge *edges, size_t m, size_t *chosen)
{
    sorted_edge *a = malloc((m ? m : 1) * sizeof *a), *b = malloc((m ? m : 1) * sizeof *b);
    uint32_t *parent = malloc(n * sizeof *parent), *size = malloc(n * sizeof *size);
    if (!a || !b || !parent || !size)
        abort();
    for (size_t i = 0; i < m; i++)
        a[i] = (sorted_edge){edges[i].weight, (uint32_t)edges[i].u, (uint32_t)edges[i].v, i};
    const sorted_edge *order = sort_by_weight(a, b, m);
    for (size_t v = 0; v < n; v++) {
        parent[v] = (uint32_t)v;
        size[v] = 1;
    }

    long long total = 0;
    size_t taken = 0;
    for (size_t k = 0; k < m && taken + 1 < n; k++) {
        uint32_t x = find(parent, order[k].u), y = find(parent, order[k].v);
        if (x == y)
            continue; /* a self-loop, or the endpoints are already connected */
        if (size[x] < size[y]) {
            uint32_t t = x;
            x = y;
            y = t;
        }
        parent[y] = x; /* the smaller tree goes under the larger one */
        size[x] += size[y];
        chosen[taken++] = order[k].index;
        total += order[k].weight;
    }
    free(size);
    free(parent);
    free(b);
    free(a);
    return total;
}
