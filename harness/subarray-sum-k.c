/* Harness of the subarray-sum-k problem: reads `n k` and the n values, calls the
 * learner's subarray_sum_k() once, writes the count, and checks ownership: the
 * learner frees all they allocate, frees nothing of ours and leaves nums as it was. */
#include "harness.h"
#include "subarray_sum_k.h"

#include <stdint.h>
#include <stdlib.h>

/* A fingerprint instead of a copy: detecting a write to nums costs one pass and no
 * second 4 MB array in the learner's memory budget. */
static uint64_t fingerprint(const int *a, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint32_t)a[i] + i;
        h *= 0xbf58476d1ce4e5b9u;
        h ^= h >> 31;
    }
    return h;
}

int main(void)
{
    size_t n;
    long long k;
    if (harness_read_size(&n) < 0 || harness_read_ll(&k) < 0)
        harness_bad_input("the first line must hold n and k");
    int *nums = harness_read_ints(n);
    if (n > 0 && !nums)
        harness_bad_input("expected %zu integers after n and k", n);
    uint64_t before = fingerprint(nums, n);

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    long long count = subarray_sum_k(nums, n, k);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;
    bool freed_ours = left < 0;
    if (left > 0)
        harness_fail("subarray_sum_k left %ld block%s (%lld bytes) allocated", left,
                     left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (freed_ours)
        harness_fail("subarray_sum_k freed memory it does not own (nums belongs to the "
                     "caller)");
    else if (fingerprint(nums, n) != before)
        harness_fail("subarray_sum_k modified nums (it belongs to the caller and is "
                     "read-only)");

    fprintf(harness_answer(), "%lld\n", count);
    /* After a learner's free(nums), a second free would crash the harness. */
    if (!freed_ours)
        free(nums);
    return harness_finish();
}
