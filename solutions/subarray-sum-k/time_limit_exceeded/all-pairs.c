/* Known-bad (time): tries every start and extends the sum one element at a time.
 * Correct, with long long sums and count, but O(n^2): 5 * 10^11 additions at
 * n = 10^6. */
#include "subarray_sum_k.h"

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    long long count = 0;
    for (size_t i = 0; i < n; i++) {
        long long sum = 0;
        for (size_t j = i; j < n; j++) {
            sum += nums[j];
            if (sum == k)
                count++;
        }
    }
    return count;
}
