/* Harness of malloc-free: reads a trace, gives the learner's allocator one block
 * (16- but not 32-byte aligned, with canary bytes and then unmapped pages on both
 * sides), replays the trace and checks every promise: each pointer lies inside
 * the block, is 16-byte aligned and overlaps no live allocation (a bitmap of the
 * block's 16-byte granules); each allocation is filled with a pattern derived from
 * its ID, verified when it is freed and after the last op; the bytes around the
 * block stay untouched; impossible requests get NULL; and the allocator calls no
 * allocation entry point (harness_alloc_forbid). The first broken promise stops
 * the replay with a message naming the op. Writes "ok OPS" and the footprint. */
#include "harness.h"
#include "mm.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum {
    MIN_BLOCK = 4096,
    MAX_BLOCK = 1 << 26,
    MAX_OPS = 1000000,
    MAX_IDS = 1000000,
    PAGE = 4096,
    LEAD = 16,         /* canary bytes right before the block */
    TAIL_CHECKED = 64, /* canary bytes after the block checked after every call */
    BIG_FILL = 1 << 16 /* fills this large run with the function timer stopped */
};

enum kind { OP_ALLOC, OP_NULL, OP_FREE, OP_FREE_NULL };

struct op {
    uint64_t bytes;
    uint32_t id;
    uint8_t kind;
};

/* One ID's allocation while it is live. */
struct slot {
    uint32_t off, bytes, op;
    bool live;
};

static struct op *ops;
static size_t nops, block_size;
static struct slot *slots;
static uint32_t id_end; /* 1 + the largest ID in the trace: slots[0..id_end) */
static unsigned char *region, *block, *data_end;
static size_t region_len;
static uint64_t *granule_used;
static unsigned char lead_copy[LEAD], tail_copy[TAIL_CHECKED]; /* the nearest canaries */
static uint32_t live_count;
static uint64_t live_bytes, furthest;

/* ---- reading the trace ---- */

static char *text;
static size_t text_len, text_pos, text_line = 1;

static void read_text(void)
{
    size_t cap = 1 << 20;
    text = malloc(cap + 1);
    for (;;) {
        if (!text)
            harness_bad_input("out of memory reading the trace");
        ssize_t got = read(0, text + text_len, cap - text_len);
        if (got < 0)
            harness_bad_input("cannot read the trace");
        if (got == 0)
            break;
        text_len += (size_t)got;
        if (text_len == cap) {
            cap *= 2;
            text = realloc(text, cap + 1);
        }
    }
    text[text_len] = '\0';
}

static void skip_blanks(void)
{
    while (text[text_pos] == ' ' || text[text_pos] == '\t' || text[text_pos] == '\r')
        text_pos++;
}

static uint64_t parse_number(const char *what)
{
    skip_blanks();
    if (text[text_pos] < '0' || text[text_pos] > '9')
        harness_bad_input("line %zu: expected %s", text_line, what);
    uint64_t v = 0;
    while (text[text_pos] >= '0' && text[text_pos] <= '9') {
        unsigned d = (unsigned)(text[text_pos++] - '0');
        if (v > (UINT64_MAX - d) / 10)
            harness_bad_input("line %zu: %s does not fit in 64 bits", text_line, what);
        v = v * 10 + d;
    }
    return v;
}

static void end_line(void)
{
    skip_blanks();
    if (text[text_pos] != '\n' && text_pos < text_len)
        harness_bad_input("line %zu: unexpected text after the op", text_line);
    if (text_pos < text_len)
        text_pos++;
    text_line++;
}

static uint32_t parse_id(void)
{
    uint64_t id = parse_number("an ID");
    if (id >= MAX_IDS)
        harness_bad_input("line %zu: ID %llu is not below 10^6", text_line, (unsigned long long)id);
    if (id >= id_end)
        id_end = (uint32_t)id + 1;
    return (uint32_t)id;
}

