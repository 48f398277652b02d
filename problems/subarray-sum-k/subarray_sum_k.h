/* The API of "Subarray Sum Equals K": count the contiguous non-empty subarrays of
 * nums whose elements add up to exactly k. */
#ifndef SUBARRAY_SUM_K_H
#define SUBARRAY_SUM_K_H

#include <stddef.h>

/* nums: n ints, owned by the caller and read-only for you (NULL when n is 0).
 * Any memory you allocate, you free before returning.
 * Returns the number of pairs (i, j), 0 <= i <= j < n, with
 * nums[i] + ... + nums[j] == k. */
long long subarray_sum_k(const int *nums, size_t n, long long k);

#endif
