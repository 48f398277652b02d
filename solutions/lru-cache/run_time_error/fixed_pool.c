/* Known-bad attempt (RE): a correct hash map + recency list whose node pool has a
 * fixed 1000 entries ("the capacity is at most a few thousand", as on LeetCode).
 * Once more than 1000 keys are live, new nodes are written past the end of the
 * pool, through the rest of the heap, until the program dies with SIGSEGV. */
#include "lru_cache.h"

#include <stdint.h>
#include <stdlib.h>

enum { MAX_KEYS = 1000, NBUCKETS = 1024 };

struct node {
    int key, value;
    uint32_t prev, next, chain;
};

struct lru_cache {
    struct node *nodes;
    uint32_t *buckets;
    uint32_t capacity, used;
};

static uint32_t bucket_of(int key)
{
    uint32_t h = (uint32_t)key;
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h & (NBUCKETS - 1);
}

static uint32_t *chain_link(lru_cache *c, int key)
{
    uint32_t *link = &c->buckets[bucket_of(key)];
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
    lru_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->buckets = calloc(NBUCKETS, sizeof *c->buckets);
    c->nodes = malloc((MAX_KEYS + 1) * sizeof *c->nodes); /* the bug: not capacity + 1 */
    if (!c->nodes || !c->buckets) {
        lru_free(c);
        return NULL;
    }
    c->nodes[0].prev = c->nodes[0].next = 0;
    c->capacity = (uint32_t)capacity;
    return c;
}

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
        uint32_t *head = &c->buckets[bucket_of(key)];
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
