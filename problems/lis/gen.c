/* Test generator of lis: `gen <seed> <n> [mode]` prints one valid .in with n values
 * (0 <= n <= 5*10^5). Deterministic (splitmix64, never rand() or the clock).
 * `gen --modes` lists the modes `judge stress` draws from. Modes:
 *   random        uniform over every int, with INT_MIN, INT_MAX and their neighbours
 *                 sprinkled in (1 value in 16)
 *   few           only the values -5..4: long runs of equal values, answer <= 10
 *   dups          uniform in 0..n/2: many duplicates and a medium answer
 *   permutation   a random permutation of 0..n-1 (answer about 2*sqrt(n))
 *   extremes      values within 4096 of INT_MIN or of INT_MAX: a - b overflows,
 *                 and a float (exact only to 2^24) or a short cannot tell them apart
 *   increasing    strictly increasing from INT_MIN to INT_MAX: the answer is all n,
 *                 so there are n piles (patience sorting) and a scan of them is slow
 *   decreasing    strictly decreasing from INT_MAX to INT_MIN: the answer is 1
 *   nondecreasing sorted with runs of equal values: strict and non-strict differ most
 *   climb         an increasing run over [0, INT_MAX] for the first half, then random
 *                 values in that range: n/2 piles, and each later value lands on a
 *                 random one of them, so a linear scan from either end is slow
 *   sawtooth      sqrt(n) increasing runs, each over the whole range
 *   equal         one value, n times */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000 };

static uint64_t state;

static uint64_t next_u64(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is far below anything a test can see. */
static int64_t rnd(int64_t lo, int64_t hi)
{
    return lo + (int64_t)(next_u64() % (uint64_t)(hi - lo + 1));
}

static int any_int(void) { return (int)rnd(INT_MIN, INT_MAX); }

static int edge_or_any(void)
{
    static const int edges[] = {INT_MIN, INT_MIN + 1, -1, 0, 1, INT_MAX - 1, INT_MAX};
    if (rnd(0, 15) == 0)
        return edges[rnd(0, sizeof edges / sizeof *edges - 1)];
    return any_int();
}

/* n strictly increasing values from INT_MIN to INT_MAX (both there when n >= 2):
 * one random value in each of n equal slices of the int range. */
static void increasing(int *a, size_t n)
{
    int64_t span = ((int64_t)INT_MAX - INT_MIN + 1) / (int64_t)n;
    for (size_t i = 0; i < n; i++)
        a[i] = (int)(INT_MIN + (int64_t)i * span + rnd(0, span - 1));
    a[0] = INT_MIN;
    if (n >= 2)
        a[n - 1] = INT_MAX;
}

static void shuffle(int *a, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)rnd(0, (int64_t)i - 1);
        int t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

static int cmp_int(const void *p, const void *q)
{
    int x = *(const int *)p, y = *(const int *)q;
    return (x > y) - (x < y);
}

static int make(const char *mode, int *a, size_t n)
{
    static const char *const names[] = {"random",   "few",        "dups",       "permutation",
                                        "extremes", "increasing", "decreasing", "nondecreasing",
                                        "climb",    "sawtooth",   "equal"};
    if (n == 0) { /* every mode makes the empty array, but the name must be one */
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            if (!strcmp(mode, names[i]))
                return 0;
        return -1;
    }
    if (!strcmp(mode, "random")) {
        for (size_t i = 0; i < n; i++)
            a[i] = edge_or_any();
    } else if (!strcmp(mode, "few")) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)rnd(-5, 4);
    } else if (!strcmp(mode, "dups")) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)rnd(0, (int64_t)n / 2);
    } else if (!strcmp(mode, "permutation")) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)i;
        shuffle(a, n);
    } else if (!strcmp(mode, "extremes")) {
        for (size_t i = 0; i < n; i++)
            a[i] = rnd(0, 1) ? (int)rnd(INT_MAX - 4096LL, INT_MAX)
                             : (int)rnd(INT_MIN, INT_MIN + 4096LL);
    } else if (!strcmp(mode, "increasing")) {
        increasing(a, n);
    } else if (!strcmp(mode, "decreasing")) {
        increasing(a, n);
        for (size_t i = 0; i < n / 2; i++) {
            int t = a[i];
            a[i] = a[n - 1 - i];
            a[n - 1 - i] = t;
        }
    } else if (!strcmp(mode, "nondecreasing")) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)rnd(-1000000, 1000000);
        for (size_t i = 0; i < n; i++) /* runs of 1 to 8 equal values */
            for (size_t run = (size_t)rnd(1, 8); run > 1 && i + 1 < n; run--, i++)
                a[i + 1] = a[i];
        qsort(a, n, sizeof *a, cmp_int);
    } else if (!strcmp(mode, "climb")) {
        size_t half = (n + 1) / 2;
        int64_t span = (int64_t)INT_MAX / (int64_t)half;
        for (size_t i = 0; i < half; i++)
            a[i] = (int)((int64_t)i * span + rnd(0, span - 1));
        for (size_t i = half; i < n; i++)
            a[i] = (int)rnd(0, INT_MAX);
    } else if (!strcmp(mode, "sawtooth")) {
        size_t len = 1;
        while ((len + 1) * (len + 1) <= n)
            len++;
        for (size_t at = 0; at < n; at += len) {
            size_t k = n - at < len ? n - at : len;
            for (size_t i = 0; i < k; i++)
                a[at + i] = any_int();
            qsort(a + at, k, sizeof *a, cmp_int);
        }
    } else if (!strcmp(mode, "equal")) {
        int v = edge_or_any();
        for (size_t i = 0; i < n; i++)
            a[i] = v;
    } else {
        return -1;
    }
    return 0;
}

static char out[1 << 16];
static size_t out_len;

static void put_int(long long x, char after)
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

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from, each valid at every size */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random few dups permutation extremes increasing decreasing nondecreasing climb "
             "sawtooth equal");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <n> [random|few|dups|permutation|extremes|increasing|"
                        "decreasing|nondecreasing|climb|sawtooth|equal]\n");
        return 2;
    }
    state = strtoull(argv[1], NULL, 10);
    char *end;
    long size = strtol(argv[2], &end, 10);
    if (*end != '\0' || size < 0 || size > MAX_N) {
        fprintf(stderr, "gen: n must be 0 to %d\n", MAX_N);
        return 2;
    }
    size_t n = (size_t)size;
    int *a = malloc((n ? n : 1) * sizeof *a);
    if (!a)
        return 1;
    const char *mode = argc == 4 ? argv[3] : "random";
    if (make(mode, a, n) < 0) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    put_int((long long)n, '\n');
    for (size_t i = 0; i < n; i++)
        put_int(a[i], i + 1 < n ? ' ' : '\n');
    if (n == 0)
        out[out_len++] = '\n';
    fwrite(out, 1, out_len, stdout);
    free(a);
    return 0;
}
