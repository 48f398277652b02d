/* Known-bad attempt (TLE): a correct cache kept as an unordered array of entries
 * stamped with the time of their last use. Every get and put scans the whole array
 * for the key, and an eviction scans it again for the oldest stamp: O(capacity) per
 * operation, about 10^11 steps on the largest tests. */
#include "lru_cache.h"

#include <stdlib.h>

struct entry {
    int key, value;
    unsigned long long used_at;
};

struct lru_cache {
    struct entry *e;
    size_t n, capacity;
    unsigned long long clock;
};

lru_cache *lru_create(size_t capacity)
{
    lru_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->e = malloc(capacity * sizeof *c->e);
    if (!c->e) {
        free(c);
        return NULL;
    }
    c->capacity = capacity;
    return c;
}

static struct entry *find(lru_cache *c, int key)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->e[i].key == key)
            return &c->e[i];
    return NULL;
}

static struct entry *oldest(lru_cache *c)
{
    struct entry *best = &c->e[0];
    for (size_t i = 1; i < c->n; i++)
        if (c->e[i].used_at < best->used_at)
            best = &c->e[i];
    return best;
}

bool lru_get(lru_cache *c, int key, int *value)
{
    struct entry *e = find(c, key);
    if (!e)
        return false;
    e->used_at = ++c->clock;
    *value = e->value;
    return true;
}

void lru_put(lru_cache *c, int key, int value)
{
    struct entry *e = find(c, key);
    if (!e) {
        e = c->n < c->capacity ? &c->e[c->n++] : oldest(c);
        e->key = key;
    }
    e->value = value;
    e->used_at = ++c->clock;
}

void lru_free(lru_cache *c)
{
    free(c->e);
    free(c);
}