static void parse_trace(void)
{
    read_text();
    uint64_t size = parse_number("SIZE"), count = parse_number("OPS");
    if (size < MIN_BLOCK || size > MAX_BLOCK || size % 16 != 0 || count > MAX_OPS)
        harness_bad_input("SIZE %llu or OPS %llu out of range", (unsigned long long)size,
                          (unsigned long long)count);
    end_line();
    block_size = (size_t)size;
    nops = (size_t)count;
    ops = malloc((nops ? nops : 1) * sizeof *ops);
    if (!ops)
        harness_bad_input("out of memory for %zu ops", nops);
    for (size_t i = 0; i < nops; i++) {
        skip_blanks();
        char c = text[text_pos++];
        struct op *o = &ops[i];
        *o = (struct op){0};
        if (c == 'a') {
            o->kind = OP_ALLOC;
            o->id = parse_id();
            o->bytes = parse_number("BYTES");
        } else if (c == 'x') {
            o->kind = OP_NULL;
            o->bytes = parse_number("BYTES");
        } else if (c == 'f') {
            o->kind = OP_FREE;
            o->id = parse_id();
        } else if (c == 'n') {
            o->kind = OP_FREE_NULL;
        } else {
            harness_bad_input("line %zu: expected an op (a, x, f or n)", text_line);
        }
        end_line();
    }
    free(text);
}

/* ---- the block, its canaries and its granule bitmap ---- */

static unsigned char canary_byte(size_t i)
{
    uint64_t z = (i + 1) * 0x9e3779b97f4a7c15ULL;
    z ^= z >> 29;
    z *= 0xbf58476d1ce4e5b9ULL;
    return (unsigned char)(z >> 56) | 1;
}

/* The block starts 16 bytes into a page (so 16- but not 32-byte aligned), an
 * unmapped page before that; canary bytes fill the rest of its last page, and an
 * unmapped page follows. A small overrun changes a canary (a clear message), a
 * wild one faults. */
static void map_block(void)
{
    size_t data_len = (LEAD + block_size + TAIL_CHECKED + PAGE - 1) / PAGE * PAGE;
    region_len = data_len + 2 * PAGE;
    region = mmap(NULL, region_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED)
        harness_bad_input("cannot map a block of %zu bytes", block_size);
    if (mprotect(region, PAGE, PROT_NONE) < 0 ||
        mprotect(region + PAGE + data_len, PAGE, PROT_NONE) < 0)
        harness_bad_input("cannot protect the pages around the block");
    unsigned char *data = region + PAGE;
    block = data + LEAD;
    data_end = data + data_len;
    for (unsigned char *q = data; q < block; q++)
        *q = canary_byte((size_t)(q - data));
    for (unsigned char *q = block + block_size; q < data_end; q++)
        *q = canary_byte((size_t)(q - data));
    memcpy(lead_copy, data, LEAD);
    memcpy(tail_copy, block + block_size, TAIL_CHECKED);
    granule_used = calloc(block_size / 16 / 64 + 1, sizeof *granule_used);
    /* only the trace's IDs: a scan of all 10^6 would touch 16 MB on every run */
    slots = calloc(id_end ? id_end : 1, sizeof *slots);
    if (!granule_used || !slots)
        harness_bad_input("out of memory for the harness's tables");
}

/* The first canary byte that changed in [from, to), or NULL. */
static const unsigned char *changed_canary(const unsigned char *from, const unsigned char *to)
{
    const unsigned char *data = region + PAGE;
    for (const unsigned char *q = from; q < to; q++)
        if (*q != canary_byte((size_t)(q - data)))
            return q;
    return NULL;
}

static long long offset_of(const void *p) { return (long long)((uintptr_t)p - (uintptr_t)block); }

/* What a message is about: "op 17 (a 5 100)", or the call or moment named by
 * AT_INIT and AT_END. Only called to word a failure: snprintf per op is slow. */
enum { AT_INIT = -1, AT_END = -2 };

