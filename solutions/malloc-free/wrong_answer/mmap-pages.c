/* Known-bad attempt (WA): asks the kernel for fresh pages on every request with
 * mmap and gives them back with munmap. No C library allocator is called, but the
 * memory still does not come from the block mm_init was given, and mmap is an
 * allocation entry point like malloc. */
#include "mm.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

enum { HEADER = 16 };

void mm_init(void *block, size_t size)
{
    (void)block;
    (void)size;
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > SIZE_MAX - HEADER)
        return NULL;
    unsigned char *p =
        mmap(NULL, n + HEADER, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    *(size_t *)p = n + HEADER;
    return p + HEADER;
}

void mm_free(void *p)
{
    if (!p)
        return;
    unsigned char *start = (unsigned char *)p - HEADER;
    munmap(start, *(size_t *)start);
}
