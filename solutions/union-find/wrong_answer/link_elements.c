/* Known-bad attempt (WA): path halving and a correct root check, but the merge
 * links the element a under b (parent[a] = b) instead of a's root under b's root.
 * When a is not a root, a leaves its old tree: the elements above it are cut off
 * into a set of their own, and same answers false for elements that were merged. */
#include "union_find.h"

#include <stdlib.h>

struct union_find {
    size_t *parent;
    size_t count;
};

union_find *uf_create(size_t n)
{
    union_find *uf = malloc(sizeof *uf);
    if (!uf)
        return NULL;
    uf->parent = malloc(n * sizeof *uf->parent);
    if (!uf->parent) {
        free(uf);
        return NULL;
    }
    for (size_t v = 0; v < n; v++)
        uf->parent[v] = v;
    uf->count = n;
    return uf;
}

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
    if (find(uf, a) == find(uf, b))
        return false;
    uf->parent[a] = b; /* the bug: a's root should go under b's root */
    uf->count--;
    return true;
}

bool uf_same(union_find *uf, size_t a, size_t b) { return find(uf, a) == find(uf, b); }

size_t uf_count(union_find *uf) { return uf->count; }

void uf_free(union_find *uf)
{
    free(uf->parent);
    free(uf);
}
