/* Starting point for "Subarray Sum Equals K": replace the body with your solution.
 * It compiles and runs as is, but the answer it returns is a placeholder. */
#include "subarray_sum_k.h"

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    (void)nums;
    (void)n;
    (void)k;
    return 0; /* TODO */
}
