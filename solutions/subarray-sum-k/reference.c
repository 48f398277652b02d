/* Subarray Sum Equals K, reference solution.
 *
 * Idea: with P[0] = 0 and P[j] = nums[0] + ... + nums[j-1], the subarray
 * nums[i..j-1] sums to k exactly when P[i] = P[j] - k. Scan j from left to right
 * and keep a hash map from each prefix sum seen so far to how many times it was
 * seen: the subarrays ending at j-1 are counted by one look-up of P[j] - k.
 * Looking up before inserting P[j] counts only i < j, so the empty subarray is
 * never counted (n = 0, k = 0 gives 0).
 *
 * Complexity: O(n) expected time, O(n) memory (a table of at most 4(n+1) slots).
 *
 * Traps:
 * - Width. |P[j]| reaches 10^6 * 10^9 = 10^15: an int prefix sum wraps after three
 *   elements of 10^9. The count reaches n(n+1)/2 = 5 * 10^11 (all zeros, k = 0):
 *   an int count wraps too. Both are long long.
 * - Negative numbers. A two-pointer sliding window is right only when every
 *   element is positive (then growing the window only grows the sum); zeros and
 *   negatives break it.
 * - Hashing. C has no hash map, so this is open addressing with linear probing.
 *   The classic hash `key & (size - 1)` puts every prefix sum that is a multiple
 *   of the table size into the same slot: with values that are multiples of 2^20,
 *   every probe walks one cluster of n keys and the run is O(n^2). The splitmix64
 *   finalizer makes every bit of the key matter to the low bits of the slot.
 */
#include "subarray_sum_k.h"

#include <stdint.h>
#include <stdlib.h>

/* A slot with count 0 is empty: every stored prefix sum was seen at least once,
 * so no key needs to be reserved as an "empty" marker. */
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

/* At most n + 1 distinct prefix sums in at least twice as many slots: load <= 1/2
 * keeps linear probes short. */
static size_t table_size(size_t n)
{
    size_t size = 2;
    while (size < 2 * (n + 1))
        size *= 2;
    return size;
}

/* The slot holding key, or the empty slot where it would go. */
static slot *find(slot *table, size_t mask, long long key)
{
    size_t i = (size_t)mix((uint64_t)key) & mask;
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
    size_t size = table_size(n);
    slot *table = calloc(size, sizeof *table);
    if (!table)
        return -1; /* no count is negative: the caller sees the failure */
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
