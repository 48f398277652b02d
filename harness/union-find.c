/* Harness of union-find: reads the whole input with fread (none of the harness
 * library's readers, which would have buffered part of it) and parses every
 * operation into an array first, so the timer and the allocation count cover only
 * the learner's code; then times uf_create, the operations and uf_free, checks
 * that uf_free released every block the structure allocated, and writes one line
 * per operation: "true" or "false" for union and same, the number of sets for
 * count. */
#include "harness.h"
#include "union_find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, MAX_OPS = 500000 };
/* A union or a same becomes OP_TRUE or OP_FALSE once it has run; what each count
 * returned goes to a separate array, in order. */
enum op_kind { OP_UNION, OP_SAME, OP_COUNT, OP_TRUE, OP_FALSE };

struct op {
    uint32_t a, b; /* elements, below MAX_N */
    unsigned char kind;
};

/* The whole input, read at once: 5*10^5 lines through a line reader that allocates
 * each one would cost more CPU time than the reference's whole run. */
static char *text;
static size_t text_len, text_pos, line_no = 1;

/* TAIL zero bytes follow the text: every scan below stops at the first of them, and
 * an operation name compared at the very end stays inside the block. */
enum { TAIL = 8 };

static void read_text(void)
{
    size_t cap = 1 << 20;
    text = malloc(cap + TAIL);
    for (;;) {
        if (!text)
            harness_bad_input("out of memory reading the input");
        text_len += fread(text + text_len, 1, cap - text_len, stdin);
        if (text_len < cap)
            break;
        cap *= 2;
        char *t = realloc(text, cap + TAIL);
        if (!t)
            free(text);
        text = t;
    }
    memset(text + text_len, 0, TAIL);
}

static void skip_blanks(void)
{
    while (text[text_pos] == ' ' || text[text_pos] == '\t' || text[text_pos] == '\r')
        text_pos++;
}

/* Skips blank lines (and the end of the current one); false at the end of input. */
static bool next_line(void)
{
    for (;;) {
        skip_blanks();
        if (text[text_pos] != '\n')
            return text_pos < text_len;
        text_pos++;
        line_no++;
    }
}

/* One decimal number below limit, after blanks. */
static size_t read_number(size_t limit, const char *what)
{
    skip_blanks();
    const char *s = text + text_pos;
    if (*s < '0' || *s > '9')
        harness_bad_input("line %zu: expected %s", line_no, what);
    size_t v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (size_t)(*s - '0');
        if (v >= limit)
            harness_bad_input("line %zu: %s is out of range", line_no, what);
    }
    text_pos = (size_t)(s - text);
    return v;
}

/* The operation name at the cursor, if it is word (k letters) followed by a blank
 * or the end of the line. */
static bool take_word(const char *word, size_t k)
{
    char after = text[text_pos + k];
    if (memcmp(text + text_pos, word, k) != 0 ||
        (after != ' ' && after != '\t' && after != '\r' && after != '\n' && after != '\0'))
        return false;
    text_pos += k;
    return true;
}

static void read_op(size_t n, struct op *op)
{
    op->a = op->b = 0;
    if (take_word("count", 5)) {
        op->kind = OP_COUNT;
    } else {
        if (take_word("union", 5))
            op->kind = OP_UNION;
        else if (take_word("same", 4))
            op->kind = OP_SAME;
        else
            harness_bad_input("line %zu: expected union, same or count", line_no);
        op->a = (uint32_t)read_number(n, "an element 0 <= A < n");
        op->b = (uint32_t)read_number(n, "an element 0 <= B < n");
    }
    skip_blanks();
    if (text[text_pos] != '\n' && text_pos < text_len)
        harness_bad_input("line %zu: unexpected text after the operation", line_no);
}

/* Reads "n q" and the q operations, one per line; blank lines are skipped. */
static struct op *read_input(size_t *n, size_t *q)
{
    read_text();
    next_line();
    *n = read_number(MAX_N + 1, "n in 1..5*10^5");
    *q = read_number(MAX_OPS + 1, "q in 0..5*10^5");
    if (*n < 1)
        harness_bad_input("n must be at least 1");
    struct op *ops = malloc((*q ? *q : 1) * sizeof *ops);
    if (!ops)
        harness_bad_input("out of memory for %zu operations", *q);
    for (size_t i = 0; i < *q; i++) {
        if (!next_line())
            harness_bad_input("input ends after %zu of %zu operations", i, *q);
        read_op(*n, &ops[i]);
    }
    free(text);
    return ops;
}

static void run_ops(union_find *uf, struct op *ops, size_t q, size_t *counts)
{
    for (size_t i = 0; i < q; i++) {
        bool yes;
        if (ops[i].kind == OP_COUNT) {
            *counts++ = uf_count(uf);
            continue;
        }
        if (ops[i].kind == OP_UNION)
            yes = uf_union(uf, ops[i].a, ops[i].b);
        else
            yes = uf_same(uf, ops[i].a, ops[i].b);
        ops[i].kind = yes ? OP_TRUE : OP_FALSE;
    }
}

/* fprintf per line would cost more than the reference's whole run on 5*10^5 ops. */
static void write_answers(const struct op *ops, size_t q, const size_t *counts)
{
    FILE *out = harness_answer();
    char buf[32];
    for (size_t i = 0; i < q; i++) {
        if (ops[i].kind != OP_COUNT) {
            fputs(ops[i].kind == OP_TRUE ? "true\n" : "false\n", out);
            continue;
        }
        size_t u = *counts++;
        char *p = buf + sizeof buf;
        *--p = '\n';
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
    }
}

int main(void)
{
    size_t n, q;
    struct op *ops = read_input(&n, &q);
    size_t ncounts = 0;
    for (size_t i = 0; i < q; i++)
        ncounts += ops[i].kind == OP_COUNT;
    size_t *counts = malloc((ncounts ? ncounts : 1) * sizeof *counts);
    if (!counts)
        harness_bad_input("out of memory for %zu counts", ncounts);
    harness_answer(); /* opens the answer stream now so it is not counted below */

    long blocks_before = harness_live_blocks();
    long long bytes_before = harness_live_bytes();
    harness_timer_start();
    union_find *uf = uf_create(n);
    if (uf) {
        run_ops(uf, ops, q, counts);
        uf_free(uf);
    }
    harness_timer_stop();
    long left = harness_live_blocks() - blocks_before;

    if (!uf) {
        harness_fail("uf_create(%zu) returned NULL", n);
    } else {
        if (left > 0)
            harness_fail("memory leak: %ld block%s (%lld bytes) still allocated after uf_free",
                         left, left == 1 ? "" : "s", harness_live_bytes() - bytes_before);
        else if (left < 0)
            harness_fail("uf_free released %ld block%s the structure did not allocate", -left,
                         left == -1 ? "" : "s");
        write_answers(ops, q, counts);
    }
    free(counts);
    free(ops);
    return harness_finish();
}
