/* Known-bad (memory): no hash map, but a counting array indexed by the prefix sum
 * itself (one array for sums >= 0, one for sums < 0), grown a chunk at a time as
 * the prefix sum reaches new extremes. Correct and fast while the prefix sums
 * stay in a narrow range; with values near 10^9 they spread over up to 2 * 10^15
 * and the arrays outgrow any memory limit long before they cover the range. */
#include "subarray_sum_k.h"

#include <stdlib.h>
#include <string.h>

enum { CHUNK = 1 << 20 }; /* entries added per growth step: 4 MB */

/* 288 MB per array: past that the range cannot fit in the memory limit anyway,
 * and the cap keeps a run without limits from eating the whole machine. */
#define MAX_ENTRIES ((size_t)72 << 20)

typedef struct {
    int *count;
    size_t cap;
} counts;

static void cover(counts *c, size_t index)
{
    while (index >= c->cap) {
        if (c->cap >= MAX_ENTRIES)
            abort();
        int *grown = realloc(c->count, (c->cap + CHUNK) * sizeof *grown);
        if (!grown)
            abort();
        memset(grown + c->cap, 0, CHUNK * sizeof *grown);
        c->count = grown;
        c->cap += CHUNK;
    }
}

/* Sums >= 0 go to pos[sum], sums < 0 to neg[-sum - 1]. */
static size_t index_of(long long sum) { return sum >= 0 ? (size_t)sum : (size_t)(-(sum + 1)); }

static long long seen(const counts *pos, const counts *neg, long long sum)
{
    const counts *c = sum >= 0 ? pos : neg;
    size_t i = index_of(sum);
    return i < c->cap ? c->count[i] : 0;
}

static void add(counts *pos, counts *neg, long long sum)
{
    counts *c = sum >= 0 ? pos : neg;
    size_t i = index_of(sum);
    cover(c, i);
    c->count[i]++;
}

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    counts pos = {NULL, 0}, neg = {NULL, 0};
    long long prefix = 0, total = 0;
    add(&pos, &neg, prefix);
    for (size_t j = 0; j < n; j++) {
        prefix += nums[j];
        total += seen(&pos, &neg, prefix - k);
        add(&pos, &neg, prefix);
    }
    free(pos.count);
    free(neg.count);
    return total;
}
