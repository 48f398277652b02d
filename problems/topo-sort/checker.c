/* Custom checker of topo-sort (Kattis protocol): accepts any topological order.
 * `checker input answer feedback_dir < output`: the output is `true` followed by n
 * vertices, or `false`. The checker decides from the input itself, with its own
 * Kahn pass, whether the graph has a cycle (and calls the test broken when the
 * answer file says otherwise). `false` is right exactly when there is a cycle;
 * `true` must be followed by a permutation of 0..n-1 in which every edge goes
 * forward. Exit 42 accepts, 43 rejects with one line in judgemessage.txt naming
 * the first thing wrong; anything else means the test itself is broken. Linear
 * in the sizes of the input and the output. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 200000, MAX_M = 500000, AC = 42, WA = 43, BROKEN = 1 };
/* Several times the largest honest output (2*10^5 vertices of up to 7 bytes), and
 * bounded so that garbage cannot exhaust memory; the input is at most ~7 MB. */
enum { OUTPUT_CAP = 8 << 20, INPUT_CAP = 16 << 20 };

typedef struct {
    char *data;
    size_t len, pos;
} text;

typedef struct {
    size_t from, to;
} edge;

static const char *feedback_dir;

static void reject(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void reject(const char *fmt, ...)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    FILE *f = fopen(path, "w");
    va_list ap;
    va_start(ap, fmt);
    if (f) {
        vfprintf(f, fmt, ap);
        fputc('\n', f);
        fclose(f);
    }
    va_end(ap);
    exit(WA);
}

static void broken(const char *what) __attribute__((noreturn));
static void broken(const char *what)
{
    fprintf(stderr, "checker: %s\n", what);
    exit(BROKEN);
}

/* Reads at most cap bytes; *more says whether the stream had anything beyond. */
static text slurp(FILE *f, size_t cap, bool *more)
{
    text t = {malloc(cap + 1), 0, 0};
    if (!t.data)
        broken("out of memory");
    t.len = fread(t.data, 1, cap, f);
    t.data[t.len] = '\0';
    *more = fgetc(f) != EOF;
    return t;
}

static text slurp_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        broken("cannot open an input or answer file");
    bool more;
    text t = slurp(f, INPUT_CAP, &more);
    fclose(f);
    if (more)
        broken("an input or answer file is larger than expected");
    return t;
}

static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The next whitespace-separated token (NUL-terminated in place), or NULL at the
 * end. *len gets its length. */
static char *next_token(text *t, size_t *len)
{
    while (t->pos < t->len && space(t->data[t->pos]))
        t->pos++;
    if (t->pos >= t->len)
        return NULL;
    char *start = t->data + t->pos;
    while (t->pos < t->len && !space(t->data[t->pos]))
        t->pos++;
    *len = (size_t)(t->data + t->pos - start);
    if (t->pos < t->len)
        t->data[t->pos++] = '\0';
    return start;
}

/* A decimal of digits only; values above cap come back as cap + 1. */
static bool parse_number(const char *tok, size_t len, size_t cap, size_t *out)
{
    if (len == 0 || strspn(tok, "0123456789") != len)
        return false;
    size_t v = 0;
    for (size_t i = 0; i < len && v <= cap; i++)
        v = v * 10 + (size_t)(tok[i] - '0');
    *out = v <= cap ? v : cap + 1;
    return true;
}

/* The trusted side: `n m` and m edges, as the validator accepted them. */
static edge *read_input(const char *path, size_t *n, size_t *m)
{
    text in = slurp_file(path);
    size_t len;
    char *tok;
    if (!(tok = next_token(&in, &len)) || !parse_number(tok, len, MAX_N, n) || *n == 0 ||
        *n > MAX_N)
        broken("the input does not start with n in 1..200000");
    if (!(tok = next_token(&in, &len)) || !parse_number(tok, len, MAX_M, m) || *m > MAX_M)
        broken("the input's m is not in 0..500000");
    edge *e = malloc((*m ? *m : 1) * sizeof *e);
    if (!e)
        broken("out of memory");
    for (size_t i = 0; i < *m; i++) {
        size_t u, v;
        if (!(tok = next_token(&in, &len)) || !parse_number(tok, len, *n - 1, &u) || u >= *n ||
            !(tok = next_token(&in, &len)) || !parse_number(tok, len, *n - 1, &v) || v >= *n)
            broken("the input holds fewer than m edges between vertices in 0..n-1");
        e[i] = (edge){u, v};
    }
    free(in.data);
    return e;
}

