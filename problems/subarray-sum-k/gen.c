/* Test generator of subarray-sum-k: `gen <seed> <size> [mode]` prints one valid
 * .in with n = size values. Deterministic (splitmix64 seeded from argv). `gen --modes`
 * lists the modes `judge stress` draws from. Modes:
 *   random       values in [-10, 10], k the sum of a short random subarray
 *                (prefix sums crowd a narrow range: many answers)
 *   tiny         values in [-3, 3], k in [-6, 6] (for checks against brute force)
 *   wide         values in [-10^9, 10^9], k the sum of a random subarray
 *   large        values in [9 * 10^8, 10^9]: prefix sums climb to 10^15
 *   extreme      every value -10^9, k = -10^9 * n (10^15 at n = 10^6)
 *   zeros        every value 0, k = 0: n(n+1)/2 answers
 *   alternating  1000, -1000, ... with k = 0: prefix sums take two values
 *   pow2         values c * 2^20 with c in [1, 7], k the sum of a random
 *                subarray: every prefix sum is a multiple of 2^20 (naive hashes collide)
 *   unreachable  even values in [-10, 10], odd k: no answer, every look-up misses */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 1000000
#define MAX_V 1000000000LL

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is irrelevant for test data. */
static long long between(long long lo, long long hi)
{
    return lo + (long long)(next_u64() % (uint64_t)(hi - lo + 1));
}

static char out_buf[1 << 16];
static size_t out_len;

static void flush_out(void)
{
    fwrite(out_buf, 1, out_len, stdout);
    out_len = 0;
}

static void put_ll(long long v, char sep)
{
    if (out_len + 24 > sizeof out_buf)
        flush_out();
    char digits[24];
    int len = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        digits[len++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out_buf[out_len++] = '-';
    while (len)
        out_buf[out_len++] = digits[--len];
    out_buf[out_len++] = sep;
}

/* The sum of a random subarray of at most max_len elements: an answer exists. */
static long long some_subarray_sum(const int *a, size_t n, size_t max_len)
{
    if (n == 0)
        return 0;
    size_t i = (size_t)between(0, (long long)n - 1);
    size_t room = n - i < max_len ? n - i : max_len;
    size_t len = (size_t)between(1, (long long)room);
    long long sum = 0;
    for (size_t t = i; t < i + len; t++)
        sum += a[t];
    return sum;
}

static long long fill(int *a, size_t n, const char *mode)
{
    if (strcmp(mode, "random") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(-10, 10);
        return some_subarray_sum(a, n, 8);
    }
    if (strcmp(mode, "tiny") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(-3, 3);
        return between(-6, 6);
    }
    if (strcmp(mode, "wide") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(-MAX_V, MAX_V);
        return some_subarray_sum(a, n, n);
    }
    if (strcmp(mode, "large") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(MAX_V / 10 * 9, MAX_V);
        return some_subarray_sum(a, n, n);
    }
    if (strcmp(mode, "extreme") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)-MAX_V;
        return -MAX_V * (long long)n;
    }
    if (strcmp(mode, "zeros") == 0) {
        memset(a, 0, n * sizeof *a);
        return 0;
    }
    if (strcmp(mode, "alternating") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = i % 2 ? -1000 : 1000;
        return 0;
    }
    if (strcmp(mode, "pow2") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(1, 7) << 20;
        return some_subarray_sum(a, n, 1000);
    }
    if (strcmp(mode, "unreachable") == 0) {
        for (size_t i = 0; i < n; i++)
            a[i] = (int)between(-5, 5) * 2;
        return between(-50, 49) * 2 + 1;
    }
    fprintf(stderr, "gen: unknown mode '%s'\n", mode);
    exit(2);
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from, small-input friendly first */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("tiny random zeros alternating unreachable wide large extreme pow2");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <size> [mode]\n");
        return 2;
    }
    char *end;
    rng_state = strtoull(argv[1], &end, 10);
    long long n = strtoll(argv[2], &end, 10);
    if (*end || n < 0 || n > MAX_N) {
        fprintf(stderr, "gen: size must be in [0, %d]\n", MAX_N);
        return 2;
    }
    const char *mode = argc == 4 ? argv[3] : "random";
    int *a = malloc(((size_t)n + 1) * sizeof *a);
    if (!a) {
        fprintf(stderr, "gen: out of memory\n");
        return 2;
    }
    long long k = fill(a, (size_t)n, mode);
    put_ll(n, ' ');
    put_ll(k, '\n');
    for (long long i = 0; i < n; i++)
        put_ll(a[i], i + 1 == n ? '\n' : ' ');
    flush_out();
    free(a);
    return 0;
}
