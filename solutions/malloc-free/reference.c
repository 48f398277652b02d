/* Reference for malloc-free, written as the editorial.
 *
 * Idea: cut the block into blocks, each a 16-byte header and then its payload,
 * rounded up to 16 bytes so that every payload stays 16-byte aligned. A header
 * holds the block's size, whether it is free, and the size of the block just
 * below it (a boundary tag kept in the header, not in the payload, so the caller
 * may write every byte it asked for). With both sizes at hand a freed block
 * merges with a free neighbour above and below in O(1): free blocks are never
 * adjacent, so a large request is not refused for want of coalescing.
 *
 * Free blocks are indexed by size, with the links inside their own payloads
 * (a free block has at least 16 of them), so the only static data is the index's
 * roots (about 300 bytes). Sizes up to 1 KiB have one list per exact size, and a
 * 64-bit mask of the non-empty lists: a small request takes the head of the
 * smallest non-empty list that fits, in O(1). Larger free blocks sit in a treap
 * ordered by (size, address): a request takes the smallest one that fits, in
 * O(log n) expected. Either way this is best fit; the rest of a block is split
 * off when it is 32 bytes or more (the smallest block), and goes back into the
 * index.
 *
 * Complexity: O(1) per small request and per free of a small block, O(log n)
 * expected for large ones; 16 bytes of header per block, no other memory.
 *
 * Traps: the size arithmetic must not overflow (n near SIZE_MAX wraps to a tiny
 * size if you add the header first, and a 32-bit size truncates 2^32 + 16 to
 * 16): compare n with the block first; mm_malloc(0) returns NULL; mm_free(NULL)
 * does nothing; a footer at the end of the payload is overwritten by the caller;
 * 8-byte alignment is not enough; coalescing must look both ways; and one free
 * list searched from its start on every request is O(free blocks) per call,
 * whatever order it keeps (address or LIFO). */
#include "mm.h"

#include <stdint.h>

enum {
    GRANULE = 16,
    SMALL_MAX = 64,        /* the largest size, in granules, with a list of its own */
    LISTS = SMALL_MAX - 1, /* sizes 2 .. SMALL_MAX */
};
#define NIL UINT32_MAX

typedef struct {
    uint32_t size;      /* in granules, header included */
    uint32_t prev_size; /* of the block just below; 0 for the first block */
    uint32_t free;
    uint32_t unused;
} header;

static unsigned char *base;
static uint32_t granules;
static uint32_t heads[LISTS]; /* the first free block of each small size */
static uint64_t nonempty;     /* bit s - 2 set: the list of size s has a block */
static uint32_t root;         /* the treap of the larger free blocks */

/* Blocks are named by their first granule. */
static header *hdr(uint32_t g) { return (header *)(void *)(base + (size_t)g * GRANULE); }

/* A free block's two links, in its payload: next and prev in a list, left and
 * right in the treap. */
static uint32_t *link_of(uint32_t g)
{
    return (uint32_t *)(void *)(base + ((size_t)g + 1) * GRANULE);
}

static uint64_t key(uint32_t g) { return (uint64_t)hdr(g)->size << 32 | g; }

/* The treap's heap order: a fixed hash of the address, so no randomness needed. */
static uint32_t priority(uint32_t g)
{
    uint32_t h = g ^ 0x61c88647u;
    h = (h ^ (h >> 16)) * 0x45d9f3bu;
    h = (h ^ (h >> 16)) * 0x45d9f3bu;
    return h ^ (h >> 16);
}

static void split(uint32_t t, uint64_t k, uint32_t *lo, uint32_t *hi)
{
    if (t == NIL) {
        *lo = *hi = NIL;
    } else if (key(t) < k) {
        split(link_of(t)[1], k, &link_of(t)[1], hi);
        *lo = t;
    } else {
        split(link_of(t)[0], k, lo, &link_of(t)[0]);
        *hi = t;
    }
}

