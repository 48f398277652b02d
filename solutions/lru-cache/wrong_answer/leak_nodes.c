/* Known-bad attempt (WA): a correct and fast cache (hash map of chained nodes plus
 * a recency list) whose nodes are malloc'd one by one, but lru_free releases only
 * the bucket array and the cache itself: every node leaks, and the harness reports
 * the leak. */
#include "lru_cache.h"

#include <stdint.h>
#include <stdlib.h>

struct node {
    int key, value;
    struct node *prev, *next, *chain;
};

struct lru_cache {
    struct node head; /* sentinel: head.next is the most recent */
    struct node **buckets;
    size_t mask, capacity, size;
};

static size_t bucket_of(const lru_cache *c, int key)
{
    uint32_t h = (uint32_t)key;
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h & c->mask;
}

static struct node **chain_link(lru_cache *c, int key)
{
    struct node **link = &c->buckets[bucket_of(c, key)];
    while (*link && (*link)->key != key)
        link = &(*link)->chain;
    return link;
}

static void list_remove(struct node *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void list_push_front(lru_cache *c, struct node *n)
{
    n->prev = &c->head;
    n->next = c->head.next;
    c->head.next->prev = n;
    c->head.next = n;
}

lru_cache *lru_create(size_t capacity)
{
    lru_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    size_t nbuckets = 2;
    while (nbuckets < 2 * capacity)
        nbuckets *= 2;
    c->buckets = calloc(nbuckets, sizeof *c->buckets);
    if (!c->buckets) {
        free(c);
        return NULL;
    }
    c->head.prev = c->head.next = &c->head;
    c->mask = nbuckets - 1;
    c->capacity = capacity;
    return c;
}

bool lru_get(lru_cache *c, int key, int *value)
{
    struct node *n = *chain_link(c, key);
    if (!n)
        return false;
    list_remove(n);
    list_push_front(c, n);
    *value = n->value;
    return true;
}

/* The node for a new key: the least recently used one when full, else a new one. */
static struct node *take_node(lru_cache *c)
{
    if (c->size < c->capacity) {
        c->size++;
        return malloc(sizeof(struct node));
    }
    struct node *n = c->head.prev;
    list_remove(n);
    struct node **link = chain_link(c, n->key);
    *link = n->chain;
    return n;
}

void lru_put(lru_cache *c, int key, int value)
{
    struct node *n = *chain_link(c, key);
    if (n) {
        list_remove(n);
    } else {
        n = take_node(c);
        if (!n)
            abort();
        struct node **head = &c->buckets[bucket_of(c, key)];
        n->key = key;
        n->chain = *head;
        *head = n;
    }
    n->value = value;
    list_push_front(c, n);
}

void lru_free(lru_cache *c)
{
    /* the bug: the nodes on the list are never freed */
    free(c->buckets);
    free(c);
}
