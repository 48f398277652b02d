/* Generator of malloc-free traces: `gen <seed> <size> [mode] [block]` prints one
 * valid .in of exactly size ops over a block of `block` bytes (a default per
 * mode). Deterministic (splitmix64). An `a` op is emitted only when the four model
 * allocators of models.h all serve it and live memory stays within half the
 * block; a refused request becomes a free (or a NULL-only op) instead, so every
 * mode is valid at every size. `gen --modes` lists the modes `judge stress`
 * draws from. */
#include "models.h"

#include <string.h>

enum {
    MAX_OPS = 1000000,
    MAX_LIVE = 100000,
    MAX_IDS = 1000000,
    MIN_BLOCK = 4096,
    MAX_BLOCK = 1 << 26,
};
#define BYTES_CAP (1ULL << 28) /* the sum of the BYTES of all `a` ops */

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n >= 1. */
static uint64_t rnd(uint64_t n) { return next_u64() % n; }

/* Uniform in [lo, hi]. */
static uint64_t between(uint64_t lo, uint64_t hi) { return lo + rnd(hi - lo + 1); }

/* Log-uniform in [lo, hi]: as many small sizes as large ones per octave. */
static uint64_t log_between(uint64_t lo, uint64_t hi)
{
    int bits = 0;
    while ((hi >> bits) > lo && bits < 63)
        bits++;
    uint64_t top = lo << rnd((uint64_t)bits + 1);
    if (top > hi || top < lo)
        top = hi;
    return between(top / 2 > lo ? top / 2 : lo, top);
}

/* The largest free block of a model, in granules. */
static uint32_t model_largest(const model *m)
{
    if (!m->best)
        return m->seg[1];
    uint32_t t = m->root, last = MODEL_NIL;
    for (; t != MODEL_NIL; t = m->node[t].right)
        last = t;
    return last == MODEL_NIL ? 0 : m->tag[last] & ~MODEL_FREE;
}

/* The largest request every model serves now, within the live bound; 0 if none. */
static uint64_t models_largest(const model_set *s)
{
    uint64_t g = (s->block / 2 - s->live_cost) / MODEL_GRANULE;
    for (int k = 0; k < MODEL_COUNT; k++) {
        uint32_t l = model_largest(&s->m[k]);
        if (l < g)
            g = l;
    }
    return g >= 2 ? (g - 1) * MODEL_GRANULE : 0;
}

/* The request that takes exactly the free block at the end of the region in the
 * model where that block is smallest (a 1 KiB model when the layouts agree); 0
 * when some model has no free block there. */
static uint64_t models_top(const model_set *s)
{
    uint32_t g = UINT32_MAX;
    for (int k = 0; k < MODEL_COUNT; k++) {
        uint32_t last = s->m[k].tag[s->m[k].granules - 1];
        if (!(last & MODEL_FREE))
            return 0;
        if ((last & ~MODEL_FREE) < g)
            g = last & ~MODEL_FREE;
    }
    return g >= 2 ? (uint64_t)(g - 1) * MODEL_GRANULE : 0;
}

/* ---- output ---- */

static char out[1 << 16];
static size_t out_len;

static void flush_out(void)
{
    fwrite(out, 1, out_len, stdout);
    out_len = 0;
}

static void put_str(const char *s)
{
    size_t n = strlen(s);
    if (out_len + n > sizeof out)
        flush_out();
    memcpy(out + out_len, s, n);
    out_len += n;
}

static void put_num(uint64_t v, char end)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    *--p = '\0';
    *--p = end;
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    put_str(p);
}

/* ---- the trace being built ---- */

static model_set models;
static uint64_t block, ops, emitted, total_bytes;

static uint64_t *bytes_of;                /* per ID: the size it was allocated with */
static uint32_t (*where_of)[MODEL_COUNT]; /* per ID: its granule in each model */
static uint32_t *live, *live_pos;         /* the live IDs, and each one's index in live[] */
static uint32_t nlive;
static uint32_t *spare, nspare; /* IDs freed before, ready to be used again */
static uint32_t next_fresh;
static int reuse_pct = 30; /* chance that a request takes a spare ID */
static int live_pct = 25;  /* the share of the block mode_random keeps live */

static bool room(void) { return emitted < ops; }

static void emit_free_null(void)
{
    if (!room())
        return;
    put_str("n\n");
    emitted++;
}