static const char *describe(long i)
{
    static char s[96];
    if (i == AT_INIT)
        return "mm_init";
    if (i == AT_END)
        return "after the last op";
    const struct op *o = &ops[i];
    int n = snprintf(s, sizeof s, "op %ld (", i + 1);
    if (o->kind == OP_ALLOC)
        snprintf(s + n, sizeof s - (size_t)n, "a %u %llu)", o->id, (unsigned long long)o->bytes);
    else if (o->kind == OP_NULL)
        snprintf(s + n, sizeof s - (size_t)n, "x %llu)", (unsigned long long)o->bytes);
    else if (o->kind == OP_FREE)
        snprintf(s + n, sizeof s - (size_t)n, "f %u)", o->id);
    else
        snprintf(s + n, sizeof s - (size_t)n, "n)");
    return s;
}

/* Whether `who`, just called at op i, left the bytes around the block alone;
 * `all` checks every canary byte, otherwise only those nearest the block (a
 * memcmp against copies, since it runs after every call). */
static bool canaries_intact(long i, const char *who, bool all)
{
    const unsigned char *data = region + PAGE, *end = block + block_size;
    if (!all && memcmp(lead_copy, data, LEAD) == 0 && memcmp(tail_copy, end, TAIL_CHECKED) == 0)
        return true;
    const unsigned char *q = changed_canary(data, block);
    if (!q)
        q = changed_canary(end, all ? data_end : end + TAIL_CHECKED);
    if (!q)
        return true;
    const char *where = describe(i);
    if (q < block)
        harness_fail("%s: %s wrote outside the block, %lld bytes before its start", where, who,
                     (long long)(block - q));
    else
        harness_fail("%s: %s wrote outside the block, at offset %zu + %lld (the block has %zu "
                     "bytes, offsets 0 to %zu)",
                     where, who, block_size, (long long)(q - end), block_size, block_size - 1);
    return false;
}

/* The bits [lo, hi) of a word, 0 <= lo < hi <= 64. */
static uint64_t bits(size_t lo, size_t hi)
{
    uint64_t below_hi = hi == 64 ? ~0ULL : (1ULL << hi) - 1;
    return below_hi & ~((1ULL << lo) - 1);
}

/* Whether granules [g0, g1) are all unused (g0 < g1), a word at a time. */
static bool granules_free(size_t g0, size_t g1)
{
    size_t w0 = g0 / 64, w1 = (g1 - 1) / 64;
    if (w0 == w1)
        return !(granule_used[w0] & bits(g0 % 64, (g1 - 1) % 64 + 1));
    if (granule_used[w0] & bits(g0 % 64, 64))
        return false;
    for (size_t w = w0 + 1; w < w1; w++)
        if (granule_used[w])
            return false;
    return !(granule_used[w1] & bits(0, (g1 - 1) % 64 + 1));
}

static void mark_granules(size_t g0, size_t g1, bool used)
{
    size_t w0 = g0 / 64, w1 = (g1 - 1) / 64;
    for (size_t w = w0; w <= w1; w++) {
        uint64_t m = bits(w == w0 ? g0 % 64 : 0, w == w1 ? (g1 - 1) % 64 + 1 : 64);
        granule_used[w] = used ? granule_used[w] | m : granule_used[w] & ~m;
    }
}

/* ---- the pattern in each allocation ---- */

/* An allocation's byte i is pattern[(start + i) % PATTERN], start derived from
 * its ID and its op; the table is stored twice over so that any PATTERN bytes
 * from any start are contiguous, and fills and checks are memcpy and memcmp. */
enum { PATTERN = 4096 };
static unsigned char pattern[2 * PATTERN];

static void make_pattern(void)
{
    uint64_t z = 0x5eed5eed5eed5eedULL;
    for (size_t i = 0; i < PATTERN; i++) {
        z += 0x9e3779b97f4a7c15ULL;
        uint64_t x = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        pattern[i] = pattern[PATTERN + i] = (unsigned char)((x ^ (x >> 27)) >> 32);
    }
}

static size_t pattern_start(uint32_t id, uint32_t op)
{
    uint64_t z = ((uint64_t)id << 32 | op) * 0x94d049bb133111ebULL;
    return (size_t)((z ^ (z >> 29)) % PATTERN);
}

