/* Known-bad attempt (WA): a bump allocator. Each request takes the next bytes of
 * the block and mm_free does nothing, so memory is never reused: once the
 * requests of a trace add up to more than the block, mm_malloc returns NULL
 * although little is live (the churn tests). */
#include "mm.h"

static unsigned char *next, *end;

void mm_init(void *block, size_t size)
{
    next = block;
    end = next + size;
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > (size_t)(end - next))
        return NULL;
    size_t rounded = (n + 15) / 16 * 16;
    if (rounded > (size_t)(end - next))
        return NULL;
    void *p = next;
    next += rounded;
    return p;
}

void mm_free(void *p) { (void)p; }
