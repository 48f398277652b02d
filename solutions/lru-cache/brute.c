/* Brute force for lru-cache: an array kept in recency order (index 0 = least
 * recently used); every operation searches it linearly and moves the entry to the
 * end. O(capacity) per operation, obviously correct. */
#include "lru_cache.h"

#include <stdlib.h>
#include <string.h>

struct entry {
    int key, value;
};

struct lru_cache {
    struct entry *e;
    size_t n, capacity;
};

lru_cache *lru_create(size_t capacity)
{
    lru_cache *c = malloc(sizeof *c);
    if (!c)
        return NULL;
    c->e = malloc(capacity * sizeof *c->e);
    if (!c->e) {
        free(c);
        return NULL;
    }
    c->n = 0;
    c->capacity = capacity;
    return c;
}

static size_t find(const lru_cache *c, int key)
{
    size_t i = 0;
    while (i < c->n && c->e[i].key != key)
        i++;
    return i;
}

/* Moves entry i to the end (the most recent position). */
static void touch(lru_cache *c, size_t i)
{
    struct entry t = c->e[i];
    memmove(&c->e[i], &c->e[i + 1], (c->n - i - 1) * sizeof t);
    c->e[c->n - 1] = t;
}

bool lru_get(lru_cache *c, int key, int *value)
{
    size_t i = find(c, key);
    if (i == c->n)
        return false;
    touch(c, i);
    *value = c->e[c->n - 1].value;
    return true;
}

void lru_put(lru_cache *c, int key, int value)
{
    size_t i = find(c, key);
    if (i == c->n) {
        if (c->n == c->capacity)
            touch(c, 0); /* the least recent goes to the end, to be overwritten */
        else
            c->n++;
        i = c->n - 1;
        c->e[i].key = key;
    }
    c->e[i].value = value;
    touch(c, i);
}

void lru_free(lru_cache *c)
{
    free(c->e);
    free(c);
}
