/* Known-bad attempt (TLE): a correct forest with neither optimisation: union links
 * a's root under b's root, whatever the sizes, and find walks up one parent at a
 * time without compressing. Random unions keep the trees shallow, and the
 * descending chain union(n-2,n-1), union(n-3,n-2), ... puts every element straight
 * under n - 1, but the ascending chain union(0,1), union(1,2), ... makes the old
 * root the child every time: one path of length n - 1, and every later find walks
 * it. O(n) per operation. */
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
    uf->parent[ra] = rb; /* the bug: no union by size or rank, and no compression */
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
