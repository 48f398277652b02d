/* Harness of lru-cache: parses every operation into an array first, so the timer
 * and the allocation count cover only the learner's code; then times lru_create,
 * the operations and lru_free, checks that lru_free released every block, and
 * writes one line per get (the value, or "miss"). */
#include "harness.h"
#include "lru_cache.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_CAPACITY = 1000000, MAX_OPS = 1000000 };
enum op_kind { OP_PUT, OP_GET, OP_HIT, OP_MISS };

/* A get becomes OP_HIT (value = what lru_get stored) or OP_MISS once it has run. */
struct op {
    int key, value;
    unsigned char kind;
};

static const char *skip_blanks(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Parses one decimal int at s; returns the end, or NULL when there is none or it
 * does not fit in an int. */
static const char *parse_int(const char *s, int *out)
{
    bool neg = *s == '-';
    if (*s == '-' || *s == '+')
        s++;
    if (*s < '0' || *s > '9')
        return NULL;
    long long v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (*s - '0');
        if (v > 2147483648LL)
            return NULL;
    }
    if (neg)
        v = -v;
    if (v > 2147483647LL)
        return NULL;
    *out = (int)v;
    return s;
}

static void parse_op(const char *line, size_t index, struct op *op)
{
    const char *s = skip_blanks(line);
    if (strncmp(s, "get", 3) == 0)
        op->kind = OP_GET;
    else if (strncmp(s, "put", 3) == 0)
        op->kind = OP_PUT;
    else
        harness_bad_input("operation %zu: expected get or put", index + 1);
    s = parse_int(skip_blanks(s + 3), &op->key);
    if (s && op->kind == OP_PUT)
        s = parse_int(skip_blanks(s), &op->value);
    if (!s || *skip_blanks(s) != '\0')
        harness_bad_input("operation %zu: malformed line '%.40s'", index + 1, line);
}

/* Operations are one per line; blank lines (such as the rest of the first line)
 * are skipped. */
static struct op *read_ops(size_t q)
{
    struct op *ops = malloc((q ? q : 1) * sizeof *ops);
    if (!ops)
        harness_bad_input("out of memory for %zu operations", q);
    size_t n = 0;
    while (n < q) {
        char *line = harness_read_line(NULL);
        if (!line)
            harness_bad_input("input ends after %zu of %zu operations", n, q);
        if (*skip_blanks(line) != '\0') {
            parse_op(line, n, &ops[n]);
            n++;
        }
        free(line);
    }
    return ops;
}

static void run_ops(lru_cache *c, struct op *ops, size_t q)
{
    for (size_t i = 0; i < q; i++) {
        if (ops[i].kind == OP_PUT) {
            lru_put(c, ops[i].key, ops[i].value);
        } else {
            int value = 0;
            ops[i].kind = lru_get(c, ops[i].key, &value) ? OP_HIT : OP_MISS;
            ops[i].value = value;
        }
    }
}

/* fprintf per line would cost more than the reference's whole run on 10^6 gets. */
static void write_answers(const struct op *ops, size_t q)
{
    FILE *out = harness_answer();
    char buf[16];
    for (size_t i = 0; i < q; i++) {
        if (ops[i].kind == OP_MISS) {
            fputs("miss\n", out);
        } else if (ops[i].kind == OP_HIT) {
            long long v = ops[i].value;
            unsigned long long u = v < 0 ? (unsigned long long)-v : (unsigned long long)v;
            char *p = buf + sizeof buf;
            *--p = '\n';
            do
                *--p = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0)
                *--p = '-';
            fwrite(p, 1, (size_t)(buf + sizeof buf - p), out);
        }
    }
}

int main(void)
{
    size_t capacity, q;
    if (harness_read_size(&capacity) < 0 || harness_read_size(&q) < 0)
        harness_bad_input("expected 'capacity q' on the first line");
    if (capacity < 1 || capacity > MAX_CAPACITY || q > MAX_OPS)
        harness_bad_input("capacity %zu or q %zu out of range", capacity, q);
    struct op *ops = read_ops(q);
    harness_answer(); /* opens the answer stream now so it is not counted below */

    long blocks_before = harness_live_blocks();
    long long bytes_before = harness_live_bytes();
    harness_timer_start();
    lru_cache *c = lru_create(capacity);
    if (c) {
        run_ops(c, ops, q);
        lru_free(c);
    }
    harness_timer_stop();

    if (!c) {
        harness_fail("lru_create(%zu) returned NULL", capacity);
    } else {
        if (harness_live_blocks() > blocks_before)
            harness_fail("memory leak: %ld block%s (%lld bytes) still allocated after lru_free",
                         harness_live_blocks() - blocks_before,
                         harness_live_blocks() - blocks_before == 1 ? "" : "s",
                         harness_live_bytes() - bytes_before);
        write_answers(ops, q);
    }
    free(ops);
    return harness_finish();
}
