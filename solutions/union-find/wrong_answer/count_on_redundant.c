/* Known-bad attempt (WA): union by size and path halving, correct and fast, but the
 * count of sets drops on every call of uf_union, also when a and b were already in
 * the same set (a == b included): uf_count then falls below the real number of
 * sets after the first redundant union. */
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
    uf->count--; /* the bug: before the check that a merge happens */
    if (ra == rb)
        return false;
    if (uf->size[ra] < uf->size[rb]) {
        size_t t = ra;
        ra = rb;
        rb = t;
    }
    uf->parent[rb] = ra; /* the smaller tree goes under the larger one */
    uf->size[ra] += uf->size[rb];
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
