/* Fuzzes the output checkers: every input is split into a spec, an expected and an
 * actual answer, and each comparison must end sanely and agree with the others
 * where the semantics say they must (a wider float tolerance never rejects what a
 * narrower one accepts). Built with the rest it runs random cases (or
 * replays the files named on argv) and prints its rate; built with clang
 * -fsanitize=fuzzer,address -DKIT_LIBFUZZER it is a libFuzzer target. */
#include "checker.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fuzz_replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CASES 200000
#define MAX_LEN 64

static void fail(const char *what, const char *e, size_t en, const char *a, size_t an)
{
    fprintf(stderr, "fuzz_check: %s\n  expected (%zu bytes): ", what, en);
    fwrite(e, 1, en, stderr);
    fprintf(stderr, "\n  actual (%zu bytes): ", an);
    fwrite(a, 1, an, stderr);
    fputc('\n', stderr);
    abort();
}

static bool valid_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        size_t len = *u < 0x80                  ? 1
                     : *u >= 0xC2 && *u < 0xE0  ? 2
                     : *u >= 0xE0 && *u < 0xF0  ? 3
                     : *u >= 0xF0 && *u <= 0xF4 ? 4
                                                : 0;
        if (len == 0)
            return false;
        for (size_t i = 1; i < len; i++) {
            if ((u[i] & 0xC0) != 0x80)
                return false;
        }
        u += len;
    }
    return true;
}

typedef struct {
    const char *e, *a;
    size_t en, an;
} pair;

/* One comparison, with the checks every result must pass. */
static check_result compare(const check_spec *spec, const pair *p)
{
    check_result r;
    if (check_compare(spec, p->e, p->en, p->a, p->an, &r) != 0)
        fail("error from a built-in kind", p->e, p->en, p->a, p->an);
    if (memchr(r.message, '\0', sizeof r.message) == NULL || !valid_utf8(r.message))
        fail("message unterminated or not UTF-8", p->e, p->en, p->a, p->an);
    if (r.outcome == CHECK_FAULT || (r.outcome == CHECK_ACCEPT) != (r.message[0] == '\0'))
        fail("outcome and message disagree", p->e, p->en, p->a, p->an);
    if (r.outcome == CHECK_REJECT && r.line < 1)
        fail("reject without a line", p->e, p->en, p->a, p->an);
    return r;
}

static bool accepts(check_kind kind, bool case_sensitive, bool space_sensitive, const pair *p)
{
    check_spec s = check_spec_default(kind);
    s.case_sensitive = case_sensitive;
    s.space_sensitive = space_sensitive;
    return compare(&s, p).outcome == CHECK_ACCEPT;
}

/* The relations between kinds that hold for any answers. */
static void check_relations(const pair *p)
{
    check_spec exact = check_spec_default(CHECK_EXACT);
    check_result ex = compare(&exact, p);
    bool tokens = accepts(CHECK_TOKENS, true, false, p);
    if ((ex.outcome == CHECK_ACCEPT) != accepts(CHECK_TOKENS, true, true, p))
        fail("exact and space-sensitive tokens disagree", p->e, p->en, p->a, p->an);
    if (ex.whitespace_only != (ex.outcome == CHECK_REJECT && tokens))
        fail("whitespace_only is wrong", p->e, p->en, p->a, p->an);
    for (int space = 0; space < 2; space++) {
        bool strict = accepts(CHECK_TOKENS, true, space, p);
        if (strict && !accepts(CHECK_TOKENS, false, space, p))
            fail("case-insensitive rejects what case-sensitive accepts", p->e, p->en, p->a, p->an);
        if (strict && !accepts(CHECK_FLOAT, true, space, p))
            fail("float rejects equal tokens", p->e, p->en, p->a, p->an);
    }
    pair self = {p->e, p->e, p->en, p->en};
    for (int k = CHECK_EXACT; k <= CHECK_FLOAT; k++) {
        if (!accepts((check_kind)k, k != CHECK_TOKENS, k == CHECK_FLOAT, &self))
            fail("an answer is not accepted against itself", p->e, p->en, p->e, p->en);
    }
}

/* Tolerances in increasing order (a negative one is no bound at all). */
static const double tolerances[] = {-1, 0, 1e-12, 1e-6, 1e-3, 0.5, 1, 1e300};
#define NTOL (sizeof tolerances / sizeof *tolerances)

static bool float_accepts(size_t abs_i, size_t rel_i, const pair *p)
{
    check_spec s = check_spec_default(CHECK_FLOAT);
    s.abs_tol = tolerances[abs_i];
    s.rel_tol = tolerances[rel_i];
    return compare(&s, p).outcome == CHECK_ACCEPT;
}

/* Widening either tolerance never turns an accept into a reject. The two pairs of
 * tolerances come from bytes of the input, so the fuzzer explores them too. */
static void check_tolerances(const pair *p, unsigned pick)
{
    size_t abs_lo = pick % NTOL, rel_lo = pick / NTOL % NTOL;
    size_t abs_hi = abs_lo + pick / (NTOL * NTOL) % (NTOL - abs_lo);
    size_t rel_hi = rel_lo + pick / (NTOL * NTOL * NTOL) % (NTOL - rel_lo);
    if (float_accepts(abs_lo, rel_lo, p) && !float_accepts(abs_hi, rel_hi, p))
        fail("a wider tolerance rejects what a narrower one accepts", p->e, p->en, p->a, p->an);
}

/* The first byte says where the expected answer ends; each half is copied to a
 * buffer of exactly its size so the sanitizer sees any read past a length. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t en = (size - 1) * data[0] / 255, an = size - 1 - en;
    char *e = malloc(en ? en : 1), *a = malloc(an ? an : 1);
    if (e == NULL || a == NULL)
        abort();
    memcpy(e, data + 1, en);
    memcpy(a, data + 1 + en, an);
    pair p = {e, a, en, an};
    check_relations(&p);
    check_tolerances(&p, (unsigned)data[0] * 257u + data[size - 1]);
    free(e);
    free(a);
    return 0;
}

#ifndef KIT_LIBFUZZER
/* Bytes that matter to the checkers: separators, number parts, letters that
 * fold, NUL, and pieces of valid and broken UTF-8. */
static const char alphabet[] = " \n\r\t\v\f0123456789.eE+-naifNAIFxX\0\xff\xc3\xa9\xf0\x9f\x9a\x80";

static size_t random_case(uint8_t *buf, unsigned *seed)
{
    size_t n = 1 + (size_t)rand_r(seed) % (2 * MAX_LEN);
    buf[0] = (uint8_t)rand_r(seed);
    for (size_t i = 1; i < n; i++) {
        /* Often repeat the byte from the other half, so answers nearly match. */
        size_t half = (n - 1) * buf[0] / 255;
        if (i > half && i - half < half && rand_r(seed) % 2)
            buf[i] = buf[i - half];
        else
            buf[i] = (uint8_t)alphabet[(size_t)rand_r(seed) % (sizeof alphabet - 1)];
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc > 1)
        return fuzz_replay("fuzz_check", argc, argv);
    unsigned seed = (unsigned)time(NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < CASES; i++) {
        uint8_t buf[2 * MAX_LEN + 1];
        LLVMFuzzerTestOneInput(buf, random_case(buf, &seed));
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fuzz_check: %d random cases in %.2f s (%.0f cases/s, up to 14 comparisons each), "
           "no violation\n",
           CASES, secs, CASES / secs);
    return 0;
}
#endif
