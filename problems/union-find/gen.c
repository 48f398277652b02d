/* Generator of union-find tests: `gen <seed> <size> [mode] [n]` prints one valid
 * .in with q = size operations. Deterministic (splitmix64). The mode picks the
 * shape and a default n; a fourth argument overrides n. `gen --modes` lists the
 * modes `judge stress` draws from. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, MAX_OPS = 500000 };

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n >= 1. The modulo bias is irrelevant at these sizes. */
static long rnd(long n) { return (long)(next_u64() % (uint64_t)n); }

static char out[1 << 16];
static size_t out_len;

static void flush_out(void)
{
    fwrite(out, 1, out_len, stdout);
    out_len = 0;
}

static void put_str(const char *s)
{
    size_t k = strlen(s);
    if (out_len + k > sizeof out)
        flush_out();
    memcpy(out + out_len, s, k);
    out_len += k;
}

static void put_num(long v, char end)
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

static void emit(const char *op, long a, long b)
{
    put_str(op);
    put_num(a, ' ');
    put_num(b, '\n');
}

static void emit_count(void) { put_str("count\n"); }

/* q operations on n elements, uniform: union with probability union_pct / 100,
 * count with count_pct / 100, same otherwise. */
static void uniform(long n, long q, int union_pct, int count_pct)
{
    for (long i = 0; i < q; i++) {
        long r = rnd(100);
        if (r < union_pct)
            emit("union ", rnd(n), rnd(n));
        else if (r < union_pct + count_pct)
            emit_count();
        else
            emit("same ", rnd(n), rnd(n));
    }
}

/* After the unions of a shaped mode: queries on random pairs, every eighth a count,
 * until q operations are out. */
static void queries(long n, long done, long q)
{
    for (long i = done; i < q; i++) {
        if (rnd(8) == 0)
            emit_count();
        else
            emit("same ", rnd(n), rnd(n));
    }
}

/* union(i, i + 1) for i = 0, 1, ..., n - 2: with no balancing, linking a's root
 * under b's (or the smaller number under the larger) makes one path of length
 * n - 1, with element 0 at its bottom. */
static long chain_up(long n, long q)
{
    long done = 0;
    for (long i = 0; i + 1 < n && done < q; i++, done++)
        emit("union ", i, i + 1);
    return done;
}

/* union(i, i + 1) for i = n - 2, ..., 0: with no balancing, linking b's root under
 * a's (or the larger number under the smaller) makes one path of length n - 1. */
static long chain_down(long n, long q)
{
    long done = 0;
    for (long i = n - 2; i >= 0 && done < q; i--, done++)
        emit("union ", i, i + 1);
    return done;
}

/* CHAINS chains of consecutive elements, alternately built ascending (as chain_up)
 * and descending (as chain_down): with no balancing, either way of linking roots
 * makes half of them paths about n / CHAINS long. Then queries sweep the elements
 * in order, each against a near one (often in the same chain, sometimes across a
 * boundary): the naive forest walks n / CHAINS / 2 steps per find on average, a
 * cost quadratic in q but CHAINS times below one long chain's, while a balanced
 * forest touches memory almost in order, so its time grows linearly in q rather
 * than with the cache misses of random queries. The shape `judge scale` times. */
enum { CHAINS = 128 };

static long chains(long n, long q)
{
    long done = 0, len = (n + CHAINS - 1) / CHAINS;
    if (len < 8)
        len = 8; /* small inputs: fewer chains, not chains of one element */
    for (long c = 0; c * len < n; c++) {
        long lo = c * len, hi = lo + len < n ? lo + len : n; /* elements lo..hi-1 */
        for (long k = 0; k + 1 < hi - lo && done < q; k++, done++) {
            long i = c % 2 == 0 ? lo + k : hi - 2 - k;
            emit("union ", i, i + 1);
        }
    }
    for (long j = 0; done + j < q; j++) {
        if (rnd(8) == 0) {
            emit_count();
            continue;
        }
        long x = j * n / (q - done), y = x + rnd(2 * len + 1) - len;
        emit("same ", x, y < 0 ? 0 : y >= n ? n - 1 : y);
    }
    return q;
}

/* Every element joins element 0's set, as union(0, i) or union(i, 0) at random:
 * with no balancing, either way of linking roots deepens the tree on about half of
 * the unions, and each union walks up from 0. */
static long hub(long n, long q)
{
    long done = 0;
    for (long i = 1; i < n && done < q; i++, done++) {
        if (rnd(2))
            emit("union ", 0, i);
        else
            emit("union ", i, 0);
    }
    return done;
}

/* Binomial trees: rounds of union(i, i + s) for i a multiple of 2s, s = 1, 2, 4...
 * Each round merges trees of equal size, the worst case of union by size or rank
 * without path compression: depth log2 n. */
static long binomial(long n, long q)
{
    long done = 0;
    for (long s = 1; s < n; s *= 2)
        for (long i = 0; i + s < n && done < q; i += 2 * s, done++)
            emit("union ", i, i + s);
    return done;
}

static long default_n(const char *mode, long q)
{
    if (!strcmp(mode, "dense"))
        return q / 8 + 1;
    if (!strcmp(mode, "random") || !strcmp(mode, "count-heavy"))
        return q > 0 ? q : 1;
    return q / 2 + 1; /* the shaped modes: about half unions, half queries */
}

static int generate(const char *mode, long n, long q)
{
    long done;
    if (!strcmp(mode, "random")) {
        uniform(n, q, 40, 20);
        return 0;
    }
    if (!strcmp(mode, "dense")) {
        uniform(n, q, 50, 20);
        return 0;
    }
    if (!strcmp(mode, "count-heavy")) {
        uniform(n, q, 30, 50);
        return 0;
    }
    if (!strcmp(mode, "chain-up"))
        done = chain_up(n, q);
    else if (!strcmp(mode, "chain-down"))
        done = chain_down(n, q);
    else if (!strcmp(mode, "chains"))
        done = chains(n, q);
    else if (!strcmp(mode, "hub"))
        done = hub(n, q);
    else if (!strcmp(mode, "binomial"))
        done = binomial(n, q);
    else
        return -1;
    queries(n, done, q);
    return 0;
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random dense count-heavy chain-up chain-down chains hub binomial");
        return 0;
    }
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: gen <seed> <size> [random|dense|count-heavy|chain-up|"
                        "chain-down|chains|hub|binomial] [n]\n");
        return 2;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long q = atol(argv[2]);
    const char *mode = argc > 3 ? argv[3] : "random";
    if (q < 0 || q > MAX_OPS) {
        fprintf(stderr, "gen: size must be in [0, %d]\n", MAX_OPS);
        return 2;
    }
    long n = argc > 4 ? atol(argv[4]) : default_n(mode, q);
    if (n < 1 || n > MAX_N) {
        fprintf(stderr, "gen: n must be in [1, %d]\n", MAX_N);
        return 2;
    }
    put_num(n, ' ');
    put_num(q, '\n');
    if (generate(mode, n, q) < 0) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    flush_out();
    return 0;
}
