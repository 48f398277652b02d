/* Test generator of median-two-arrays: `gen <seed> <size> [mode] [q]` prints one
 * valid .in whose arrays A and B hold up to `size` values each (size <= 10^6),
 * with q queries (default 2 * size, at most 2*10^5). Deterministic (splitmix64).
 * `gen --modes` lists the modes `judge stress` draws from. Modes:
 *   small     values in -20..20: readable, with duplicates across A and B
 *   random    values anywhere in INT_MIN..INT_MAX
 *   dups      values in -3..3: long runs of equal values in both arrays
 *   extremes  values among INT_MIN, INT_MIN+1, -2..2, INT_MAX-1, INT_MAX: sums of
 *             two middle values overflow int, and real values equal INT_MIN/INT_MAX
 *   big       values beyond +-10^9 (past the sentinels some solutions use)
 *   disjoint  one array entirely below the other
 *   skewed    one array of `size` values, the other of 1 to 3
 *   empty     one array is empty: every query has an empty side
 *   long      every slice covers at least 9/10 of its array
 *   scale     the ladder of `judge scale`: q is 5*10^4 whatever the size, every
 *             slice covers at least half of its array (not drawn by stress) */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LEN = 1000000, MAX_Q = 200000, SCALE_Q = 50000 };

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
    unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is far below anything a test can see. */
static long long rnd(long long lo, long long hi)
{
    return lo + (long long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

static const int extreme_values[] = {INT_MIN, INT_MIN + 1, -2, -1, 0, 1, 2, INT_MAX - 1, INT_MAX};

/* One value of the mode's distribution; side (0 for A, 1 for B) and low (which
 * array lies below in disjoint mode) split the range there. */
static int value(const char *mode, int side, int low)
{
    if (strcmp(mode, "small") == 0)
        return (int)rnd(-20, 20);
    if (strcmp(mode, "dups") == 0)
        return (int)rnd(-3, 3);
    if (strcmp(mode, "extremes") == 0)
        return extreme_values[rnd(0, sizeof extreme_values / sizeof *extreme_values - 1)];
    if (strcmp(mode, "big") == 0)
        return rnd(0, 1) ? (int)rnd(1000000001, INT_MAX) : (int)rnd(INT_MIN, -1000000001);
    if (strcmp(mode, "disjoint") == 0)
        return side == low ? (int)rnd(INT_MIN, -1) : (int)rnd(0, INT_MAX);
    return (int)rnd(INT_MIN, INT_MAX);
}

static int compare(const void *x, const void *y)
{
    int p = *(const int *)x, q = *(const int *)y;
    return (p > q) - (p < q);
}

static char out[1 << 16];
static size_t out_len;

static void put_ll(long long x, char after)
{
    char tmp[24];
    size_t k = 0;
    unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
    do
        tmp[k++] = (char)('0' + u % 10);
    while (u /= 10);
    if (x < 0)
        tmp[k++] = '-';
    if (out_len + k + 1 > sizeof out) {
        fwrite(out, 1, out_len, stdout);
        out_len = 0;
    }
    while (k)
        out[out_len++] = tmp[--k];
    out[out_len++] = after;
}

static void put_newline(void)
{
    if (out_len == sizeof out) {
        fwrite(out, 1, out_len, stdout);
        out_len = 0;
    }
    out[out_len++] = '\n';
}

static void put_array(const char *mode, size_t len, int side, int low)
{
    int *v = malloc((len ? len : 1) * sizeof *v);
    if (!v)
        exit(1);
    for (size_t i = 0; i < len; i++)
        v[i] = value(mode, side, low);
    qsort(v, len, sizeof *v, compare);
    for (size_t i = 0; i < len; i++)
        put_ll(v[i], i + 1 < len ? ' ' : '\n');
    if (len == 0)
        put_newline();
    free(v);
}

/* A slice of an array of len values: offset and length. min_len (a fraction
 * of len, in tenths) is the shortest slice the mode allows; otherwise an eighth
 * of the slices are empty, an eighth whole, an eighth a single value. */
static void slice(size_t len, int min_tenths, size_t *off, size_t *n)
{
    if (len == 0) {
        *off = *n = 0;
        return;
    }
    if (min_tenths > 0) {
        size_t shortest = len * (size_t)min_tenths / 10 ? len * (size_t)min_tenths / 10 : 1;
        *n = (size_t)rnd((long long)shortest, (long long)len);
        *off = (size_t)rnd(0, (long long)(len - *n));
        return;
    }
    switch (rnd(0, 7)) {
    case 0:
        *n = 0;
        *off = (size_t)rnd(0, (long long)len);
        break;
    case 1:
        *off = 0;
        *n = len;
        break;
    case 2:
        *n = 1;
        *off = (size_t)rnd(0, (long long)len - 1);
        break;
    default:
        *off = (size_t)rnd(0, (long long)len - 1);
        *n = (size_t)rnd(1, (long long)(len - *off));
    }
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("small random dups extremes big disjoint skewed empty long");
        return 0;
    }
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: gen <seed> <size> [small|random|dups|extremes|big|disjoint|"
                        "skewed|empty|long|scale] [q]\n");
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long size = atoll(argv[2]);
    const char *mode = argc >= 4 ? argv[3] : "random";
    if (size < 1 || size > MAX_LEN) {
        fprintf(stderr, "gen: size must be in 1..%d\n", MAX_LEN);
        return 1;
    }
    const char *modes[] = {"small",    "random", "dups",  "extremes", "big",
                           "disjoint", "skewed", "empty", "long",     "scale"};
    int known = 0;
    for (size_t i = 0; i < sizeof modes / sizeof *modes; i++)
        known |= strcmp(mode, modes[i]) == 0;
    if (!known) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    long long q = strcmp(mode, "scale") == 0 ? SCALE_Q : 2 * size < MAX_Q ? 2 * size : MAX_Q;
    if (argc == 5)
        q = atoll(argv[4]);
    if (q < 1 || q > MAX_Q) {
        fprintf(stderr, "gen: q must be in 1..%d\n", MAX_Q);
        return 1;
    }

    size_t m = (size_t)size, n = (size_t)size;
    if (strcmp(mode, "skewed") == 0 || strcmp(mode, "empty") == 0) {
        size_t little = strcmp(mode, "empty") == 0 ? 0 : (size_t)rnd(1, 3);
        if (little > (size_t)size)
            little = (size_t)size;
        if (rnd(0, 1))
            m = little;
        else
            n = little;
    }
    int low = (int)rnd(0, 1);
    put_ll((long long)m, ' ');
    put_ll((long long)n, ' ');
    put_ll(q, '\n');
    put_array(mode, m, 0, low);
    put_array(mode, n, 1, low);

    int min_tenths = strcmp(mode, "long") == 0 ? 9 : strcmp(mode, "scale") == 0 ? 5 : 0;
    for (long long i = 0; i < q; i++) {
        size_t a_off, a_len, b_off, b_len;
        slice(m, min_tenths, &a_off, &a_len);
        slice(n, min_tenths, &b_off, &b_len);
        if (a_len + b_len == 0) {
            /* both drew empty: give the side that has values one of them */
            if (m > 0)
                a_off = (size_t)rnd(0, (long long)m - 1), a_len = 1;
            else
                b_off = (size_t)rnd(0, (long long)n - 1), b_len = 1;
        }
        put_ll((long long)a_off, ' ');
        put_ll((long long)a_len, ' ');
        put_ll((long long)b_off, ' ');
        put_ll((long long)b_len, '\n');
    }
    fwrite(out, 1, out_len, stdout);
    return 0;
}
