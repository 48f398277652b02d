/* Custom checker of mst (Kattis protocol): accepts any minimum spanning tree.
 * `checker input answer feedback_dir < output`: the first line of the output is
 * the returned total, the second holds the n-1 chosen edge indices. They must be
 * in range and distinct, none may close a cycle with the ones before it (so the
 * n-1 of them span the graph), their weights must add up to the returned total,
 * and that total must be the minimum, the first number of the answer file. Exit 42
 * accepts, 43 rejects with one line in judgemessage.txt naming the first offending
 * entry; anything else means the test itself is broken. Linear in the input plus
 * near-linear union-find. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, MAX_M = 500000, AC = 42, WA = 43, BROKEN = 1 };
/* Twice the largest honest output (5*10^5 indices of up to 7 bytes, and a total),
 * and bounded so that garbage cannot exhaust memory; the input is at most about
 * 15 MB. */
enum { OUTPUT_CAP = 8 << 20, INPUT_CAP = 32 << 20 };
#define MAX_W 1000000000000LL

typedef struct {
    char *data;
    size_t len, pos;
} text;

/* 32-bit vertex numbers (n <= 5*10^5): the check is bound by memory accesses in
 * random order, so compact arrays are faster ones. */
typedef struct {
    long long w;
    uint32_t u, v;
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

/* Returns the next line without its '\n' (and a trailing '\r'); NULL at the end. */
static char *next_line(text *t, size_t *len)
{
    if (t->pos >= t->len)
        return NULL;
    char *start = t->data + t->pos;
    char *nl = memchr(start, '\n', t->len - t->pos);
    size_t n = nl ? (size_t)(nl - start) : t->len - t->pos;
    t->pos += n + (nl != NULL);
    if (n > 0 && start[n - 1] == '\r')
        n--;
    start[n] = '\0';
    *len = n;
    return start;
}

static bool blank(char c) { return c == ' ' || c == '\t'; }

/* Parses an optionally negative decimal in the range of a long long, surrounded by
 * blanks only: mst returns a long long, and whatever it returned is read back
 * (an "infinity" such as LLONG_MAX included) so that the message can name it. */
static bool parse_total(const char *s, long long *out)
{
    while (blank(*s))
        s++;
    bool negative = *s == '-';
    if (negative)
        s++;
    unsigned long long v = 0, limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        unsigned d = (unsigned)(*s - '0');
        if (v > (limit - d) / 10)
            return false;
        v = v * 10 + d;
    }
    while (blank(*s))
        s++;
    *out = negative ? (long long)(0ULL - v) : (long long)v;
    return digits > 0 && *s == '\0';
}

/* One integer of the trusted input at *p, skipping whitespace before it; false
 * when there is none. A hand-rolled loop: strtoll costs more than the rest of the
 * check on the largest tests. */
static bool next_ll(char **p, long long *out)
{
    char *s = *p;
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')
        s++;
    bool negative = *s == '-';
    s += negative;
    if (*s < '0' || *s > '9')
        return false;
    long long v = 0;
    for (int digits = 0; *s >= '0' && *s <= '9' && digits < 15; s++, digits++)
        v = v * 10 + (*s - '0');
    if (*s >= '0' && *s <= '9')
        return false; /* more than 15 digits: nothing valid is that long */
    *out = negative ? -v : v;
    *p = s;
    return true;
}

/* The trusted side: the graph, as the validator accepted it. */
static edge *read_input(const char *path, size_t *n, size_t *m)
{
    text in = slurp_file(path);
    char *p = in.data;
    long long nv, mv;
    if (!next_ll(&p, &nv) || !next_ll(&p, &mv) || nv < 1 || nv > MAX_N || mv < nv - 1 || mv > MAX_M)
        broken("the input does not start with n and m in range");
    *n = (size_t)nv;
    *m = (size_t)mv;
    edge *e = malloc((*m ? *m : 1) * sizeof *e);
    if (!e)
        broken("out of memory");
    for (size_t i = 0; i < *m; i++) {
        long long u, v, w;
        if (!next_ll(&p, &u) || !next_ll(&p, &v) || !next_ll(&p, &w) || u < 0 || u >= nv || v < 0 ||
            v >= nv || w < -MAX_W || w > MAX_W)
            broken("the input holds fewer than m valid edges");
        e[i] = (edge){w, (uint32_t)u, (uint32_t)v};
    }
    free(in.data);
    return e;
}

static long long read_expected(const char *path)
{
    text ans = slurp_file(path);
    size_t len;
    const char *first = next_line(&ans, &len);
    long long total;
    if (!first || !parse_total(first, &total))
        broken("the answer file does not start with a total");
    free(ans.data);
    return total;
}