static void emit_null_request(uint64_t n)
{
    if (!room())
        return;
    put_str("x ");
    put_num(n, '\n');
    emitted++;
}

/* Requests that no allocator can serve: 0, more than the block, and sizes made to
 * wrap around or to be truncated by careless arithmetic. */
static uint64_t impossible_size(void)
{
    switch (rnd(12)) {
    case 0:
        return 0;
    case 1:
        return block + 1;
    case 2:
        return block + between(1, 64);
    case 3:
        return (1ULL << 32) + 16 * between(0, 4);
    case 4:
        return (1ULL << 32) + between(1, block);
    case 5:
        return UINT64_MAX;
    case 6:
        return UINT64_MAX - between(0, 63);
    case 7:
        return UINT64_MAX - block + 16 * between(0, 8);
    case 8:
        return 1ULL << between(33, 63);
    case 9:
        return (1ULL << 63) + between(0, 32);
    case 10:
        return block * between(2, 64);
    default:
        return between(block + 1, UINT64_MAX);
    }
}

static uint32_t take_id(void)
{
    if (nspare > 0 && (rnd(100) < (uint64_t)reuse_pct || next_fresh >= MAX_IDS)) {
        uint32_t k = (uint32_t)rnd(nspare);
        uint32_t id = spare[k];
        spare[k] = spare[--nspare];
        return id;
    }
    return next_fresh++;
}

static void give_back_id(uint32_t id) { spare[nspare++] = id; }

/* Whether a request of n bytes would be promised now (and fits the trace). */
static bool promised(uint64_t n)
{
    return room() && nlive < MAX_LIVE && total_bytes + n <= BYTES_CAP &&
           (nspare > 0 || next_fresh < MAX_IDS) && !models_refuse(&models, n);
}

/* The largest size a drawn request may have now, so that the BYTES budget of
 * the trace lasts to its end: a few times what is left per remaining op. */
static uint64_t within_budget(uint64_t n)
{
    uint64_t cap = (BYTES_CAP - total_bytes) / (ops - emitted + 1) * 8;
    if (cap > BYTES_CAP / (ops + 1) * 8)
        cap = BYTES_CAP / (ops + 1) * 8; /* no burst of large ones at the end */
    if (cap < 64)
        cap = 64;
    return n < cap ? n : cap;
}

/* Emits `a ID n` when it is promised; returns the ID, or -1. */
static long request(uint64_t n)
{
    if (!promised(n))
        return -1;
    uint32_t id = take_id();
    models_alloc(&models, n, where_of[id]);
    bytes_of[id] = n;
    live_pos[id] = nlive;
    live[nlive++] = id;
    total_bytes += n;
    put_str("a ");
    put_num(id, ' ');
    put_num(n, '\n');
    emitted++;
    return id;
}

/* Like every emitter, a no-op once the trace has all its ops. */
static void free_id(uint32_t id)
{
    if (!room())
        return;
    models_free(&models, bytes_of[id], where_of[id]);
    uint32_t k = live_pos[id], last = live[--nlive];
    live[k] = last;
    live_pos[last] = k;
    give_back_id(id);
    put_str("f ");
    put_num(id, '\n');
    emitted++;
}

/* The rest of the trace when a mode cannot go on: frees and NULL-only ops. */
static void filler_op(void)
{
    if (nlive > 0 && rnd(4) != 0) {
        free_id(live[rnd(nlive)]);
    } else if (rnd(2) == 0) {
        emit_free_null();
    } else {
        emit_null_request(impossible_size());
    }
}

static void free_random(void)
{
    if (nlive > 0)
        free_id(live[rnd(nlive)]);
    else
        filler_op();
}

/* Asks for n bytes, or frees something when that is not promised. */
static void request_or_free(uint64_t n)
{
    if (request(n) < 0)
        free_random();
}

static void shuffle(uint32_t *a, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)rnd(i);
        uint32_t t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

/* Frees every live ID, in random order. */
static void free_all_random(void)
{
    shuffle(live, nlive);
    for (uint32_t k = 0; k < nlive; k++)
        live_pos[live[k]] = k;
    while (nlive > 0 && room())
        free_id(live[nlive - 1]);
}

/* ---- modes ---- */

