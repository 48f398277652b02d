/* Reference for lru-cache, written as the editorial.
 *
 * Idea: two structures over the same nodes. A hash map finds a key's node in O(1);
 * a doubly linked list keeps the nodes in recency order (most recent right after
 * the sentinel, least recent right before it). get = look up, move the node to the
 * front. put = update and move to the front if the key is present; otherwise take a
 * fresh node, or, when the cache is full, the node at the back (the least recently
 * used), drop its old key from the map and reuse it for the new key.
 *
 * Every node comes from one pool of capacity + 1 nodes allocated at create (node 0
 * is the list's sentinel), linked by 32-bit indices, so an operation never calls
 * malloc and lru_free has three blocks to release. The map chains nodes into a
 * power-of-two number of buckets (at least twice the capacity); the key goes through
 * a full-avalanche 32-bit mixer first, so patterned keys (multiples of 2^16,
 * negative keys) still spread over every bucket instead of piling into one.
 *
 * Complexity: O(1) expected per operation, O(capacity) memory.
 *
 * Traps: get must refresh recency too, not only put; put on a present key updates
 * it in place and never evicts, even when the cache is full; with capacity 1 every
 * new key evicts the previous one; `key & mask` as the hash sends every multiple of
 * 2^16 to bucket 0 and makes each operation O(n); and -1 or 0 are ordinary values
 * and keys, never "empty" markers. */
#include "lru_cache.h"

#include <stdint.h>
#include <stdlib.h>

struct node {
    int key, value;
    uint32_t prev, next; /* recency list; 0 is the sentinel */
    uint32_t chain;      /* next node in the same bucket; 0 ends the chain */
};

struct lru_cache {
    struct node *nodes; /* nodes[0] is the sentinel, 1..capacity hold keys */
    uint32_t *buckets;  /* first node of each chain, 0 when empty */
    uint32_t mask, capacity, used;
};

/* lowbias32 (Chris Wellons): a bijective mixer where every input bit moves every
 * output bit, so the low bits used as the bucket depend on the whole key. */
static uint32_t bucket_of(const lru_cache *c, int key)
{
    uint32_t h = (uint32_t)key;
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h & c->mask;
}

/* The link that points at key's node, or at 0 when key is absent; returning the
 * link rather than the node lets a caller unchain the node in place. */
static uint32_t *chain_link(lru_cache *c, int key)
{
    uint32_t *link = &c->buckets[bucket_of(c, key)];
    while (*link && c->nodes[*link].key != key)
        link = &c->nodes[*link].chain;
    return link;
}

static void list_remove(struct node *n, uint32_t i)
{
    n[n[i].prev].next = n[i].next;
    n[n[i].next].prev = n[i].prev;
}

static void list_push_front(struct node *n, uint32_t i)
{
    n[i].prev = 0;
    n[i].next = n[0].next;
    n[n[0].next].prev = i;
    n[0].next = i;
}

lru_cache *lru_create(size_t capacity)
{
    if (capacity == 0 || capacity > (UINT32_MAX >> 2))
        return NULL;
    lru_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    size_t nbuckets = 2;
    while (nbuckets < 2 * capacity)
        nbuckets *= 2;
    c->nodes = malloc((capacity + 1) * sizeof *c->nodes);
    c->buckets = calloc(nbuckets, sizeof *c->buckets);
    if (!c->nodes || !c->buckets) {
        lru_free(c);
        return NULL;
    }
    c->nodes[0].prev = c->nodes[0].next = 0;
    c->mask = (uint32_t)(nbuckets - 1);
    c->capacity = (uint32_t)capacity;
    return c;
}

/* A node for a new key: a fresh one from the pool while there is room, otherwise
 * the least recently used one, taken out of the list and the map first. */
static uint32_t take_node(lru_cache *c)
{
    if (c->used < c->capacity)
        return ++c->used;
    uint32_t i = c->nodes[0].prev;
    list_remove(c->nodes, i);
    uint32_t *link = chain_link(c, c->nodes[i].key);
    *link = c->nodes[i].chain;
    return i;
}

bool lru_get(lru_cache *c, int key, int *value)
{
    uint32_t i = *chain_link(c, key);
    if (!i)
        return false;
    list_remove(c->nodes, i);
    list_push_front(c->nodes, i);
    *value = c->nodes[i].value;
    return true;
}

void lru_put(lru_cache *c, int key, int value)
{
    uint32_t i = *chain_link(c, key);
    if (i) {
        list_remove(c->nodes, i);
    } else {
        i = take_node(c);
        uint32_t *head = &c->buckets[bucket_of(c, key)];
        c->nodes[i].key = key;
        c->nodes[i].chain = *head;
        *head = i;
    }
    c->nodes[i].value = value;
    list_push_front(c->nodes, i);
}

void lru_free(lru_cache *c)
{
    if (!c)
        return;
    free(c->nodes);
    free(c->buckets);
    free(c);
}
