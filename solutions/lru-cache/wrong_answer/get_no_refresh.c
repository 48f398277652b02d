/* Known-bad attempt (WA): a hash map plus a recency list where only put moves a
 * key to the front; get reads the value but leaves the key where it was, so a key
 * that is read often is still evicted as if it were never used. */
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
    uint32_t mask, capacity, used;
};

static uint32_t bucket_of(const lru_cache *c, int key)
{
    uint32_t h = (uint32_t)key * 0x9e3779b9U;
    return (h ^ (h >> 16)) & c->mask;
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
    if (!c->nodes || !c->buckets) {
        lru_free(c);
        return NULL;
    }
    c->mask = (uint32_t)(nbuckets - 1);
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
    /* the bug: no list_remove + list_push_front here */
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
