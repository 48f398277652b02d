/* The four model allocators that define the promise of malloc-free, shared by the
 * generator (which emits an `a` op only when all four serve it) and the validator
 * (which checks that promise on every test). Each model manages a region of
 * granules (16 bytes): first fit or best fit, a 16-byte header before every
 * payload, blocks of 16 + round16(n) bytes (32 at least), a free block split when
 * the rest is 32 bytes or more, and immediate coalescing with both neighbours. The
 * region is the whole block, or the block minus 1 KiB of fixed bookkeeping at its
 * start (the same model over a region 64 granules shorter).
 *
 * A model keeps its layout in arrays outside the region: tag[] holds a block's
 * size and free bit at its first and its last granule, so both neighbours of a
 * block are found in O(1). First fit finds the lowest free block that fits in a
 * max segment tree over the granules; best fit finds the smallest one (the lowest
 * address among equal sizes) in a treap keyed by (size, address). */
#ifndef MALLOC_FREE_MODELS_H
#define MALLOC_FREE_MODELS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum {
    MODEL_GRANULE = 16,
    MODEL_BOOKKEEPING = 1024, /* the fixed bookkeeping of the second pair of models */
    MODEL_COUNT = 4,
};

#define MODEL_FREE 0x80000000u
#define MODEL_NIL 0xffffffffu

typedef struct {
    bool best;
    uint32_t granules;
    uint32_t *tag; /* size | MODEL_FREE at a block's first and last granule */
    /* first fit: seg[leaves + g] = size of the free block starting at g, else 0 */
    uint32_t *seg, leaves;
    /* best fit: the free blocks in a treap by (size, start); nodes are starts,
     * and a node's key and links share a cache line */
    struct model_node {
        uint64_t key;
        uint32_t left, right;
    } * node;
    uint32_t root;
} model;

static void *model_array(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "models: out of memory for %zu entries\n", n);
        exit(1);
    }
    return p;
}

/* Granules a request of n bytes takes, header included; n >= 1 and n is at most
 * the block size, so nothing overflows. */
static uint32_t model_need(uint64_t n) { return (uint32_t)((n + 15) / 16 + 1); }

static uint32_t model_priority(uint32_t g)
{
    uint32_t h = g * 0x9e3779b1u;
    h ^= h >> 15;
    h *= 0x2c1b3c6du;
    h ^= h >> 12;
    return h;
}

/* Splits treap t into keys < key (*a) and keys >= key (*b). */
static void treap_split(model *m, uint32_t t, uint64_t key, uint32_t *a, uint32_t *b)
{
    if (t == MODEL_NIL) {
        *a = *b = MODEL_NIL;
    } else if (m->node[t].key < key) {
        treap_split(m, m->node[t].right, key, &m->node[t].right, b);
        *a = t;
    } else {
        treap_split(m, m->node[t].left, key, a, &m->node[t].left);
        *b = t;
    }
}

/* Joins treaps a and b, every key of a below every key of b. */
static uint32_t treap_merge(model *m, uint32_t a, uint32_t b)
{
    if (a == MODEL_NIL)
        return b;
    if (b == MODEL_NIL)
        return a;
    if (model_priority(a) > model_priority(b)) {
        m->node[a].right = treap_merge(m, m->node[a].right, b);
        return a;
    }
    m->node[b].left = treap_merge(m, a, m->node[b].left);
    return b;
}

static void seg_set(model *m, uint32_t g, uint32_t v)
{
    uint32_t i = m->leaves + g;
    m->seg[i] = v;
    for (i >>= 1; i >= 1; i >>= 1) {
        uint32_t l = m->seg[2 * i], r = m->seg[2 * i + 1];
        m->seg[i] = l > r ? l : r;
    }
}

/* The free block at g (its tag already set) enters the index. */
static void index_add(model *m, uint32_t g)
{
    if (!m->best) {
        seg_set(m, g, m->tag[g] & ~MODEL_FREE);
        return;
    }
    uint32_t a, b;
    m->node[g] =
        (struct model_node){(uint64_t)(m->tag[g] & ~MODEL_FREE) << 32 | g, MODEL_NIL, MODEL_NIL};
    treap_split(m, m->root, m->node[g].key, &a, &b);
    m->root = treap_merge(m, treap_merge(m, a, g), b);
}

/* The free block at g (its tag still the one it was added with) leaves the index. */
static void index_remove(model *m, uint32_t g)
{
    if (!m->best) {
        seg_set(m, g, 0);
        return;
    }
    uint64_t key = m->node[g].key;
    uint32_t *link = &m->root;
    while (*link != g)
        link = key < m->node[*link].key ? &m->node[*link].left : &m->node[*link].right;
    *link = treap_merge(m, m->node[g].left, m->node[g].right);
}

static void set_block(model *m, uint32_t g, uint32_t size, bool free)
{
    m->tag[g] = m->tag[g + size - 1] = size | (free ? MODEL_FREE : 0);
}

