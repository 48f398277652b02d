/* Custom checker of scc (Kattis protocol): accepts any numbering of the strongly
 * connected components in a topological order of the condensation.
 * `checker input answer feedback_dir < output`: the checker computes the components
 * itself (Tarjan's algorithm with an explicit stack). The output's first token is
 * k, which must equal their count (the answer file's first token says the same);
 * then exactly n numbers comp[0..n-1] in 0..k-1, equal for two vertices exactly
 * when they are in the same component, and comp[u] <= comp[v] for every edge
 * u -> v. Exit 42 accepts, 43 rejects with one line in judgemessage.txt naming the
 * first offending vertex or edge; anything else means the test itself is broken. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, MAX_M = 500000, AC = 42, WA = 43, BROKEN = 1 };
/* Twice the largest honest output (k, then 5*10^5 numbers of up to 7 bytes), and
 * bounded so that garbage cannot exhaust memory; the input is at most ~7 MB. */
enum { OUTPUT_CAP = 8 << 20, INPUT_CAP = 16 << 20 };
#define NONE SIZE_MAX

typedef struct {
    char *data;
    size_t len, pos;
} text;

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

static void *alloc(size_t count, size_t size)
{
    void *p = malloc((count ? count : 1) * size);
    if (!p)
        broken("out of memory");
    return p;
}

/* Reads at most cap bytes; *more says whether the stream had anything beyond. */
static text slurp(FILE *f, size_t cap, bool *more)
{
    text t = {alloc(cap + 1, 1), 0, 0};
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

/* The next whitespace-separated token: its start and length; false at the end. */
static bool next_token(text *t, const char **tok, size_t *len)
{
    while (t->pos < t->len && space(t->data[t->pos]))
        t->pos++;
    if (t->pos >= t->len)
        return false;
    *tok = t->data + t->pos;
    while (t->pos < t->len && !space(t->data[t->pos]))
        t->pos++;
    *len = (size_t)(t->data + t->pos - *tok);
    return true;
}

/* A token of digits only, as a number; more than 18 digits reads as SIZE_MAX,
 * which is above every bound below. False when the token is not a number. */
static bool token_number(const char *tok, size_t len, size_t *out)
{
    size_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (tok[i] < '0' || tok[i] > '9')
            return false;
        if (i < 18)
            v = v * 10 + (size_t)(tok[i] - '0');
        else
            v = SIZE_MAX;
    }
    *out = v;
    return len > 0;
}

/* A number of the trusted files, at most max. */
static size_t trusted_number(text *t, size_t max, const char *what)
{
    const char *tok;
    size_t len, v;
    if (!next_token(t, &tok, &len) || !token_number(tok, len, &v) || v > max)
        broken(what);
    return v;
}

/* The output's token for entry what, shown in a message: at most 20 characters. */
#define SHOW(tok, len) (int)((len) > 20 ? 20 : (len)), (tok), (len) > 20 ? "..." : ""

typedef struct {
    size_t n, m;
    size_t *from, *to;
} graph;

static graph read_input(const char *path)
{
    text in = slurp_file(path);
    graph g;
    g.n = trusted_number(&in, MAX_N, "the input does not start with n in 1..500000");
    if (g.n == 0)
        broken("the input has n = 0");
    g.m = trusted_number(&in, MAX_M, "the input's m is not in 0..500000");
    g.from = alloc(g.m, sizeof *g.from);
    g.to = alloc(g.m, sizeof *g.to);
    for (size_t i = 0; i < g.m; i++) {
        g.from[i] = trusted_number(&in, g.n - 1, "the input holds a bad or missing vertex");
        g.to[i] = trusted_number(&in, g.n - 1, "the input holds a bad or missing vertex");
    }
    free(in.data);
    return g;
}

/* Tarjan's algorithm with an explicit call stack: truth[v] gets v's component
 * (numbered in the order they complete, which is not the learner's order and need
 * not be); returns their count. Each vertex's index and low-link sit together and
 * each frame keeps its arc cursor: at n = 5*10^5 a scattered access is the cost. */
typedef struct {
    size_t index, low; /* index 0: not reached; NONE: its component is complete */
} vertex;

typedef struct {
    size_t v, next, end;
} frame;

