/* Known-bad attempt (RE): a correct allocator except that mm_free reads the header
 * in front of its argument without checking it first, so mm_free(NULL) reads
 * address -16 and the program dies of SIGSEGV. */
#include "mm.h"

#include <stdint.h>

typedef struct header {
    size_t size; /* bytes, header included */
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
    header *h = (header *)p - 1;
    h->free = 1;
    for (size_t off = 0; off < total; off += at(off)->size) {
        header *b = at(off);
        while (b->free && off + b->size < total && at(off + b->size)->free)
            b->size += at(off + b->size)->size;
    }
}
