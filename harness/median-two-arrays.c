/* Harness of median-two-arrays: reads two long sorted arrays A and B and q queries
 * `a_off a_len b_off b_len`, calls median_sorted() on the two slices of each query
 * (timing only those calls), checks that the arrays were left unchanged, that
 * nothing leaked and that every answer is a possible median, then writes one
 * median per line with exactly one decimal.
 *
 * Slices are placed against guard pages: each array is held twice, one copy
 * starting right after an unmapped region and one ending right before one. A
 * query whose slice starts at 0 gets the first copy and one that ends at the
 * array's end gets the second, so reading a[-1] or a[m] there crashes instead of
 * quietly reading a neighbour; an empty slice is passed as NULL, so reading it
 * crashes too. */
#include "harness.h"
#include "median_sorted.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { MAX_LEN = 1000000, MAX_Q = 200000, PAGE = 4096, GUARD = 16 * PAGE };

/* One array, twice, each copy inside its own mapping between two PROT_NONE
 * guard regions: `front` starts right after the first guard, `back` ends right
 * before the second one. */
typedef struct {
    size_t len;
    int *front, *back;
    char *map[2];
    size_t map_len;
} guarded;

typedef struct {
    uint32_t a_off, a_len, b_off, b_len;
} query;

static char *map_guarded(size_t span, size_t *map_len)
{
    *map_len = GUARD + span + GUARD;
    char *base = mmap(NULL, *map_len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED || mprotect(base + GUARD, span, PROT_READ | PROT_WRITE) != 0)
        harness_bad_input("out of memory for an array of %zu bytes", span);
    return base;
}

static void read_guarded(guarded *g, size_t len, const char *name)
{
    g->len = len;
    if (len == 0)
        return;
    size_t bytes = len * sizeof(int), span = (bytes + PAGE - 1) / PAGE * PAGE;
    g->map[0] = map_guarded(span, &g->map_len);
    g->map[1] = map_guarded(span, &g->map_len);
    g->front = (int *)(void *)(g->map[0] + GUARD);
    g->back = (int *)(void *)(g->map[1] + GUARD + span - bytes);
    for (size_t i = 0; i < len; i++)
        if (harness_read_int(&g->front[i]) < 0)
            harness_bad_input("expected %zu ints for %s, found %zu", len, name, i);
    memcpy(g->back, g->front, bytes);
}

static void release_guarded(guarded *g)
{
    for (int k = 0; k < 2; k++)
        if (g->map[k])
            munmap(g->map[k], g->map_len);
}

/* The slice off..off+len of g as the learner sees it: NULL when empty, else in
 * the copy whose guard it touches (a slice of the whole array alternates
 * between the two, by query number). */
static const int *slice(const guarded *g, size_t off, size_t len, size_t index)
{
    if (len == 0)
        return NULL;
    bool at_start = off == 0, at_end = off + len == g->len;
    if (at_end && (!at_start || index % 2 == 1))
        return g->back + off;
    return g->front + off;
}

/* A fingerprint of both copies instead of a third copy: one pass finds a write. */
static uint64_t fingerprint(const guarded *g)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < g->len; i++) {
        h ^= (uint32_t)g->front[i] + i;
        h *= 0xbf58476d1ce4e5b9u;
        h ^= ((uint64_t)(uint32_t)g->back[i] << 32) ^ (h >> 31);
    }
    return h;
}

static size_t read_bounded(const char *what, size_t max)
{
    size_t v;
    if (harness_read_size(&v) < 0)
        harness_bad_input("expected %s", what);
    if (v > max)
        harness_bad_input("%s = %zu is out of range", what, v);
    return v;
}

