/* Known-bad (time): the reference algorithm with the textbook hash `key & mask`.
 * Correct and fast on random data, but prefix sums that are all multiples of 2^20
 * land in one or two slots of a 2^21-slot table: each probe walks a cluster of
 * up to n keys and the run is O(n^2). */
#include "subarray_sum_k.h"

#include <stdlib.h>

typedef struct {
    long long key;
    long long count;
} slot;

static slot *find(slot *table, size_t mask, long long key)
{
    size_t i = (size_t)key & mask; /* the bug: only the low bits of the key matter */
    while (table[i].count != 0 && table[i].key != key)
        i = (i + 1) & mask;
    return &table[i];
}

static void add(slot *table, size_t mask, long long key)
{
    slot *s = find(table, mask, key);
    s->key = key;
    s->count++;
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

    long long prefix = 0, total = 0;
    add(table, mask, prefix);
    for (size_t j = 0; j < n; j++) {
        prefix += nums[j];
        total += find(table, mask, prefix - k)->count;
        add(table, mask, prefix);
    }
    free(table);
    return total;
}
