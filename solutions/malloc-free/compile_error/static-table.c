/* Known-bad attempt (CE): keeps its bookkeeping outside the block, in static
 * tables with one entry per 16-byte granule of the largest block (2^22 granules:
 * 20 MiB of .bss). The statement allows 1024 bytes of static data, so the judge
 * refuses the file before running it. */
#include "mm.h"

#include <stdint.h>

enum { GRANULES = 1 << 22 };

static uint8_t used[GRANULES];
static uint32_t length[GRANULES]; /* at an allocation's first granule: its granules */
static unsigned char *base;
static size_t granules;

void mm_init(void *block, size_t size)
{
    base = block;
    granules = size / 16;
}

void *mm_malloc(size_t n)
{
    if (n == 0 || n > granules * 16)
        return NULL;
    size_t need = (n + 15) / 16, run = 0;
    for (size_t g = 0; g < granules; g++) {
        run = used[g] ? 0 : run + 1;
        if (run == need) {
            size_t first = g + 1 - need;
            for (size_t k = first; k <= g; k++)
                used[k] = 1;
            length[first] = (uint32_t)need;
            return base + first * 16;
        }
    }
    return NULL;
}

void mm_free(void *p)
{
    if (!p)
        return;
    size_t first = (size_t)((unsigned char *)p - base) / 16;
    for (size_t k = first; k < first + length[first]; k++)
        used[k] = 0;
}