/* Kahn's algorithm, counting only: does the graph have a cycle? */
static bool has_cycle(size_t n, const edge *e, size_t m)
{
    size_t *start = calloc(n + 1, sizeof *start), *indeg = calloc(n, sizeof *indeg);
    size_t *heads = malloc((m ? m : 1) * sizeof *heads), *queue = malloc(n * sizeof *queue);
    if (!start || !indeg || !heads || !queue)
        broken("out of memory");
    for (size_t i = 0; i < m; i++) {
        start[e[i].from + 1]++;
        indeg[e[i].to]++;
    }
    for (size_t u = 0; u < n; u++)
        start[u + 1] += start[u];
    size_t *fill = malloc((n + 1) * sizeof *fill);
    if (!fill)
        broken("out of memory");
    memcpy(fill, start, (n + 1) * sizeof *fill);
    for (size_t i = 0; i < m; i++)
        heads[fill[e[i].from]++] = e[i].to;
    free(fill);
    size_t tail = 0;
    for (size_t v = 0; v < n; v++)
        if (indeg[v] == 0)
            queue[tail++] = v;
    for (size_t head = 0; head < tail; head++)
        for (size_t i = start[queue[head]]; i < start[queue[head] + 1]; i++)
            if (--indeg[heads[i]] == 0)
                queue[tail++] = heads[i];
    free(queue);
    free(heads);
    free(indeg);
    free(start);
    return tail < n;
}

static bool expected_true(const char *path)
{
    text ans = slurp_file(path);
    size_t len;
    const char *tok = next_token(&ans, &len);
    bool yes;
    if (tok && strcmp(tok, "true") == 0)
        yes = true;
    else if (tok && strcmp(tok, "false") == 0)
        yes = false;
    else
        broken("the answer file does not start with true or false");
    free(ans.data);
    return yes;
}

/* A token quoted for a message: at most 20 characters. */
#define QUOTE(tok, len) (int)((len) > 20 ? 20 : (len)), (tok), (len) > 20 ? "..." : ""

/* The order after `true`: exactly n distinct vertices, every edge forward. */
static void check_order(text *out, size_t n, const edge *e, size_t m, bool cyclic)
{
    size_t *pos = malloc(n * sizeof *pos);
    if (!pos)
        broken("out of memory");
    for (size_t v = 0; v < n; v++)
        pos[v] = SIZE_MAX;
    size_t count = 0, len;
    char *tok;
    while ((tok = next_token(out, &len)) != NULL) {
        size_t v;
        if (count == n)
            reject("the order holds more than n = %zu vertices: '%.*s%s' would be order[%zu]", n,
                   QUOTE(tok, len), count);
        if (!parse_number(tok, len, n - 1, &v))
            reject("order[%zu] is not a vertex: '%.*s%s'", count, QUOTE(tok, len));
        if (v >= n)
            reject("order[%zu] is vertex %.*s%s, out of range: n = %zu, so vertices run from 0 "
                   "to %zu",
                   count, QUOTE(tok, len), n, n - 1);
        if (pos[v] != SIZE_MAX)
            reject("vertex %zu appears twice in the order, as order[%zu] and order[%zu]", v, pos[v],
                   count);
        pos[v] = count++;
    }
    const char *why =
        cyclic ? "; this graph has a cycle, so no order works (the answer is false)" : "";
    if (count < n)
        reject("the order holds %zu vert%s, but n = %zu: every vertex must appear once%s", count,
               count == 1 ? "ex" : "ices", n, why);
    for (size_t i = 0; i < m; i++) {
        if (e[i].from == e[i].to)
            reject("edges[%zu] is a self-loop on vertex %zu, a cycle: this graph has no "
                   "topological order (the answer is false)",
                   i, e[i].from);
        if (pos[e[i].from] > pos[e[i].to])
            reject("edges[%zu] (%zu -> %zu) goes backward: %zu is order[%zu], after %zu at "
                   "order[%zu]%s",
                   i, e[i].from, e[i].to, e[i].from, pos[e[i].from], e[i].to, pos[e[i].to], why);
    }
    if (cyclic)
        broken("the output is a valid topological order of a graph the checker found a cycle "
               "in: the checker is wrong");
    free(pos);
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];
    size_t n, m;
    edge *e = read_input(argv[1], &n, &m);
    bool cyclic = has_cycle(n, e, m);
    if (expected_true(argv[2]) == cyclic)
        broken(cyclic ? "the answer file gives an order, but the graph has a cycle"
                      : "the answer file says false, but the graph has no cycle");

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");

    size_t len;
    char *tok = next_token(&out, &len);
    if (!tok)
        reject("output is empty: expected true and an order, or false");
    if (strcmp(tok, "false") == 0) {
        if ((tok = next_token(&out, &len)) != NULL)
            reject("unexpected output after false: '%.*s%s'", QUOTE(tok, len));
        if (!cyclic)
            reject("answered false (a cycle), but the graph has no cycle: a topological order "
                   "exists");
    } else if (strcmp(tok, "true") == 0) {
        check_order(&out, n, e, m, cyclic);
    } else {
        reject("output does not start with true or false: '%.*s%s'", QUOTE(tok, len));
    }
    free(out.data);
    free(e);
    return AC;
}
