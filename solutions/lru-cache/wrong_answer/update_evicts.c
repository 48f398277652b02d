/* Known-bad attempt (WA): put checks "is the cache full?" before "is the key
 * already here?", so updating a present key in a full cache evicts the least
 * recently used key for nothing. Otherwise a correct, fast hash map + list. */
#include "lru_cache.h"

#include <stdint.h>
#include <stdlib.h>

struct node {
    int key, value;
    uint32_t prev, next, chain;
};

struct lru_cache {
    struct node *nodes;
    uint32_t *buckets;
    uint32_t *free_nodes; /* stack of node indices not in use */
    uint32_t mask, capacity, size, nfree;
};

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
    lru_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    size_t nbuckets = 2;
    while (nbuckets < 2 * capacity)
        nbuckets *= 2;
    c->nodes = calloc(capacity + 1, sizeof *c->nodes);
    c->buckets = calloc(nbuckets, sizeof *c->buckets);
    c->free_nodes = malloc(capacity * sizeof *c->free_nodes);
    if (!c->nodes || !c->buckets || !c->free_nodes) {
        lru_free(c);
        return NULL;
    }
    for (uint32_t i = 0; i < capacity; i++)
        c->free_nodes[c->nfree++] = (uint32_t)capacity - i;
    c->mask = (uint32_t)(nbuckets - 1);
    c->capacity = (uint32_t)capacity;
    return c;
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

static void evict_oldest(lru_cache *c)
{
    uint32_t i = c->nodes[0].prev;
    list_remove(c->nodes, i);
    uint32_t *link = chain_link(c, c->nodes[i].key);
    *link = c->nodes[i].chain;
    c->free_nodes[c->nfree++] = i;
    c->size--;
}

void lru_put(lru_cache *c, int key, int value)
{
    if (c->size == c->capacity) /* the bug: the key may already be here */
        evict_oldest(c);
    uint32_t i = *chain_link(c, key);
    if (i) {
        list_remove(c->nodes, i);
    } else {
        i = c->free_nodes[--c->nfree];
        c->size++;
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
    free(c->free_nodes);
    free(c);
}