static void fill(const struct slot *s, uint32_t id)
{
    unsigned char *p = block + s->off;
    size_t start = pattern_start(id, s->op);
    for (size_t i = 0; i < s->bytes; i += PATTERN) {
        size_t n = s->bytes - i < PATTERN ? s->bytes - i : PATTERN;
        memcpy(p + i, pattern + (start + i) % PATTERN, n);
    }
}

/* The offset of the first byte of the allocation that is not its pattern, or -1. */
static long long first_changed(const struct slot *s, uint32_t id)
{
    const unsigned char *p = block + s->off;
    size_t start = pattern_start(id, s->op);
    for (size_t i = 0; i < s->bytes; i += PATTERN) {
        size_t n = s->bytes - i < PATTERN ? s->bytes - i : PATTERN;
        const unsigned char *want = pattern + (start + i) % PATTERN;
        if (memcmp(p + i, want, n) != 0)
            for (size_t b = 0; b < n; b++)
                if (p[i + b] != want[b])
                    return (long long)(i + b);
    }
    return -1;
}

static bool pattern_intact(long i, uint32_t id)
{
    const struct slot *s = &slots[id];
    long long at = first_changed(s, id);
    if (at < 0)
        return true;
    harness_fail("%s: block %u's bytes changed at offset %lld of %u while it was live "
                 "(allocated at op %u, at block+%u): is your header inside it?",
                 describe(i), id, at, s->bytes, s->op + 1, s->off);
    return false;
}

/* ---- the ops ---- */

/* The live allocation that overlaps [off, off + bytes): a slow search, run only
 * to word the failure. */
static uint32_t overlapping(uint64_t off, uint64_t bytes)
{
    for (uint32_t id = 0; id < id_end; id++) {
        const struct slot *s = &slots[id];
        if (s->live && s->off < off + bytes && off < (uint64_t)s->off + s->bytes)
            return id;
    }
    return MAX_IDS;
}

static bool check_pointer(size_t i, const void *p)
{
    const struct op *o = &ops[i];
    long long off = offset_of(p);
    if (!p) {
        harness_fail("%s: mm_malloc returned NULL but this request must succeed (live: %u "
                     "block%s, %llu byte%s)",
                     describe((long)i), live_count, live_count == 1 ? "" : "s",
                     (unsigned long long)live_bytes, live_bytes == 1 ? "" : "s");
        return false;
    }
    if (off < 0 || (uint64_t)off >= block_size) {
        harness_fail("%s: mm_malloc returned a pointer outside the block (at offset %lld of a "
                     "%zu-byte block)",
                     describe((long)i), off, block_size);
        return false;
    }
    if (off % 16 != 0) {
        harness_fail("%s: mm_malloc returned block+%lld, not 16-byte aligned (the block itself "
                     "is 16-byte aligned)",
                     describe((long)i), off);
        return false;
    }
    if ((uint64_t)off + o->bytes > block_size) {
        harness_fail("%s: mm_malloc returned block+%lld, but %llu bytes from there run past the "
                     "end of the %zu-byte block",
                     describe((long)i), off, (unsigned long long)o->bytes, block_size);
        return false;
    }
    size_t g0 = (size_t)off / 16, g1 = ((size_t)off + o->bytes + 15) / 16;
    if (!granules_free(g0, g1)) {
        uint32_t other = overlapping((uint64_t)off, o->bytes);
        if (other < MAX_IDS)
            harness_fail("%s: mm_malloc returned block+%lld, which overlaps block %u (block+%u, "
                         "%u bytes, allocated at op %u), still live",
                         describe((long)i), off, other, slots[other].off, slots[other].bytes,
                         slots[other].op + 1);
        else
            harness_fail("%s: mm_malloc returned block+%lld, which overlaps a live block",
                         describe((long)i), off);
        return false;
    }
    return true;
}