static size_t components(const graph *g, size_t *truth)
{
    size_t n = g->n;
    size_t *start = alloc(n + 1, sizeof *start), *adj = alloc(g->m, sizeof *adj);
    for (size_t v = 0; v <= n; v++)
        start[v] = 0;
    for (size_t i = 0; i < g->m; i++)
        start[g->from[i] + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    size_t *fill = alloc(n, sizeof *fill);
    memcpy(fill, start, n * sizeof *fill);
    for (size_t i = 0; i < g->m; i++)
        adj[fill[g->from[i]]++] = g->to[i];
    free(fill);

    vertex *info = calloc(n, sizeof *info);
    frame *calls = alloc(n, sizeof *calls);
    size_t *open = alloc(n, sizeof *open);
    if (!info)
        broken("out of memory");
    size_t counter = 0, count = 0, depth = 0, nopen = 0;
    for (size_t root = 0; root < n; root++) {
        if (info[root].index)
            continue;
        counter++;
        info[root] = (vertex){counter, counter};
        open[nopen++] = root;
        calls[depth++] = (frame){root, start[root], start[root + 1]};
        while (depth > 0) {
            frame *f = &calls[depth - 1];
            vertex *v = &info[f->v];
            if (f->next < f->end) {
                size_t w = adj[f->next++];
                if (!info[w].index) {
                    counter++;
                    info[w] = (vertex){counter, counter};
                    open[nopen++] = w;
                    calls[depth++] = (frame){w, start[w], start[w + 1]};
                } else if (info[w].index != NONE && info[w].index < v->low) {
                    v->low = info[w].index; /* w is still open: on the stack */
                }
                continue;
            }
            size_t u = f->v;
            depth--;
            if (v->low == v->index) {
                size_t w;
                do {
                    w = open[--nopen];
                    info[w] = (vertex){NONE, count};
                } while (w != u);
                count++;
            } else if (v->low < info[calls[depth - 1].v].low) {
                info[calls[depth - 1].v].low = v->low;
            }
        }
    }
    for (size_t v = 0; v < n; v++)
        truth[v] = info[v].low;
    free(open);
    free(calls);
    free(info);
    free(adj);
    free(start);
    return count;
}

/* The first vertex u < v with truth[u] == t (want_truth) or comp[u] == x: only
 * called to name a vertex in a rejection. */
static size_t first_with(const size_t *truth, const size_t *comp, size_t v, bool want_truth,
                         size_t t, size_t x)
{
    for (size_t u = 0; u < v; u++)
        if (want_truth ? truth[u] == t : comp[u] == x)
            return u;
    broken("a component number is in use but held by no earlier vertex");
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];
    graph g = read_input(argv[1]);
    size_t *truth = alloc(g.n, sizeof *truth);
    size_t k = components(&g, truth);
    text ans = slurp_file(argv[2]);
    if (trusted_number(&ans, MAX_N, "the answer file does not start with k") != k)
        broken("the answer file's k is not the number of components");
    free(ans.data);

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");
    const char *tok;
    size_t len, got;
    if (!next_token(&out, &tok, &len))
        reject("output is empty: expected k, then the n component numbers");
    if (!token_number(tok, len, &got))
        reject("k is not a number: '%.*s%s'", SHOW(tok, len));
    if (got != k)
        reject("k = %.*s%s, but the graph has %zu strongly connected component%s", SHOW(tok, len),
               k, k == 1 ? "" : "s");

    /* number_of[t]: the number the learner gave true component t; truth_of[x]: the
     * true component of the vertices numbered x. Both must be one-to-one. */
    size_t *comp = alloc(g.n, sizeof *comp);
    size_t *number_of = alloc(k, sizeof *number_of), *truth_of = alloc(k, sizeof *truth_of);
    for (size_t c = 0; c < k; c++)
        number_of[c] = truth_of[c] = NONE;
    for (size_t v = 0; v < g.n; v++) {
        if (!next_token(&out, &tok, &len))
            reject("the output holds %zu component number%s after k, but n = %zu", v,
                   v == 1 ? "" : "s", g.n);
        if (!token_number(tok, len, &comp[v]))
            reject("comp[%zu] is not a number: '%.*s%s'", v, SHOW(tok, len));
        if (comp[v] >= k)
            reject("comp[%zu] = %.*s%s is not in 0..k-1 = 0..%zu", v, SHOW(tok, len), k - 1);
        size_t t = truth[v], x = comp[v];
        if (number_of[t] == NONE) {
            number_of[t] = x;
        } else if (number_of[t] != x) {
            size_t u = first_with(truth, comp, v, true, t, x);
            reject("vertices %zu and %zu are in the same strongly connected component, but "
                   "comp[%zu] = %zu and comp[%zu] = %zu",
                   u, v, u, comp[u], v, x);
        }
        if (truth_of[x] == NONE) {
            truth_of[x] = t;
        } else if (truth_of[x] != t) {
            size_t u = first_with(truth, comp, v, false, t, x);
            reject("comp[%zu] = comp[%zu] = %zu, but vertices %zu and %zu are not in the same "
                   "strongly connected component (one of them does not reach the other)",
                   u, v, x, u, v);
        }
    }
    if (next_token(&out, &tok, &len))
        reject("unexpected output after the n = %zu component numbers: '%.*s%s'", g.n,
               SHOW(tok, len));

    for (size_t i = 0; i < g.m; i++) {
        size_t u = g.from[i], v = g.to[i];
        if (comp[u] > comp[v])
            reject("edge %zu -> %zu (line %zu of the input) goes from component %zu to "
                   "component %zu: an edge between components must go from the smaller number "
                   "to the larger",
                   u, v, i + 2, comp[u], comp[v]);
    }
    free(truth_of);
    free(number_of);
    free(comp);
    free(out.data);
    free(truth);
    free(g.to);
    free(g.from);
    return AC;
}
