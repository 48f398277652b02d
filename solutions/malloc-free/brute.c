/* Brute force for malloc-free: the implicit list of the textbook. Every block is a
 * 16-byte header (its size and whether it is free) and its payload, laid end to
 * end over the whole block, so walking the headers from offset 0 visits every
 * block in address order. mm_malloc walks them and takes the first free block
 * that fits, splitting off the rest when it is 32 bytes or more; mm_free marks
 * the block free and walks again from the start to merge each run of free blocks
 * into one. O(blocks) per call: slow, and obviously right. */
#include "mm.h"

#include <stdint.h>

typedef struct {
    size_t size; /* bytes, header included, a multiple of 16 */
    size_t free;
} header;

static unsigned char *base;
static size_t total;

static header *at(size_t off) { return (header *)(void *)(base + off); }

void mm_init(void *block, size_t size)
{
    base = block;
    total = size;
    *at(0) = (header){size, 1};
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > total - 16)
        return NULL;
    size_t need = (n + 15) / 16 * 16 + 16;
    for (size_t off = 0; off < total; off += at(off)->size) {
        header *h = at(off);
        if (!h->free || h->size < need)
            continue;
        if (h->size - need >= 32) {
            *at(off + need) = (header){h->size - need, 1};
            h->size = need;
        }
        h->free = 0;
        return base + off + 16;
    }
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    at((size_t)((unsigned char *)p - base) - 16)->free = 1;
    for (size_t off = 0; off < total; off += at(off)->size) {
        header *h = at(off);
        while (h->free && off + h->size < total && at(off + h->size)->free)
            h->size += at(off + h->size)->size;
    }
}
