/* Known-bad attempt (TLE): union by size without path compression, which would be
 * O(log n) per operation, but the merge adds the sizes to the root that just became
 * a child. The new root's size stays what it was, so the sizes lie: on the chain
 * union(0,1), union(1,2), ... the new element's root always looks at least as big,
 * the whole tree goes under it, and the tree becomes one path of length n - 1. */
#include "union_find.h"

#include <stdlib.h>

struct union_find {
    size_t *parent;
    size_t *size;
    size_t count;
};

union_find *uf_create(size_t n)
{
    union_find *uf = malloc(sizeof *uf);
    if (!uf)
        return NULL;
    uf->parent = malloc(n * sizeof *uf->parent);
    uf->size = malloc(n * sizeof *uf->size);
    if (!uf->parent || !uf->size) {
        free(uf->parent);
        free(uf->size);
        free(uf);
        return NULL;
    }
    for (size_t v = 0; v < n; v++) {
        uf->parent[v] = v;
        uf->size[v] = 1;
    }
    uf->count = n;
    return uf;
}

static size_t find(const union_find *uf, size_t v)
{
    while (uf->parent[v] != v)
        v = uf->parent[v];
    return v;
}

bool uf_union(union_find *uf, size_t a, size_t b)
{
    size_t ra = find(uf, a), rb = find(uf, b);
    if (ra == rb)
        return false;
    if (uf->size[ra] <= uf->size[rb]) {
        uf->parent[ra] = rb;
        uf->size[ra] += uf->size[rb]; /* the bug: rb is the root now */
    } else {
        uf->parent[rb] = ra;
        uf->size[rb] += uf->size[ra]; /* the bug: ra is the root now */
    }
    uf->count--;
    return true;
}

bool uf_same(union_find *uf, size_t a, size_t b) { return find(uf, a) == find(uf, b); }

size_t uf_count(union_find *uf) { return uf->count; }

void uf_free(union_find *uf)
{
    free(uf->parent);
    free(uf->size);
    free(uf);
}
