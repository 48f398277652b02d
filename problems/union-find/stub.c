/* Starting point for union-find: define struct union_find and fill in the five
 * functions (see statement.md). As written it compiles and is judged Wrong Answer. */
#include "union_find.h"

#include <stdlib.h>

struct union_find {
    size_t n;
    /* your fields here */
};

union_find *uf_create(size_t n)
{
    union_find *uf = malloc(sizeof *uf);
    if (uf)
        uf->n = n;
    return uf;
}

bool uf_union(union_find *uf, size_t a, size_t b)
{
    (void)uf;
    (void)a;
    (void)b;
    return false;
}

bool uf_same(union_find *uf, size_t a, size_t b)
{
    (void)uf;
    return a == b;
}

size_t uf_count(union_find *uf) { return uf->n; }

void uf_free(union_find *uf) { free(uf); }