static uint32_t *parent, *size;

static uint32_t find(uint32_t v)
{
    while (parent[v] != v)
        v = parent[v] = parent[parent[v]];
    return v;
}

/* A token of the index line, quoted for a message: at most 20 characters. */
#define QUOTE(tok, tlen) (int)((tlen) > 20 ? 20 : (tlen)), (tok), (tlen) > 20 ? "..." : ""

/* Checks the index line token by token: n-1 distinct indices into the edges, none
 * closing a cycle. Returns the chosen edges' total weight. */
static long long check_indices(char *line, const edge *e, size_t n, size_t m)
{
    /* first_at[i]: the entry that chose edge i, from 1; 0 while none has */
    size_t *first_at = calloc(m ? m : 1, sizeof *first_at);
    parent = malloc(n * sizeof *parent);
    size = malloc(n * sizeof *size);
    if (!first_at || !parent || !size)
        broken("out of memory");
    for (size_t v = 0; v < n; v++) {
        parent[v] = (uint32_t)v;
        size[v] = 1;
    }
    long long sum = 0;
    size_t count = 0;
    char *p = line;
    for (;;) {
        while (blank(*p))
            p++;
        if (*p == '\0')
            break;
        char *tok = p;
        while (*p != '\0' && !blank(*p))
            p++;
        size_t tlen = (size_t)(p - tok);
        count++;
        if (count > n - 1)
            reject("the index line holds more than n-1 = %zu indices: a spanning tree has "
                   "exactly n-1 edges",
                   n - 1);
        size_t i = 0, digits = strspn(tok, "0123456789");
        if (digits != tlen || tlen == 0)
            reject("entry %zu of the index line is not an edge index: '%.*s%s'", count,
                   QUOTE(tok, tlen));
        for (size_t k = 0; k < tlen && i <= MAX_M; k++)
            i = i * 10 + (size_t)(tok[k] - '0');
        if (i >= m)
            reject("entry %zu is edge %.*s%s, out of range: m = %zu, so edges are numbered "
                   "0 to %zu",
                   count, QUOTE(tok, tlen), m, m - 1);
        if (first_at[i])
            reject("entries %zu and %zu are both edge %zu: an edge can be chosen only once",
                   first_at[i], count, i);
        first_at[i] = count;
        if (e[i].u == e[i].v)
            reject("entry %zu is edge %zu, a self-loop on vertex %lu: a tree has no cycle, so "
                   "no self-loop",
                   count, i, (unsigned long)e[i].u);
        uint32_t a = find(e[i].u), b = find(e[i].v);
        if (a == b)
            reject("entry %zu is edge %zu (%lu-%lu), but the entries before it already "
                   "connect %lu and %lu: it closes a cycle",
                   count, i, (unsigned long)e[i].u, (unsigned long)e[i].v, (unsigned long)e[i].u,
                   (unsigned long)e[i].v);
        if (size[a] < size[b]) {
            uint32_t t = a;
            a = b;
            b = t;
        }
        parent[b] = a; /* union by size: the smaller tree under the larger */
        size[a] += size[b];
        sum += e[i].w;
    }
    if (count < n - 1)
        reject("the index line holds %zu ind%s, but a spanning tree of this graph has n-1 = "
               "%zu edge%s",
               count, count == 1 ? "ex" : "ices", n - 1, n == 2 ? "" : "s");
    free(size);
    free(parent);
    free(first_at);
    return sum;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];
    size_t n, m;
    edge *e = read_input(argv[1], &n, &m);
    long long expected = read_expected(argv[2]);

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");

    size_t len;
    char *line = next_line(&out, &len);
    long long total;
    if (!line || len == 0)
        reject("output is empty: expected the total weight on the first line");
    if (!parse_total(line, &total))
        reject("first line is not a total weight: '%.40s%s'", line, len > 40 ? "..." : "");

    char *indices = next_line(&out, &len);
    long long sum = check_indices(indices ? indices : (char[]){""}, e, n, m);

    char *rest;
    while ((rest = next_line(&out, &len)) != NULL)
        if (strspn(rest, " \t") != len)
            reject("unexpected output after the index line: '%.40s%s'", rest,
                   len > 40 ? "..." : "");

    if (sum != total)
        reject("mst returned %lld, but the chosen edges weigh %lld in all: return their "
               "total",
               total, sum);
    if (sum > expected)
        reject("the chosen edges form a spanning tree of weight %lld, but a minimum spanning "
               "tree weighs %lld",
               sum, expected);
    if (sum < expected)
        broken("the output is a spanning tree lighter than the answer file's: the answer file "
               "is wrong");
    free(out.data);
    free(e);
    return AC;
}
