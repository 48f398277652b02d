/* Known-bad (memory limit exceeded): the transitive closure by Warshall's
 * algorithm on an n x n bit matrix, then u and v share a component when each
 * reaches the other, and components are numbered by decreasing reach. Correct and
 * fast enough for a few thousand vertices, but at n = 5*10^5 the matrix needs 31
 * GB: calloc refuses it under the memory limit (MLE, with its size), and the
 * write through the unchecked NULL that follows crashes. */
#include "scc.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    size_t reach, name;
} component;

static int by_reach(const void *a, const void *b)
{
    const component *x = a, *y = b;
    if (x->reach != y->reach)
        return x->reach > y->reach ? -1 : 1;
    return (x->name > y->name) - (x->name < y->name);
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t words = (n + 63) / 64;
    uint64_t *reach = calloc(n * words, sizeof *reach); /* the bug: n^2 bits, unchecked */
#define BIT(i, j) ((reach[(i)*words + (j) / 64] >> ((j) % 64)) & 1)
    for (size_t v = 0; v < n; v++)
        reach[v * words + v / 64] |= 1ULL << (v % 64);
    for (size_t i = 0; i < m; i++)
        reach[edges[i].from * words + edges[i].to / 64] |= 1ULL << (edges[i].to % 64);
    for (size_t via = 0; via < n; via++)
        for (size_t i = 0; i < n; i++)
            if (BIT(i, via))
                for (size_t w = 0; w < words; w++)
                    reach[i * words + w] |= reach[via * words + w];

    size_t *name = malloc(n * sizeof *name), *number = malloc(n * sizeof *number);
    component *list = malloc(n * sizeof *list);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        name[i] = i;
        for (size_t j = 0; j < i; j++)
            if (BIT(i, j) && BIT(j, i)) {
                name[i] = j;
                break;
            }
        if (name[i] == i) {
            size_t count = 0;
            for (size_t w = 0; w < words; w++)
                count += (size_t)__builtin_popcountll(reach[i * words + w]);
            list[k++] = (component){count, i};
        }
    }
    qsort(list, k, sizeof *list, by_reach);
    for (size_t c = 0; c < k; c++)
        number[list[c].name] = c;
    for (size_t v = 0; v < n; v++)
        comp[v] = number[name[v]];
    free(list);
    free(number);
    free(name);
    free(reach);
    return k;
}