/* A request size for the general modes: mostly small, some medium, a few large. */
static uint64_t mixed_size(void)
{
    uint64_t r = rnd(100), medium = 4096 < block / 16 ? 4096 : block / 16 > 512 ? block / 16 : 512;
    uint64_t large = block / 64 > 4096 ? block / 64 : medium;
    if (r < 60)
        return log_between(1, 256);
    if (r < 92)
        return within_budget(between(257, medium));
    return within_budget(log_between(medium / 2, large));
}

/* Sizes right around multiples of 16, where rounding mistakes show. */
static uint64_t tricky_small_size(void)
{
    uint64_t k = between(1, 10);
    switch (rnd(5)) {
    case 0:
        return 16 * k - 1;
    case 1:
        return 16 * k;
    case 2:
        return 16 * k + 1;
    case 3:
        return 16 * k - between(2, 8);
    default:
        return between(1, 192);
    }
}

/* Random requests and frees. Live memory drifts to live_pct of the block and
 * stays there (the chances of a request and of a free swap above it), low
 * enough that the requests are ones that sensible allocators serve (first fit
 * over a LIFO list and segregated lists included, checked over many seeds), not
 * only the models. */
static void mode_random(int alloc_pct, int special_pct, uint64_t (*size)(void))
{
    while (room()) {
        uint64_t r = rnd(100);
        int request_pct = models.live_cost * 100 > block * (uint64_t)live_pct
                              ? 100 - special_pct - alloc_pct
                              : alloc_pct;
        if (r < (uint64_t)special_pct) {
            if (rnd(3) == 0)
                emit_free_null();
            else
                emit_null_request(impossible_size());
        } else if (nlive == 0 || r < (uint64_t)(special_pct + request_pct)) {
            request_or_free(size());
        } else {
            free_random();
        }
    }
}

/* Fill, then free everything, over and over: the total allocated is many times
 * the block, so an allocator that never reuses memory runs out. */
static void mode_churn(void)
{
    while (room()) {
        uint64_t before = emitted;
        uint64_t lo = within_budget(log_between(1, block / 64)), hi = lo + lo / 2 + 16;
        uint64_t target = block / 2 - block / between(8, 32);
        while (room() && models.live_cost < target) {
            if (request(between(lo, hi)) < 0)
                break;
        }
        if (rnd(2) == 0) {
            free_all_random();
        } else {
            /* free half, refill with other sizes: holes get reused, not only the top */
            for (uint32_t k = nlive / 2; k > 0 && room(); k--)
                free_random();
        }
        if (emitted == before)
            filler_op();
    }
}

/* Rounds of small blocks that fill close to half the block, are all freed (in
 * random order, so merges go both ways), then one request as large as every
 * model can serve: it fits only where the small blocks' space was coalesced. The
 * small sizes grow from round to round, so they cannot all reuse the same holes. */
static void mode_coalesce(void)
{
    for (int round = 0; room(); round++) {
        uint64_t before = emitted;
        uint64_t fills = ops / 6 < 2 ? 2 : ops / 6 > 256 ? 256 : ops / 6;
        uint64_t unit = block / 2 / fills * (2 + (uint64_t)round % 3) / 4;
        uint64_t lo = unit / 2 > 1 ? unit / 2 : 1, hi = unit;
        while (room() && request(between(lo, hi)) >= 0)
            ;
        free_all_random();
        uint64_t big = models_largest(&models);
        if (big == 0) {
            if (emitted == before)
                filler_op();
            continue;
        }
        long id = request(big - 16 * rnd(big / 16 > 4 ? 4 : big / 16));
        if (id >= 0 && room() && rnd(4) != 0)
            free_id((uint32_t)id);
        if (emitted == before)
            filler_op();
    }
}

/* A few large blocks at a time, up to a sixteenth of the block each. */
static uint64_t big_size(void)
{
    return within_budget(log_between(block / 256 > 1 ? block / 256 : 1, block / 16));
}

/* The same few IDs over and over. */
static void mode_reuse(void)
{
    reuse_pct = 100;
    while (room()) {
        if (nlive < 4 && (nlive == 0 || rnd(2) == 0))
            request_or_free(tricky_small_size() * between(1, 8));
        else
            free_random();
    }
}

/* Many live blocks: small requests until 10^5 are live, then churn at that level. */
static void mode_many_live(void)
{
    while (room()) {
        if (nlive < MAX_LIVE && rnd(100) < 70)
            request_or_free(between(1, 32));
        else
            free_random();
    }
}

