/* Known-bad attempt (WA): the textbook implicit list with 8-byte headers and
 * 8-byte alignment: block sizes are multiples of 8 and each payload starts right
 * after its header, so the first one is at block + 8. The statement asks for
 * 16-byte alignment (what malloc gives on x86-64, and what SSE loads need). */
#include "mm.h"

#include <stdint.h>

static unsigned char *base;
static size_t total;

/* A header is the block's size in bytes (a multiple of 8) | 1 when allocated. */
static size_t *at(size_t off) { return (size_t *)(void *)(base + off); }

void mm_init(void *block, size_t size)
{
    base = block;
    total = size;
    *at(0) = size;
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > total - 8)
        return NULL;
    size_t need = (n + 7) / 8 * 8 + 8;
    for (size_t off = 0; off < total; off += *at(off) & ~(size_t)7) {
        size_t size = *at(off) & ~(size_t)7;
        if ((*at(off) & 1) || size < need)
            continue;
        if (size - need >= 16) {
            *at(off + need) = size - need;
            size = need;
        }
        *at(off) = size | 1;
        return base + off + 8;
    }
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    *at((size_t)((unsigned char *)p - base) - 8) &= ~(size_t)1;
    for (size_t off = 0; off < total; off += *at(off) & ~(size_t)7)
        while (!(*at(off) & 1) && off + *at(off) < total && !(*at(off + *at(off)) & 1))
            *at(off) += *at(off + *at(off));
}
