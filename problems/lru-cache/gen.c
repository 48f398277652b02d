/* Generator of lru-cache tests: `gen <seed> <size> [mode] [capacity]` prints one
 * valid .in with q = size operations. Deterministic (splitmix64). The mode picks the
 * shape and a default capacity; a fourth argument overrides the capacity. `gen --modes`
 * lists the modes `judge stress` draws from. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CAPACITY = 1000000, MAX_OPS = 1000000 };

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n >= 1. The modulo bias is irrelevant at these sizes. */
static long long rnd(long long n) { return (long long)(next_u64() % (uint64_t)n); }

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

static void put_num(long long v, char end)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    *--p = '\0';
    *--p = end;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    put_str(p);
}

static void emit_get(long long key)
{
    put_str("get ");
    put_num(key, '\n');
}

static void emit_put(long long key, long long value)
{
    put_str("put ");
    put_num(key, ' ');
    put_num(value, '\n');
}

/* The shape of a uniform mode: keys in [key_lo, key_lo + key_span), values in
 * [val_lo, val_lo + val_span), a get with probability get_pct / 100. */
struct shape {
    long long key_lo, key_span, val_lo, val_span;
    int get_pct;
};

static void uniform(long long q, struct shape s)
{
    for (long long i = 0; i < q; i++) {
        long long key = s.key_lo + rnd(s.key_span);
        if (rnd(100) < s.get_pct)
            emit_get(key);
        else
            emit_put(key, s.val_lo + rnd(s.val_span));
    }
}

/* Distinct keys by index: an odd multiplier is a bijection on [0, 2^22). */
static long long key_of_index(long long i)
{
    return (long long)((uint32_t)i * 2654435761U & 0x3fffffU);
}

/* No evictions: at most capacity distinct keys, half the operations new puts, the
 * rest gets of present keys, a few gets of absent keys and updates. */
static void big_cap(long long q, long long cap)
{
    long long n = 0;
    for (long long i = 0; i < q; i++) {
        long long r = rnd(100);
        if (n < cap && (n == 0 || r < 50))
            emit_put(key_of_index(n++), rnd(1000));
        else if (r < 85)
            emit_get(key_of_index(rnd(n)));
        else if (r < 90)
            emit_get(key_of_index((1 << 21) + rnd(1 << 21)));
        else
            emit_put(key_of_index(rnd(n)), rnd(1000));
    }
}

static const long long special_keys[] = {INT_MIN, INT_MAX, INT_MIN + 1, INT_MAX - 1, -1, 0, 1};
static const long long special_values[] = {INT_MIN, INT_MAX, -1, 0};

/* Multiples of 2^16 (negative ones too) and the int extremes: a hash that keeps
 * only the low bits sends them all to one bucket. */
static void patterned(long long q)
{
    for (long long i = 0; i < q; i++) {
        long long key = (long long)(int32_t)((uint32_t)(rnd(40000) - 20000) << 16);
        if (rnd(20) == 0)
            key = special_keys[rnd(sizeof special_keys / sizeof *special_keys)];
        if (rnd(2) == 0) {
            emit_get(key);
            continue;
        }
        long long value = (long long)(int32_t)(uint32_t)next_u64();
        if (rnd(4) == 0)
            value = special_values[rnd(sizeof special_values / sizeof *special_values)];
        emit_put(key, value);
    }
}

/* A program scanning its data in a loop, "get, then put": over capacity keys every
 * get hits once warm; over capacity + 1 keys LRU misses every single time. */
static void cycle(long long q, long long cap)
{
    long long i = 0;
    for (int phase = 0; phase < 2; phase++) {
        long long keys = cap + phase, end = phase == 0 ? q / 2 : q;
        for (long long t = 0; i < end; t++) {
            emit_get(t % keys);
            if (++i < end) {
                emit_put(t % keys, t);
                i++;
            }
        }
    }
}

static long long default_capacity(const char *mode, long long q)
{
    if (!strcmp(mode, "small-cap"))
        return 1000;
    if (!strcmp(mode, "big-cap"))
        return MAX_CAPACITY;
    if (!strcmp(mode, "tiny-keys"))
        return 8;
    if (!strcmp(mode, "patterned"))
        return 25000;
    if (!strcmp(mode, "get-heavy") || !strcmp(mode, "put-heavy"))
        return 100000;
    if (!strcmp(mode, "cap1"))
        return 1;
    if (!strcmp(mode, "cycle"))
        return q / 20 > 0 ? q / 20 : 1;
    return 1 + rnd(q / 4 + 1); /* random */
}

static int generate(const char *mode, long long q, long long cap)
{
    long long half = cap / 2 + 1;
    if (!strcmp(mode, "random"))
        uniform(q, (struct shape){-half, 2 * cap + 2, -1000, 2001, 50});
    else if (!strcmp(mode, "small-cap"))
        uniform(q, (struct shape){0, 3 * cap, 0, 1000, 50});
    else if (!strcmp(mode, "big-cap"))
        big_cap(q, cap);
    else if (!strcmp(mode, "tiny-keys"))
        uniform(q, (struct shape){0, 2 * cap, -100, 201, 50});
    else if (!strcmp(mode, "patterned"))
        patterned(q);
    else if (!strcmp(mode, "get-heavy"))
        uniform(q, (struct shape){0, 3 * half, 0, 1000, 90});
    else if (!strcmp(mode, "put-heavy"))
        uniform(q, (struct shape){0, 2 * cap, 0, 1000000, 10});
    else if (!strcmp(mode, "cap1"))
        uniform(q, (struct shape){0, 3, 0, 10, 50});
    else if (!strcmp(mode, "cycle"))
        cycle(q, cap);
    else
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from, small-input friendly first */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random tiny-keys cap1 cycle patterned get-heavy put-heavy small-cap");
        return 0;
    }
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: gen <seed> <size> [random|small-cap|big-cap|tiny-keys|"
                        "patterned|get-heavy|put-heavy|cap1|cycle] [capacity]\n");
        return 2;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long q = atoll(argv[2]);
    const char *mode = argc > 3 ? argv[3] : "random";
    if (q < 0 || q > MAX_OPS) {
        fprintf(stderr, "gen: size must be in [0, %d]\n", MAX_OPS);
        return 2;
    }
    long long cap = argc > 4 ? atoll(argv[4]) : default_capacity(mode, q);
    if (cap < 1 || cap > MAX_CAPACITY) {
        fprintf(stderr, "gen: capacity must be in [1, %d]\n", MAX_CAPACITY);
        return 2;
    }
    put_num(cap, ' ');
    put_num(q, '\n');
    if (generate(mode, q, cap) < 0) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    flush_out();
    return 0;
}
