/* Known-bad attempt (WA): rounds the request up (n + 15 + 16, masked to 16)
 * before comparing it with the block. For n near SIZE_MAX the sum wraps around
 * to a tiny size, so mm_malloc(SIZE_MAX) hands out a 32-byte block instead of
 * returning NULL. */
#include "mm.h"

#include <stdint.h>

typedef struct header {
    size_t prev_size; /* bytes of the block just below; 0 for the first */
    size_t size;      /* bytes, header included; bit 0 set when free */
} header;

typedef struct node {
    struct node *next, *prev;
} node;

static unsigned char *lo, *hi;
static node *list;

static size_t size_of(const header *h) { return h->size & ~(size_t)1; }
static int is_free(const header *h) { return (int)(h->size & 1); }
static node *node_of(header *h) { return (node *)(void *)(h + 1); }
static header *header_of(node *n) { return (header *)(void *)n - 1; }
static header *next_of(header *h) { return (header *)(void *)((unsigned char *)h + size_of(h)); }

static void set(header *h, size_t size, int free)
{
    h->size = size | (size_t)free;
    header *next = next_of(h);
    if ((unsigned char *)next < hi)
        next->prev_size = size;
}

static void push(header *h)
{
    node *n = node_of(h);
    n->next = list;
    n->prev = NULL;
    if (list)
        list->prev = n;
    list = n;
}

static void unlink_block(header *h)
{
    node *n = node_of(h);
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
    header *h = block;
    h->prev_size = 0;
    set(h, size, 1);
    list = NULL;
    push(h);
}

void *mm_malloc(size_t n)
{
    size_t need = (n + 15 + 16) & ~(size_t)15;
    if (n == 0 || need > (size_t)(hi - lo))
        return NULL;
    if (need < 32)
        need = 32;
    for (node *x = list; x; x = x->next) {
        header *h = header_of(x);
        size_t size = size_of(h);
        if (size < need)
            continue;
        unlink_block(h);
        if (size - need >= 32) {
            set(h, need, 0);
            header *rest = next_of(h);
            rest->prev_size = need;
            set(rest, size - need, 1);
            push(rest);
        } else {
            set(h, size, 0);
        }
        return h + 1;
    }
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    header *h = (header *)p - 1;
    size_t size = size_of(h);
    header *next = next_of(h);
    if ((unsigned char *)next < hi && is_free(next)) {
        unlink_block(next);
        size += size_of(next);
    }
    if ((unsigned char *)h > lo) {
        header *prev = (header *)(void *)((unsigned char *)h - h->prev_size);
        if (is_free(prev)) {
            unlink_block(prev);
            size += size_of(prev);
            h = prev;
        }
    }
    set(h, size, 1);
    push(h);
}
