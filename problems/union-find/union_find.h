/* The API of union-find: a disjoint-set structure over the elements 0..n-1 that
 * merges sets and answers "are these two in the same set?" and "how many sets are
 * there?". The learner defines struct union_find (see statement.md).
 *
 * Ownership: uf_create allocates the structure and the caller owns it; every other
 * function receives that pointer, never NULL, and the caller hands it to uf_free
 * exactly once, after the last operation. uf_free must release every block the
 * structure allocated while it lived. Elements are plain size_t values: nothing
 * of the caller's is kept. */
#ifndef UNION_FIND_H
#define UNION_FIND_H

#include <stdbool.h>
#include <stddef.h>

typedef struct union_find union_find;

/* Makes n singleton sets {0}, {1}, ..., {n-1}, with 1 <= n <= 5*10^5. Returns NULL
 * only when memory runs out. */
union_find *uf_create(size_t n);

/* Merges the set holding a with the set holding b (0 <= a, b < n). Returns true
 * when they were two different sets, now one; false when a and b were already in
 * the same set, and then nothing changes. a == b is allowed: it returns false. */
bool uf_union(union_find *uf, size_t a, size_t b);

/* Returns true when a and b (0 <= a, b < n) are in the same set; a == b gives
 * true. It may reorganise the structure (path compression), never its sets. */
bool uf_same(union_find *uf, size_t a, size_t b);

/* The number of sets: n after uf_create, one less after each uf_union that
 * returned true, unchanged by every other call. */
size_t uf_count(union_find *uf);

/* Releases every block the structure allocated. Called exactly once. */
void uf_free(union_find *uf);

#endif
