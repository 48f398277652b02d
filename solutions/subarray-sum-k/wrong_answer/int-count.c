/* Known-bad: the right algorithm with the number of subarrays kept in an int.
 * Right while the answer is below 2^31; n zeros with k = 0 have n(n+1)/2 answers,
 * past 2^31 from n = 65536 on, and the count wraps. */
#include "subarray_sum_k.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    long long key;
    int count;
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

    long long prefix = 0;
    int total = 0; /* the bug: the answer can be 5 * 10^11 */
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
