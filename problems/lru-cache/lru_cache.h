/* The API of lru-cache: a fixed-capacity cache of int keys to int values that
 * evicts the least recently used key. The learner defines struct lru_cache. */
#ifndef LRU_CACHE_H
#define LRU_CACHE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lru_cache lru_cache;

/* Makes an empty cache that holds at most capacity keys (1 <= capacity <= 10^6).
 * Returns NULL only when memory runs out. The caller frees it with lru_free. */
lru_cache *lru_create(size_t capacity);

/* If key is present: stores its value in *value (value is never NULL), marks key
 * as the most recently used, and returns true. Otherwise returns false; *value is
 * then not read by the caller. */
bool lru_get(lru_cache *c, int key, int *value);

/* Sets key to value and marks key as the most recently used. When key is new and
 * the cache already holds capacity keys, the least recently used key is evicted
 * first. Updating a key that is present never evicts anything. */
void lru_put(lru_cache *c, int key, int value);

/* Releases every block the cache allocated. Called exactly once per cache. */
void lru_free(lru_cache *c);

#endif
