/* Harness of the expression problem: reads `q` and q expression lines, then times
 * q calls of the learner's calc_eval(), one per line, and checks each call's
 * promises (a return of 0 or -1, the result written, an offset within the line,
 * no block left allocated, the line itself untouched); writes one answer line per
 * expression: the value as %.17g (`inf`, `-inf`, `nan`) or `error at N`. */
#include "calc.h"
#include "harness.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_Q = 100000, MAX_LINE = 1000000, MAX_TOTAL = 2000000 };

/* Stored in *value and *error_at before each call, so a result the learner never
 * wrote is caught: a NaN whose payload no arithmetic produces, and an offset no
 * line can have. */
#define UNSET_BITS 0x7ff4c0ffee5eed01ULL
#define UNSET_AT SIZE_MAX

struct result {
    double value;
    size_t error_at;
    int rc;
};

static double unset_value(void)
{
    uint64_t bits = UNSET_BITS;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static int is_unset_value(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits == UNSET_BITS;
}

/* FNV-1a over every line and its NUL: a learner who writes into expr (through a
 * cast) or past its end, into the next line, changes it. */
static uint64_t lines_hash(const char *text, size_t size)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; i++)
        h = (h ^ (unsigned char)text[i]) * 0x100000001b3ULL;
    return h;
}

/* All q lines back to back, each NUL-terminated, in one block: start[k] is line k. */
static char *read_lines(size_t q, size_t *start, size_t *size)
{
    size_t len, cap = 1 << 16, used = 0, chars = 0;
    char *text = malloc(cap), *line;
    if (!text)
        harness_bad_input("out of memory reading the expressions");
    for (size_t k = 0; k < q; k++) {
        if (!(line = harness_read_line(&len)))
            harness_bad_input("the input ends after %zu of %zu expressions", k, q);
        if (len > MAX_LINE || (chars += len) > MAX_TOTAL)
            harness_bad_input("expression %zu is too long (%zu characters)", k + 1, len);
        if (strlen(line) != len)
            harness_bad_input("expression %zu holds a NUL byte", k + 1);
        while (used + len + 1 > cap) {
            char *grown = realloc(text, cap *= 2);
            if (!grown)
                harness_bad_input("out of memory reading the expressions");
            text = grown;
        }
        memcpy(text + used, line, len + 1);
        start[k] = used;
        used += len + 1;
        free(line);
    }
    *size = used;
    return text;
}

/* Checks the promises of one call on line k (of length len); returns 0 when kept. */
static int check_call(size_t k, size_t len, const struct result *r, long leaked)
{
    if (leaked > 0) {
        harness_fail("calc_eval left %ld block%s allocated on expression %zu: free everything "
                     "you allocate",
                     leaked, leaked == 1 ? "" : "s", k + 1);
    } else if (leaked < 0) {
        harness_fail("calc_eval freed %ld block%s it did not allocate on expression %zu", -leaked,
                     leaked == -1 ? "" : "s", k + 1);
    } else if (r->rc != 0 && r->rc != -1) {
        harness_fail("calc_eval returned %d on expression %zu: it must return 0 or -1", r->rc,
                     k + 1);
    } else if (r->rc == 0 && is_unset_value(r->value)) {
        harness_fail("calc_eval returned 0 on expression %zu but did not set *value", k + 1);
    } else if (r->rc == -1 && r->error_at == UNSET_AT) {
        harness_fail("calc_eval returned -1 on expression %zu but did not set *error_at", k + 1);
    } else if (r->rc == -1 && r->error_at > len) {
        harness_fail("calc_eval reported an error at offset %zu on expression %zu, which has "
                     "only %zu characters (the offset is at most the length)",
                     r->error_at, k + 1, len);
    } else {
        return 0;
    }
    return -1;
}

static void write_size(FILE *out, size_t x)
{
    char buf[24], *p = buf + sizeof buf;
    do
        *--p = (char)('0' + x % 10);
    while (x /= 10);
    fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
}

/* NaN prints as "nan" whatever its sign bit (0/0 is -nan on x86), -0 as "-0". */
static void write_result(FILE *out, const struct result *r)
{
    if (r->rc != 0) {
        fputs("error at ", out);
        write_size(out, r->error_at);
        fputc('\n', out);
    } else if (isnan(r->value)) {
        fputs("nan\n", out);
    } else if (isinf(r->value)) {
        fputs(r->value < 0 ? "-inf\n" : "inf\n", out);
    } else if (fabs(r->value) < 1e15 && r->value == (double)(long long)r->value &&
               !(r->value == 0 && signbit(r->value))) {
        /* a whole number prints the same under %.17g; this is only faster */
        long long v = (long long)r->value;
        if (v < 0)
            fputc('-', out);
        write_size(out, (size_t)(v < 0 ? -v : v));
        fputc('\n', out);
    } else {
        fprintf(out, "%.17g\n", r->value);
    }
}

int main(void)
{
    size_t q, len;
    if (harness_read_size(&q) < 0 || q < 1 || q > MAX_Q)
        harness_bad_input("expected q in 1..%d on the first line", MAX_Q);
    char *rest = harness_read_line(&len);
    if (!rest || len != 0)
        harness_bad_input("expected the end of the first line after q");
    free(rest);
    size_t *start = malloc(q * sizeof *start), size;
    struct result *res = malloc(q * sizeof *res);
    if (!start || !res)
        harness_bad_input("out of memory for %zu expressions", q);
    char *text = read_lines(q, start, &size);
    uint64_t hash = lines_hash(text, size);
    FILE *out = harness_answer(); /* opened now, so its buffer is not counted below */

    size_t failed = q;
    long blocks = harness_live_blocks();
    harness_timer_start();
    for (size_t k = 0; k < q && failed == q; k++) {
        res[k].value = unset_value();
        res[k].error_at = UNSET_AT;
        res[k].rc = calc_eval(text + start[k], &res[k].value, &res[k].error_at);
        long now = harness_live_blocks();
        if (now != blocks) {
            failed = k;
            blocks = now - blocks;
        }
    }
    harness_timer_stop();

    /* Calls are checked after the timed loop; a leak stopped it at its call. */
    size_t done = failed < q ? failed + 1 : q;
    for (size_t k = 0; k < done; k++) {
        size_t line_len = (k + 1 < q ? start[k + 1] : size) - start[k] - 1;
        if (check_call(k, line_len, &res[k], k == failed ? blocks : 0) < 0)
            break;
        write_result(out, &res[k]);
    }
    if (lines_hash(text, size) != hash)
        harness_fail("calc_eval modified its expression string (it must only read it)");
    free(text);
    free(res);
    free(start);
    return harness_finish();
}