static void model_init(model *m, uint64_t region_bytes, bool best)
{
    *m = (model){.best = best, .granules = (uint32_t)(region_bytes / MODEL_GRANULE)};
    m->tag = model_array(m->granules, sizeof *m->tag);
    if (best) {
        m->node = model_array(m->granules, sizeof *m->node);
        m->root = MODEL_NIL;
    } else {
        for (m->leaves = 1; m->leaves < m->granules; m->leaves *= 2)
            ;
        m->seg = model_array(2 * (size_t)m->leaves, sizeof *m->seg);
    }
    set_block(m, 0, m->granules, true);
    index_add(m, 0);
}

static void model_release(model *m)
{
    free(m->tag);
    free(m->seg);
    free(m->node);
}

/* The free block a request of `need` granules would get, or MODEL_NIL. */
static uint32_t model_find(const model *m, uint32_t need)
{
    if (!m->best) {
        if (m->seg[1] < need)
            return MODEL_NIL;
        uint32_t i = 1;
        while (i < m->leaves)
            i = m->seg[2 * i] >= need ? 2 * i : 2 * i + 1;
        return i - m->leaves;
    }
    uint64_t want = (uint64_t)need << 32;
    uint32_t t = m->root, found = MODEL_NIL;
    while (t != MODEL_NIL) {
        if (m->node[t].key >= want) {
            found = t;
            t = m->node[t].left;
        } else {
            t = m->node[t].right;
        }
    }
    return found;
}

/* Takes `need` granules from the free block at g (from model_find); returns g. */
static uint32_t model_take(model *m, uint32_t g, uint32_t need)
{
    uint32_t size = m->tag[g] & ~MODEL_FREE;
    index_remove(m, g);
    if (size - need >= 2) {
        set_block(m, g, need, false);
        set_block(m, g + need, size - need, true);
        index_add(m, g + need);
    } else {
        set_block(m, g, size, false);
    }
    return g;
}

static void model_free(model *m, uint32_t g)
{
    uint32_t size = m->tag[g] & ~MODEL_FREE;
    if (g + size < m->granules && (m->tag[g + size] & MODEL_FREE)) {
        uint32_t next = m->tag[g + size] & ~MODEL_FREE;
        index_remove(m, g + size);
        size += next;
    }
    if (g > 0 && (m->tag[g - 1] & MODEL_FREE)) {
        uint32_t prev = m->tag[g - 1] & ~MODEL_FREE;
        index_remove(m, g - prev);
        g -= prev;
        size += prev;
    }
    set_block(m, g, size, true);
    index_add(m, g);
}

/* The four models of one block, with the live-memory account of the promise. */
typedef struct {
    model m[MODEL_COUNT];
    uint64_t block, live_cost; /* sum of 16 + round16(n) over the live blocks */
    /* what the last models_refuse found for a promised size, so that the
     * models_alloc that follows does not search again */
    uint32_t found[MODEL_COUNT];
    uint64_t found_for; /* that size + 1, or 0 */
} model_set;

static void models_init(model_set *s, uint64_t block)
{
    s->block = block;
    s->live_cost = 0;
    s->found_for = 0;
    for (int k = 0; k < MODEL_COUNT; k++)
        model_init(&s->m[k], block - (k >= 2 ? MODEL_BOOKKEEPING : 0), k % 2 == 1);
}

static void models_release(model_set *s)
{
    for (int k = 0; k < MODEL_COUNT; k++)
        model_release(&s->m[k]);
}

static uint64_t model_cost(uint64_t n) { return (uint64_t)model_need(n) * MODEL_GRANULE; }

/* Why a request of n bytes is not promised, or NULL when it is. */
static const char *models_refuse(model_set *s, uint64_t n)
{
    static const char *const names[MODEL_COUNT] = {
        "the first-fit model cannot serve it", "the best-fit model cannot serve it",
        "the first-fit model with 1 KiB of bookkeeping cannot serve it",
        "the best-fit model with 1 KiB of bookkeeping cannot serve it"};
    if (n == 0 || n > s->block)
        return "its size is 0 or larger than the block";
    if (s->live_cost + model_cost(n) > s->block / 2)
        return "live memory (16 + round16(BYTES) a block) would pass half the block";
    s->found_for = 0;
    for (int k = 0; k < MODEL_COUNT; k++)
        if ((s->found[k] = model_find(&s->m[k], model_need(n))) == MODEL_NIL)
            return names[k];
    s->found_for = n + 1;
    return NULL;
}

/* Serves a promised request in every model; where[k] gets each one's granule. */
static void models_alloc(model_set *s, uint64_t n, uint32_t where[MODEL_COUNT])
{
    uint32_t need = model_need(n);
    for (int k = 0; k < MODEL_COUNT; k++) {
        uint32_t g = s->found_for == n + 1 ? s->found[k] : model_find(&s->m[k], need);
        where[k] = model_take(&s->m[k], g, need);
    }
    s->found_for = 0;
    s->live_cost += model_cost(n);
}

static void models_free(model_set *s, uint64_t n, const uint32_t where[MODEL_COUNT])
{
    for (int k = 0; k < MODEL_COUNT; k++)
        model_free(&s->m[k], where[k]);
    s->found_for = 0;
    s->live_cost -= model_cost(n);
}

#endif
