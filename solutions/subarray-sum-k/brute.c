/* Subarray Sum Equals K, brute-force oracle: adds up every subarray from scratch,
 * O(n^3). Too slow for real tests; obviously right on small ones. */
#include "subarray_sum_k.h"

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    long long count = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j < n; j++) {
            long long sum = 0;
            for (size_t t = i; t <= j; t++)
                sum += nums[t];
            if (sum == k)
                count++;
        }
    return count;
}