/* Needs the last byte of the block: a long block L of c bytes with a pin right
 * above it, L freed, then a request for exactly the free rest of the block in
 * the models with 1 KiB of bookkeeping. With c in [S/2 - 1024, S/2 - 528) that
 * request is larger than L's hole and fits the half-block bound, so every model
 * serves it from the rest, and with 1 KiB of bookkeeping it ends at the block's
 * last byte. Each round starts from an empty block and ends with some churn. */
static void mode_climb(void)
{
    while (room()) {
        uint64_t before = emitted;
        free_all_random();
        uint64_t c = block / 2 - 1024 + 16 * rnd(30);
        long l = request(c - 16);
        request(1 + rnd(16));
        if (l >= 0)
            free_id((uint32_t)l);
        uint64_t top = models_top(&models);
        if (top > 0)
            request(top);
        for (int k = 0; k < 20 && room(); k++)
            request_or_free(mixed_size());
        if (emitted == before)
            filler_op();
    }
}

/* Against first fit over one list in LIFO order. Live separators keep apart many
 * free blocks: 32-byte holes, then sets of targets whose sizes double from set to
 * set. Rounds then ask for the targets of one set at a time, smallest set first,
 * and free them again: each request fits only its own set, which sits behind every
 * hole and every set freed before it, whether the list is in address order or
 * in LIFO order (the holes are freed last, in random order, so a LIFO list also
 * walks them all over memory). Segregated lists find each target at once. */
static void mode_lifo_scan(void)
{
    uint64_t sets = 4, per = ops / 20, holes = ops / 20;
    if (per * sets * 2 + holes * 2 > MAX_LIVE) {
        per = MAX_LIVE / (2 * sets + 2);
        holes = per;
    }
    uint32_t *hole = malloc((holes + 1) * sizeof *hole);
    uint32_t *target = malloc((per * sets + 1) * sizeof *target);
    if (!hole || !target)
        exit(1);
    size_t nh = 0, nt = 0;
    for (uint64_t k = 0; k < holes && room(); k++) {
        long h = request(16);
        if (h < 0 || request(16) < 0)
            break;
        hole[nh++] = (uint32_t)h;
    }
    for (uint64_t s = 0; s < sets; s++) {
        for (uint64_t k = 0; k < per && room(); k++) {
            long t = request((64u << s) - 16);
            if (t < 0 || request(16) < 0)
                break;
            target[nt++] = (uint32_t)t;
        }
    }
    for (size_t k = nt; k > 0 && room(); k--)
        free_id(target[k - 1]);
    shuffle(hole, nh);
    for (size_t k = 0; k < nh && room(); k++)
        free_id(hole[k]);
    size_t got = 0;
    for (uint64_t s = 0; s < sets && room(); s++) {
        got = 0;
        long t;
        while (got < per && (t = request((64u << s) - 16)) >= 0)
            target[got++] = (uint32_t)t;
        shuffle(target, got);
        for (size_t k = 0; k < got && room(); k++)
            free_id(target[k]);
    }
    free(hole);
    free(target);
    mode_random(50, 2, tricky_small_size);
}

/* Against first fit over an address-ordered (or implicit) list, and next fit.
 * Target A sits at the start of the block and target B after a first run of
 * 80-byte holes kept apart by 32-byte live separators. More runs follow until
 * the block is used up, each with holes and separators 16 bytes larger than the
 * holes before, so no run fills the holes of an earlier one. The first run's
 * holes are larger than its separators, so the space runs out before live memory
 * reaches half the block: more than half of the block ends up free, in pieces
 * B's request does not fit (the 1 KiB that the fixed-bookkeeping models leave
 * over at the end is smaller than B too). Then each round asks for B, then for
 * A, and frees both: first fit walks every hole of the first run, next fit walks
 * round the whole block to B. Segregated lists or a size tree find B at once. */
