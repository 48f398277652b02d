/* Reference for union-find, written as the editorial.
 *
 * Idea: a forest. Each set is a tree whose root stands for the whole set, and
 * parent[v] points one step towards that root (a root is its own parent). find(v)
 * walks up to the root; two elements are in the same set exactly when they have the
 * same root; union links one root under the other. The number of sets starts at n
 * and drops by one on each union that really merges two trees.
 *
 * Two optimisations keep the trees shallow:
 * - union by size: the root of the smaller tree goes under the root of the larger
 *   one, so an element's depth grows only when its tree at least doubles: depth
 *   <= log2 n;
 * - path compression, here as path halving: while walking up, every other node is
 *   re-pointed to its grandparent, which roughly halves the path for the next walk,
 *   with no recursion and no second pass.
 * Either one alone gives O(log n) per operation (amortised, for compression); both
 * together give O(alpha(n)) amortised, where alpha, the inverse Ackermann function,
 * is at most 4 for any n that fits in memory. O(n) memory: two arrays.
 *
 * Traps: with neither optimisation, a chain of unions such as (0,1), (1,2), (2,3)...
 * builds a path n long whichever way the roots are linked (a under b on ascending
 * chains, b under a on descending ones), and every later find walks it: O(n) per
 * operation, about 10^11 steps here. Link the roots, never the elements themselves
 * (parent[a] = b loses the rest of a's set). A union of two elements already in one
 * set, a == b included, merges nothing: return false and leave the count alone.
 * Compare roots in uf_same, not parents. uf_free releases both arrays and the
 * struct: three blocks. */
#include "union_find.h"

#include <stdlib.h>

struct union_find {
    size_t *parent; /* parent[v] == v for a root */
    size_t *size;   /* size[r]: the number of elements in r's tree; only roots' are kept */
    size_t count;   /* the number of sets */
};

union_find *uf_create(size_t n)
{
    union_find *uf = malloc(sizeof *uf);
    if (!uf)
        return NULL;
    uf->parent = malloc(n * sizeof *uf->parent);
    uf->size = malloc(n * sizeof *uf->size);
    if (!uf->parent || !uf->size) {
        uf_free(uf);
        return NULL;
    }
    for (size_t v = 0; v < n; v++) {
        uf->parent[v] = v;
        uf->size[v] = 1;
    }
    uf->count = n;
    return uf;
}

/* The root of v's tree, halving the path on the way up. */
static size_t find(union_find *uf, size_t v)
{
    size_t *parent = uf->parent;
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

bool uf_union(union_find *uf, size_t a, size_t b)
{
    size_t ra = find(uf, a), rb = find(uf, b);
    if (ra == rb)
        return false;
    if (uf->size[ra] < uf->size[rb]) {
        size_t t = ra;
        ra = rb;
        rb = t;
    }
    uf->parent[rb] = ra; /* the smaller tree goes under the larger one */
    uf->size[ra] += uf->size[rb];
    uf->count--;
    return true;
}

bool uf_same(union_find *uf, size_t a, size_t b) { return find(uf, a) == find(uf, b); }

size_t uf_count(union_find *uf) { return uf->count; }

void uf_free(union_find *uf)
{
    if (!uf)
        return;
    free(uf->parent);
    free(uf->size);
    free(uf);
}
