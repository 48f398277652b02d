/* Custom checker of max-flow (Kattis protocol): accepts any maximum flow.
 * `checker input answer feedback_dir < output`: the output is the returned value,
 * then one flow per edge in the input's order (m integers, any whitespace). The
 * value must equal the expected maximum (the first number of the answer file),
 * every flow must lie in 0..capacity, every vertex other than s and t must pass on
 * exactly what it receives, and the net flow out of s must be the value. A
 * self-loop's flow enters and leaves the same vertex, so any value within its
 * capacity is accepted there. Exit 42 accepts, 43 rejects with one line in
 * judgemessage.txt naming the first offending entry; anything else means the test
 * itself is broken. Linear in the input and the output. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 5000, MAX_M = 10000, AC = 42, WA = 43, BROKEN = 1 };
#define MAX_CAP 1000000000LL
/* Five times the largest honest output ((10^4 + 1) numbers of at most 21 bytes),
 * and bounded so that garbage cannot exhaust memory. */
enum { OUTPUT_CAP = 1 << 20, INPUT_CAP = 4 << 20 };

typedef struct {
    char *data;
    size_t len, pos;
} text;

typedef struct {
    size_t from, to;
    long long cap;
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

/* The next whitespace-separated token, NUL-terminated in place (the byte after it
 * is always whitespace or the terminator slurp added); NULL at the end. */
static char *next_token(text *t)
{
    while (t->pos < t->len && space(t->data[t->pos]))
        t->pos++;
    if (t->pos >= t->len)
        return NULL;
    char *start = t->data + t->pos;
    while (t->pos < t->len && !space(t->data[t->pos]))
        t->pos++;
    t->data[t->pos < t->len ? t->pos++ : t->len] = '\0';
    return start;
}

/* A decimal integer with an optional '-', within [-10^18, 10^18]: more than any
 * honest flow or value, and no sum of m of them overflows a long long. */
static bool parse_ll(const char *s, long long *out)
{
    bool neg = *s == '-';
    s += neg;
    long long v = 0;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        if (digits == 18)
            return false;
        v = v * 10 + (*s - '0');
    }
    if (digits == 0 || *s != '\0')
        return false;
    *out = neg ? -v : v;
    return true;
}

/* The trusted side: the graph, in the validator's format. */
static edge *read_input(const char *path, size_t *n, size_t *m, size_t *s, size_t *t)
{
    text in = slurp_file(path);
    long long head[4];
    for (int k = 0; k < 4; k++) {
        char *tok = next_token(&in);
        if (!tok || !parse_ll(tok, &head[k]) || head[k] < 0)
            broken("the input does not start with `n m s t`");
    }
    if (head[0] < 2 || head[0] > MAX_N || head[1] > MAX_M || head[2] >= head[0] ||
        head[3] >= head[0] || head[2] == head[3])
        broken("the input's `n m s t` is out of range");
    *n = (size_t)head[0];
    *m = (size_t)head[1];
    *s = (size_t)head[2];
    *t = (size_t)head[3];
    edge *e = malloc((*m ? *m : 1) * sizeof *e);
    if (!e)
        broken("out of memory");
    for (size_t i = 0; i < *m; i++) {
        long long f[3];
        for (int k = 0; k < 3; k++) {
            char *tok = next_token(&in);
            if (!tok || !parse_ll(tok, &f[k]) || f[k] < 0)
                broken("the input holds fewer than m edges");
        }
        if (f[0] >= head[0] || f[1] >= head[0] || f[2] > MAX_CAP)
            broken("an edge of the input is out of range");
        e[i] = (edge){(size_t)f[0], (size_t)f[1], f[2]};
    }
    free(in.data);
    return e;
}

static long long read_expected(const char *path)
{
    text ans = slurp_file(path);
    char *tok = next_token(&ans);
    long long v;
    if (!tok || !parse_ll(tok, &v) || v < 0)
        broken("the answer file does not start with the maximum flow value");
    free(ans.data);
    return v;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];
    size_t n, m, s, t;
    edge *e = read_input(argv[1], &n, &m, &s, &t);
    long long expected = read_expected(argv[2]);

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");

    char *tok = next_token(&out);
    long long value;
    if (!tok)
        reject("output is empty: expected the flow value, then %zu flows", m);
    if (!parse_ll(tok, &value))
        reject("the flow value '%.40s' is not an integer of at most 18 digits", tok);
    if (value < expected)
        reject("returned value %lld is not the maximum: a flow of %lld exists", value, expected);
    if (value > expected)
        reject("returned value %lld is more than the maximum flow %lld", value, expected);

    long long *in = calloc(n, sizeof *in), *outflow = calloc(n, sizeof *outflow);
    if (!in || !outflow)
        broken("out of memory");
    for (size_t i = 0; i < m; i++) {
        long long f;
        if (!(tok = next_token(&out)))
            reject("output ends after %zu flows: expected one for each of the %zu edges", i, m);
        if (!parse_ll(tok, &f))
            reject("flow of edge %zu ('%.40s') is not an integer of at most 18 digits", i, tok);
        if (f < 0 || f > e[i].cap)
            reject("edge %zu (%zu -> %zu, capacity %lld) carries %lld: outside 0..%lld", i,
                   e[i].from, e[i].to, e[i].cap, f, e[i].cap);
        outflow[e[i].from] += f;
        in[e[i].to] += f;
    }
    if ((tok = next_token(&out)) != NULL)
        reject("unexpected output after the %zu flows: '%.40s'", m, tok);

    for (size_t v = 0; v < n; v++)
        if (v != s && v != t && in[v] != outflow[v])
            reject("vertex %zu receives %lld but sends out %lld: flow is not conserved", v, in[v],
                   outflow[v]);
    if (outflow[s] - in[s] != value)
        reject("the flows carry %lld out of the source (%lld out, %lld in), not the returned "
               "value %lld",
               outflow[s] - in[s], outflow[s], in[s], value);
    return AC;
}
