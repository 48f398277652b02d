/* Known-bad attempt (WA): dlmalloc's layout, where a block's first word (the size
 * of the block below) is only kept while the block below is free and otherwise
 * lends its 8 bytes to that block's payload, so a request of n bytes takes
 * round16(n + 8). The bug: handing out a block, it writes its whole header,
 * setting that first word to 0, and so overwrites the last 8 bytes of the live
 * block below it. */
#include "mm.h"

#include <stdint.h>

enum { FREE = 1, PREV_FREE = 2 };

typedef struct chunk {
    size_t prev_size; /* size of the block below; meaningful only with PREV_FREE */
    size_t size;      /* bytes, a multiple of 16, | FREE | PREV_FREE */
} chunk;

typedef struct node {
    struct node *next, *prev;
} node;

static unsigned char *lo, *hi;
static node *list;

static size_t size_of(const chunk *c) { return c->size & ~(size_t)15; }
static chunk *at(chunk *c, size_t delta) { return (chunk *)(void *)((unsigned char *)c + delta); }
static node *node_of(chunk *c) { return (node *)(void *)(c + 1); }
static chunk *chunk_of(node *n) { return (chunk *)(void *)n - 1; }

static void push(chunk *c)
{
    node *n = node_of(c);
    n->next = list;
    n->prev = NULL;
    if (list)
        list->prev = n;
    list = n;
}

static void unlink_chunk(chunk *c)
{
    node *n = node_of(c);
    if (n->prev)
        n->prev->next = n->next;
    else
        list = n->next;
    if (n->next)
        n->next->prev = n->prev;
}

void mm_init(void *block, size_t size)
{
    lo = block;
    hi = lo + size;
    chunk *c = block;
    c->size = size | FREE;
    list = NULL;
    push(c);
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > (size_t)(hi - lo) - 16)
        return NULL;
    size_t need = (n + 8 + 15) / 16 * 16;
    if (need < 32)
        need = 32;
    for (node *x = list; x; x = x->next) {
        chunk *c = chunk_of(x);
        size_t size = size_of(c);
        if (size < need)
            continue;
        unlink_chunk(c);
        if (size - need >= 32) {
            chunk *rest = at(c, need);
            rest->size = (size - need) | FREE;
            if ((unsigned char *)at(rest, size - need) < hi)
                at(rest, size - need)->prev_size = size - need;
            push(rest);
        } else {
            need = size;
            if ((unsigned char *)at(c, size) < hi)
                at(c, size)->size &= ~(size_t)PREV_FREE;
        }
        *c = (chunk){.prev_size = 0, .size = need};
        return c + 1;
    }
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    chunk *c = (chunk *)p - 1;
    size_t size = size_of(c);
    chunk *next = at(c, size);
    if ((unsigned char *)next < hi && (next->size & FREE)) {
        unlink_chunk(next);
        size += size_of(next);
    }
    if (c->size & PREV_FREE) {
        chunk *prev = (chunk *)(void *)((unsigned char *)c - c->prev_size);
        unlink_chunk(prev);
        size += size_of(prev);
        c = prev;
    }
    c->size = size | FREE;
    next = at(c, size);
    if ((unsigned char *)next < hi) {
        next->prev_size = size;
        next->size |= PREV_FREE;
    }
    push(c);
}