static bool run_alloc(size_t i)
{
    const struct op *o = &ops[i];
    if (slots[o->id].live)
        harness_bad_input("%s: ID %u is live", describe((long)i), o->id);
    harness_alloc_forbid("mm_malloc");
    void *p = mm_malloc((size_t)o->bytes);
    harness_alloc_allow();
    if (!canaries_intact((long)i, "mm_malloc", false) || !check_pointer(i, p))
        return false;
    struct slot *s = &slots[o->id];
    *s = (struct slot){(uint32_t)offset_of(p), (uint32_t)o->bytes, (uint32_t)i, true};
    mark_granules(s->off / 16, ((size_t)s->off + s->bytes + 15) / 16, true);
    live_count++;
    live_bytes += s->bytes;
    if (s->off + s->bytes > furthest)
        furthest = s->off + s->bytes;
    if (s->bytes >= BIG_FILL) {
        harness_timer_stop();
        fill(s, o->id);
        harness_timer_start();
    } else {
        fill(s, o->id);
    }
    return true;
}

static bool run_null_request(size_t i)
{
    const struct op *o = &ops[i];
    harness_alloc_forbid("mm_malloc");
    void *p = mm_malloc((size_t)o->bytes);
    harness_alloc_allow();
    if (!canaries_intact((long)i, "mm_malloc", false))
        return false;
    if (!p)
        return true;
    if (o->bytes == 0)
        harness_fail("%s: mm_malloc(0) must return NULL (it returned block%+lld)",
                     describe((long)i), offset_of(p));
    else
        harness_fail("%s: mm_malloc(%llu) returned block%+lld, but no allocator can serve that "
                     "request (the block has %zu bytes): it must return NULL",
                     describe((long)i), (unsigned long long)o->bytes, offset_of(p), block_size);
    return false;
}

static bool run_free(size_t i)
{
    const struct op *o = &ops[i];
    struct slot *s = &slots[o->id];
    if (!s->live)
        harness_bad_input("%s: ID %u is not live", describe((long)i), o->id);
    bool ok;
    if (s->bytes >= BIG_FILL) {
        harness_timer_stop();
        ok = pattern_intact((long)i, o->id);
        harness_timer_start();
    } else {
        ok = pattern_intact((long)i, o->id);
    }
    if (!ok)
        return false;
    harness_alloc_forbid("mm_free");
    mm_free(block + s->off);
    harness_alloc_allow();
    if (!canaries_intact((long)i, "mm_free", false))
        return false;
    mark_granules(s->off / 16, ((size_t)s->off + s->bytes + 15) / 16, false);
    s->live = false;
    live_count--;
    live_bytes -= s->bytes;
    return true;
}

static bool run_free_null(size_t i)
{
    harness_alloc_forbid("mm_free");
    mm_free(NULL);
    harness_alloc_allow();
    return canaries_intact((long)i, "mm_free(NULL)", false);
}

static bool run_trace(void)
{
    harness_alloc_forbid("mm_init");
    mm_init(block, block_size);
    harness_alloc_allow();
    if (!canaries_intact(AT_INIT, "mm_init", false))
        return false;
    for (size_t i = 0; i < nops; i++) {
        bool ok;
        switch (ops[i].kind) {
        case OP_ALLOC:
            ok = run_alloc(i);
            break;
        case OP_NULL:
            ok = run_null_request(i);
            break;
        case OP_FREE:
            ok = run_free(i);
            break;
        default:
            ok = run_free_null(i);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

/* After the last op: every live allocation still holds its pattern, and no byte
 * around the block changed. */
static bool final_checks(void)
{
    if (!canaries_intact(AT_END, "your allocator", true))
        return false;
    for (uint32_t id = 0; id < id_end; id++)
        if (slots[id].live && !pattern_intact(AT_END, id))
            return false;
    return true;
}

int main(void)
{
    parse_trace();
    map_block();
    make_pattern();
    harness_answer(); /* opens the answer stream now, outside any forbidden window */

    harness_timer_start();
    bool ok = run_trace();
    harness_timer_stop();
    if (ok)
        ok = final_checks();
    double share = 100.0 * (double)furthest / (double)block_size;
    harness_fact(share >= 1 || share == 0 ? "footprint %.1f%% of the block"
                                          : "footprint %.2g%% of the block",
                 share);
    if (ok)
        fprintf(harness_answer(), "ok %zu\n", nops);
    munmap(region, region_len);
    free(slots);
    free(granule_used);
    free(ops);
    return harness_finish();
}