static void mode_address_scan(void)
{
    enum { PIN = 16, SMALL_TARGET = 48, LARGE_TARGET = 2000, RESERVE = 4096 };
    long first = request(SMALL_TARGET), last = -1;
    request(PIN);
    uint64_t pairs = ops / 5;
    uint32_t *run = malloc(MAX_LIVE * sizeof *run);
    if (!run)
        exit(1);
    for (uint64_t hole = 64, sep = 16; hole + 16 < LARGE_TARGET; sep = hole += 16) {
        size_t n = 0;
        while (pairs > 0 && n < MAX_LIVE &&
               models.live_cost + hole + sep + 32 + RESERVE <= block / 2) {
            long h = request(hole);
            if (h < 0)
                break;
            if (request(sep) < 0) {
                free_id((uint32_t)h);
                break;
            }
            run[n++] = (uint32_t)h;
            pairs--;
        }
        shuffle(run, n);
        for (size_t k = 0; k < n; k++)
            free_id(run[k]);
        if (last < 0) {
            last = request(LARGE_TARGET);
            request(PIN);
        }
        if (n == 0)
            break;
    }
    free(run);
    if (first >= 0)
        free_id((uint32_t)first);
    if (last >= 0)
        free_id((uint32_t)last);
    while (room()) {
        long x = request(LARGE_TARGET), y = request(SMALL_TARGET);
        if (x >= 0)
            free_id((uint32_t)x);
        if (y >= 0)
            free_id((uint32_t)y);
        if (x < 0 || y < 0)
            break;
    }
    mode_random(50, 2, tricky_small_size);
}

/* A block the mode's live memory needs; the modes that ask for blocks of a
 * fixed share of the block size it so that the BYTES budget lasts the trace. */
static uint64_t default_block(const char *mode)
{
    uint64_t per_op = BYTES_CAP / (ops + 1), b = ops * 128;
    if (!strcmp(mode, "address-scan"))
        b = ops * 16;
    else if (!strcmp(mode, "lifo-scan"))
        b = ops * 128;
    else if (!strcmp(mode, "many-live"))
        b = ops * 32;
    else if (!strcmp(mode, "reuse"))
        b = 65536;
    else if (!strcmp(mode, "big"))
        b = per_op * 16;
    else if (!strcmp(mode, "coalesce"))
        b = per_op * 256;
    else if (!strcmp(mode, "climb"))
        b = per_op * 16;
    uint64_t p = MIN_BLOCK;
    while (p * 2 <= b && p < (1u << 25))
        p *= 2;
    if (!strcmp(mode, "address-scan") && p > (1u << 23))
        p = 1u << 23; /* small enough that its holes fill it, with at most 10^5 live */
    return p;
}

static int generate(const char *mode)
{
    if (!strcmp(mode, "random"))
        mode_random(55, 3, mixed_size);
    else if (!strcmp(mode, "small"))
        mode_random(55, 3, tricky_small_size);
    else if (!strcmp(mode, "huge"))
        mode_random(45, 30, mixed_size);
    else if (!strcmp(mode, "big")) {
        live_pct = 15;
        mode_random(50, 2, big_size);
    } else if (!strcmp(mode, "churn"))
        mode_churn();
    else if (!strcmp(mode, "coalesce"))
        mode_coalesce();
    else if (!strcmp(mode, "reuse"))
        mode_reuse();
    else if (!strcmp(mode, "many-live"))
        mode_many_live();
    else if (!strcmp(mode, "climb"))
        mode_climb();
    else if (!strcmp(mode, "lifo-scan"))
        mode_lifo_scan();
    else if (!strcmp(mode, "address-scan"))
        mode_address_scan();
    else
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random small churn coalesce big huge reuse climb");
        return 0;
    }
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: gen <seed> <size> [random|small|huge|big|churn|coalesce|"
                        "reuse|many-live|climb|lifo-scan|address-scan] [block]\n");
        return 2;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long q = atoll(argv[2]);
    const char *mode = argc > 3 ? argv[3] : "random";
    if (q < 0 || q > MAX_OPS) {
        fprintf(stderr, "gen: size must be in [0, %d]\n", MAX_OPS);
        return 2;
    }
    ops = (uint64_t)q;
    block = argc > 4 ? strtoull(argv[4], NULL, 10) : default_block(mode);
    if (block < MIN_BLOCK || block > MAX_BLOCK || block % 16 != 0) {
        fprintf(stderr, "gen: block must be a multiple of 16 in [%d, %d]\n", MIN_BLOCK, MAX_BLOCK);
        return 2;
    }
    bytes_of = model_array(MAX_IDS, sizeof *bytes_of);
    where_of = model_array(MAX_IDS, sizeof *where_of);
    live = model_array(MAX_LIVE, sizeof *live);
    live_pos = model_array(MAX_IDS, sizeof *live_pos);
    spare = model_array(MAX_IDS, sizeof *spare);
    models_init(&models, block);
    put_num(block, ' ');
    put_num(ops, '\n');
    if (generate(mode) < 0) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    flush_out();
    models_release(&models);
    return 0;
}
