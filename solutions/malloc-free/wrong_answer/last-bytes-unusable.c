/* Known-bad attempt (WA): segregated free lists whose 64 sentinel nodes (16 bytes
 * each) fill the first 1 KiB of the block, and an epilogue header in its last 16
 * bytes. That is 1040 bytes of fixed bookkeeping, 16 more than the statement's
 * promise allows for, so the last 16 bytes of the block are never usable: pushed
 * to the very end of the block (the climb test), a request that the models serve
 * gets NULL. */
#include "mm.h"

#include <stdint.h>

enum { LISTS = 64 };

typedef struct header {
    size_t prev_size; /* bytes of the block just below; 0 for the first */
    size_t size;      /* bytes, header included; bit 0 set when free */
} header;

typedef struct node {
    struct node *next, *prev;
} node;

static unsigned char *first, *end; /* the blocks; the epilogue is at end */
static node *heads;                /* LISTS circular lists with sentinels */

static size_t size_of(const header *h) { return h->size & ~(size_t)1; }
static int is_free(const header *h) { return (int)(h->size & 1); }
static node *node_of(header *h) { return (node *)(void *)(h + 1); }
static header *header_of(node *n) { return (header *)(void *)n - 1; }
static header *next_of(header *h) { return (header *)(void *)((unsigned char *)h + size_of(h)); }

/* One list per size up to 1 KiB, the last one for everything larger. */
static size_t list_of(size_t size) { return size / 16 < LISTS + 1 ? size / 16 - 2 : LISTS - 1; }

static void set(header *h, size_t size, int free)
{
    h->size = size | (size_t)free;
    next_of(h)->prev_size = size; /* the epilogue catches the last one */
}

static void push(header *h)
{
    node *n = node_of(h), *s = &heads[list_of(size_of(h))];
    n->next = s->next;
    n->prev = s;
    s->next->prev = n;
    s->next = n;
}

static void unlink_block(header *h)
{
    node *n = node_of(h);
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

void mm_init(void *block, size_t size)
{
    heads = block;
    for (int k = 0; k < LISTS; k++)
        heads[k].next = heads[k].prev = &heads[k];
    first = (unsigned char *)block + LISTS * sizeof(node);
    end = (unsigned char *)block + size - sizeof(header);
    ((header *)(void *)end)->size = 0; /* allocated, size 0 */
    header *h = (header *)(void *)first;
    h->prev_size = 0;
    set(h, (size_t)(end - first), 1);
    push(h);
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > (size_t)(end - first) - 16)
        return NULL;
    size_t need = (n + 15) / 16 * 16 + 16;
    for (size_t k = list_of(need); k < LISTS; k++) {
        for (node *x = heads[k].next; x != &heads[k]; x = x->next) {
            header *h = header_of(x);
            size_t size = size_of(h);
            if (size < need)
                continue;
            unlink_block(h);
            if (size - need >= 32) {
                set(h, need, 0);
                set(next_of(h), size - need, 1);
                push(next_of(h));
            } else {
                set(h, size, 0);
            }
            return h + 1;
        }
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
    if (is_free(next)) {
        unlink_block(next);
        size += size_of(next);
    }
    if ((unsigned char *)h > first) {
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
