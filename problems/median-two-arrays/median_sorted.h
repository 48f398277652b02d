/* Median of two sorted arrays: the API a solution implements (see statement.md
 * for the full contract). */
#ifndef MEDIAN_SORTED_H
#define MEDIAN_SORTED_H

#include <stddef.h>

/* Returns the median of the m + n values of a and b together: the middle one when
 * m + n is odd, the mean of the two middle ones when it is even.
 *
 * a (m values) and b (n values) are sorted non-decreasing, belong to the caller
 * and are read-only. An empty side is NULL with length 0; m + n >= 1. Anything
 * the function allocates, it frees before returning. */
double median_sorted(const int *a, size_t m, const int *b, size_t n);

#endif