static uint32_t merge(uint32_t lo, uint32_t hi)
{
    if (lo == NIL)
        return hi;
    if (hi == NIL)
        return lo;
    if (priority(lo) > priority(hi)) {
        link_of(lo)[1] = merge(link_of(lo)[1], hi);
        return lo;
    }
    link_of(hi)[0] = merge(lo, link_of(hi)[0]);
    return hi;
}

static void index_add(uint32_t g)
{
    uint32_t size = hdr(g)->size, *l = link_of(g);
    if (size <= SMALL_MAX) {
        uint32_t s = size - 2;
        l[0] = heads[s];
        l[1] = NIL;
        if (heads[s] != NIL)
            link_of(heads[s])[1] = g;
        heads[s] = g;
        nonempty |= 1ULL << s;
        return;
    }
    uint32_t lo, hi;
    l[0] = l[1] = NIL;
    split(root, key(g), &lo, &hi);
    root = merge(merge(lo, g), hi);
}

static void index_remove(uint32_t g)
{
    uint32_t size = hdr(g)->size, *l = link_of(g);
    if (size <= SMALL_MAX) {
        uint32_t s = size - 2;
        if (l[1] != NIL)
            link_of(l[1])[0] = l[0];
        else
            heads[s] = l[0];
        if (l[0] != NIL)
            link_of(l[0])[1] = l[1];
        if (heads[s] == NIL)
            nonempty &= ~(1ULL << s);
        return;
    }
    uint64_t k = key(g);
    uint32_t *at = &root;
    while (*at != g)
        at = k < key(*at) ? &link_of(*at)[0] : &link_of(*at)[1];
    *at = merge(l[0], l[1]);
}

/* The smallest free block of at least `need` granules, or NIL. */
static uint32_t best_fit(uint32_t need)
{
    if (need <= SMALL_MAX) {
        uint64_t fits = nonempty & (~0ULL << (need - 2));
        if (fits)
            return heads[__builtin_ctzll(fits)];
    }
    uint32_t t = root, found = NIL;
    uint64_t want = (uint64_t)need << 32;
    while (t != NIL) {
        if (key(t) >= want) {
            found = t;
            t = link_of(t)[0];
        } else {
            t = link_of(t)[1];
        }
    }
    return found;
}

/* Sets the size of block g and tells the block above it. */
static void set_size(uint32_t g, uint32_t size)
{
    hdr(g)->size = size;
    if (g + size < granules)
        hdr(g + size)->prev_size = size;
}

void mm_init(void *block, size_t size)
{
    base = block;
    granules = (uint32_t)(size / GRANULE);
    for (int s = 0; s < LISTS; s++)
        heads[s] = NIL;
    nonempty = 0;
    root = NIL;
    *hdr(0) = (header){.size = granules, .prev_size = 0, .free = 1};
    index_add(0);
}

void *mm_malloc(size_t n)
{
    /* compare before adding anything: n + 15 wraps for n near SIZE_MAX */
    if (n == 0 || n > (size_t)(granules - 1) * GRANULE)
        return NULL;
    uint32_t need = (uint32_t)((n + GRANULE - 1) / GRANULE) + 1;
    uint32_t g = best_fit(need);
    if (g == NIL)
        return NULL;
    index_remove(g);
    uint32_t size = hdr(g)->size;
    if (size - need >= 2) {
        set_size(g, need);
        *hdr(g + need) = (header){.prev_size = need, .free = 1};
        set_size(g + need, size - need);
        index_add(g + need);
    }
    hdr(g)->free = 0;
    return link_of(g);
}

void mm_free(void *p)
{
    if (!p)
        return;
    uint32_t g = (uint32_t)(((unsigned char *)p - base) / GRANULE) - 1;
    uint32_t size = hdr(g)->size;
    if (g + size < granules && hdr(g + size)->free) {
        index_remove(g + size);
        size += hdr(g + size)->size;
    }
    if (g > 0 && hdr(g - hdr(g)->prev_size)->free) {
        g -= hdr(g)->prev_size;
        index_remove(g);
        size += hdr(g)->size;
    }
    hdr(g)->free = 1;
    set_size(g, size);
    index_add(g);
}
