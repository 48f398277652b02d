/* Longest strictly increasing subsequence of an int array: the API a solution
 * implements (see statement.md for the full contract). */
#ifndef LIS_H
#define LIS_H

#include <stddef.h>

/* Writes into idx[0..len) the indices, in increasing order, of one longest strictly
 * increasing subsequence of a[0..n) (a[idx[0]] < a[idx[1]] < ...), and returns len.
 *
 * Ownership: a (n ints) belongs to the caller and is read-only; idx is allocated by
 * the caller with room for n entries, and entries past len are ignored. Both are
 * NULL when n is 0 (the answer is then 0). Anything the function allocates, it
 * frees before returning. */
size_t lis(const int *a, size_t n, size_t *idx);

#endif
