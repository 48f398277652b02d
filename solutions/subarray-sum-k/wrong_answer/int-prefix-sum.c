/* Known-bad: the right algorithm (prefix sums in a hash map) with the prefix sum
 * kept in an int, as in the version of this problem with small values. Right while
 * every prefix sum fits in 32 bits; once values near 10^9 add up past 2^31 the sum
 * wraps and the look-ups miss. */
#include "subarray_sum_k.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    long long key;
    long long count;
} slot;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    x ^= x >> 31;
    return x;
}

static slot *find(slot *table, size_t mask, long long key)
{
    size_t i = (size_t)mix((uint64_t)key) & mask;
    while (table[i].count != 0 && table[i].key != key)
        i = (i + 1) & mask;
    return &table[i];
}

long long subarray_sum_k(const int *nums, size_t n, long long k)
{
    size_t size = 2;
    while (size < 2 * (n + 1))
        size *= 2;
    slot *table = calloc(size, sizeof *table);
    if (!table)
        return -1;
    size_t mask = size - 1;

    int prefix = 0; /* the bug: 10^6 values of 10^9 need 50 bits */
    long long total = 0;
    slot *s = find(table, mask, 0);
    s->key = 0;
    s->count = 1;
    for (size_t j = 0; j < n; j++) {
        prefix += nums[j];
        total += find(table, mask, prefix - k)->count;
        s = find(table, mask, prefix);
        s->key = prefix;
        s->count++;
    }
    free(table);
    return total;
}
