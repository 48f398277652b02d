/* Starting point for malloc-free: manage the block mm_init gives you (see
 * statement.md). As written it compiles and is judged Wrong Answer: mm_malloc
 * never finds room. */
#include "mm.h"

void mm_init(void *block, size_t size)
{
    (void)block;
    (void)size;
}

void *mm_malloc(size_t n)
{
    (void)n;
    return NULL;
}

void mm_free(void *p) { (void)p; }