static query *read_queries(size_t q, size_t m, size_t n)
{
    query *qs = malloc(q * sizeof *qs);
    if (!qs)
        harness_bad_input("out of memory for %zu queries", q);
    for (size_t i = 0; i < q; i++) {
        size_t a_off = read_bounded("a_off", m), a_len = read_bounded("a_len", m - a_off);
        size_t b_off = read_bounded("b_off", n), b_len = read_bounded("b_len", n - b_off);
        if (a_len + b_len == 0)
            harness_bad_input("query %zu has two empty slices", i + 1);
        qs[i] = (query){(uint32_t)a_off, (uint32_t)a_len, (uint32_t)b_off, (uint32_t)b_len};
    }
    return qs;
}

/* A median of ints is an int or an int plus one half, within the range of int:
 * anything else cannot be formatted as one and is the learner's bug. */
static bool possible_median(double v)
{
    /* the range test is false for NaN and comes first: the cast needs a value in range */
    return v >= INT32_MIN && v <= INT32_MAX && v * 2 == (double)(long long)(v * 2);
}

/* Exactly one decimal, by hand: 2*10^5 printf("%.1f") calls would cost more than
 * the reference's whole run. -0.0 prints as 0.0, the same value. */
static void write_medians(const double *res, size_t q)
{
    FILE *out = harness_answer();
    char buf[24];
    for (size_t i = 0; i < q; i++) {
        if (!possible_median(res[i])) {
            fputs("invalid\n", out);
            continue;
        }
        long long twice = (long long)(res[i] * 2);
        unsigned long long u = twice < 0 ? (unsigned long long)-twice : (unsigned long long)twice;
        char *p = buf + sizeof buf;
        *--p = '\n';
        *--p = u % 2 ? '5' : '0';
        *--p = '.';
        u /= 2;
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        if (twice < 0)
            *--p = '-';
        fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
    }
}

static void check_medians(const double *res, const query *qs, size_t q)
{
    for (size_t i = 0; i < q; i++) {
        double v = res[i];
        if (possible_median(v))
            continue;
        const char *why = v != v ? "not a number"
                          : v < INT32_MIN || v > INT32_MAX
                              ? "outside the range of int, where every median of ints lies"
                              : "neither an int nor an int plus one half";
        const query *x = &qs[i];
        harness_fail("query %zu (a_off=%u a_len=%u b_off=%u b_len=%u): median_sorted returned "
                     "%.17g, %s",
                     i + 1, x->a_off, x->a_len, x->b_off, x->b_len, v, why);
        return;
    }
}

int main(void)
{
    size_t m = read_bounded("M", MAX_LEN), n = read_bounded("N", MAX_LEN);
    size_t q = read_bounded("q", MAX_Q);
    if (q == 0)
        harness_bad_input("q must be at least 1");
    guarded a = {0}, b = {0};
    read_guarded(&a, m, "A");
    read_guarded(&b, n, "B");
    query *qs = read_queries(q, m, n);
    double *res = malloc(q * sizeof *res);
    if (!res)
        harness_bad_input("out of memory for %zu answers", q);
    uint64_t hash_a = fingerprint(&a), hash_b = fingerprint(&b);
    harness_answer(); /* opened now so that its setup is not counted as the learner's */

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    for (size_t i = 0; i < q; i++) {
        const query *x = &qs[i];
        res[i] = median_sorted(slice(&a, x->a_off, x->a_len, i), x->a_len,
                               slice(&b, x->b_off, x->b_len, i), x->b_len);
    }
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    if (left > 0)
        harness_fail("median_sorted left %ld block%s (%lld bytes) allocated after %zu calls: "
                     "free everything you allocate",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes, q);
    else if (left < 0)
        harness_fail("median_sorted freed %ld block%s it did not allocate", -left,
                     left == -1 ? "" : "s");
    if (fingerprint(&a) != hash_a || fingerprint(&b) != hash_b)
        harness_fail("median_sorted modified an input array (a and b are read-only)");
    check_medians(res, qs, q);

    write_medians(res, q);
    free(res);
    free(qs);
    release_guarded(&a);
    release_guarded(&b);
    return harness_finish();
}
