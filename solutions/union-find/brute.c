/* Brute force for union-find: quick-find. label[v] names v's set (at first v's own
 * number); a union that merges relabels every element of one set with the other's
 * label by scanning all n labels; same compares two labels. O(n) per merging union,
 * O(1) for the rest: obviously correct, and slow. No tree, no find. */
#include "union_find.h"

#include <stdlib.h>

struct union_find {
    size_t *label;
    size_t n, count;
};

union_find *uf_create(size_t n)
{
    union_find *uf = malloc(sizeof *uf);
    if (!uf)
        return NULL;
    uf->label = malloc(n * sizeof *uf->label);
    if (!uf->label) {
        free(uf);
        return NULL;
    }
    for (size_t v = 0; v < n; v++)
        uf->label[v] = v;
    uf->n = uf->count = n;
    return uf;
}

bool uf_union(union_find *uf, size_t a, size_t b)
{
    size_t from = uf->label[a], to = uf->label[b];
    if (from == to)
        return false;
    for (size_t v = 0; v < uf->n; v++)
        if (uf->label[v] == from)
            uf->label[v] = to;
    uf->count--;
    return true;
}

bool uf_same(union_find *uf, size_t a, size_t b) { return uf->label[a] == uf->label[b]; }

size_t uf_count(union_find *uf) { return uf->count; }

void uf_free(union_find *uf)
{
    free(uf->label);
    free(uf);
}
