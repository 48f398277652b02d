/* Known-bad attempt (TLE): next fit over the implicit list. Every block is a
 * 16-byte header (its size, whether it is free, the size of the block below) and
 * its payload, end to end; a request resumes the walk where the last one stopped
 * and wraps around, which avoids rescanning the blocks at the start every time.
 * Correct, but still O(blocks) per request whenever the blocks that fit lie on
 * opposite sides of a long run that does not (the address-scan test): the walk
 * goes over 10^5 blocks about 2 * 10^5 times. */
#include "mm.h"

#include <stdint.h>

typedef struct header {
    size_t prev_size; /* bytes of the block just below; 0 for the first */
    size_t size;      /* bytes, header included; bit 0 set when free */
} header;

static unsigned char *lo, *hi;
static header *rover;

static size_t size_of(const header *h) { return h->size & ~(size_t)1; }
static int is_free(const header *h) { return (int)(h->size & 1); }
static header *next_of(header *h) { return (header *)(void *)((unsigned char *)h + size_of(h)); }

static void set(header *h, size_t size, int free)
{
    h->size = size | (size_t)free;
    header *next = next_of(h);
    if ((unsigned char *)next < hi)
        next->prev_size = size;
}

void mm_init(void *block, size_t size)
{
    lo = block;
    hi = lo + size;
    rover = block;
    rover->prev_size = 0;
    set(rover, size, 1);
}

static void *take(header *h, size_t need)
{
    size_t size = size_of(h);
    if (size - need >= 32) {
        set(h, need, 0);
        header *rest = next_of(h);
        rest->prev_size = need;
        set(rest, size - need, 1);
    } else {
        set(h, size, 0);
    }
    rover = h;
    return h + 1;
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > (size_t)(hi - lo) - 16)
        return NULL;
    size_t need = (n + 15) / 16 * 16 + 16;
    header *start = rover;
    for (header *h = start; (unsigned char *)h < hi; h = next_of(h))
        if (is_free(h) && size_of(h) >= need)
            return take(h, need);
    for (header *h = (header *)(void *)lo; h != start; h = next_of(h))
        if (is_free(h) && size_of(h) >= need)
            return take(h, need);
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    header *h = (header *)p - 1;
    size_t size = size_of(h);
    header *next = next_of(h);
    if ((unsigned char *)next < hi && is_free(next))
        size += size_of(next);
    if ((unsigned char *)h > lo) {
        header *prev = (header *)(void *)((unsigned char *)h - h->prev_size);
        if (is_free(prev)) {
            size += size_of(prev);
            h = prev;
        }
    }
    set(h, size, 1);
    /* the rover may point inside the merged block: move it to its start */
    if ((unsigned char *)rover >= (unsigned char *)h &&
        (unsigned char *)rover < (unsigned char *)h + size)
        rover = h;
}
