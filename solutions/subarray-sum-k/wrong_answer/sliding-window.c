/* Known-bad: the two-pointer sliding window that solves the all-positive version.
 * It shrinks the window while its sum is above k, which is only right when adding
 * an element can never lower the sum: with a negative value (or a zero, which
 * gives several equal sums for one right end) it misses subarrays. O(n), never slow. */
#include "subarray_sum_k.h"

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    long long count = 0, sum = 0;
    size_t left = 0;
    for (size_t right = 0; right < n; right++) {
        sum += nums[right];
        while (left <= right && sum > k)
            sum -= nums[left++];
        if (left <= right && sum == k)
            count++;
    }
    return count;
}
