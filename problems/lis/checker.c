/* Custom checker of lis (Kattis protocol): accepts any longest strictly increasing
 * subsequence. `checker input answer feedback_dir < output`: the first line of the
 * output is a length L, the second holds exactly L indices; they must be in range,
 * increasing, pick strictly increasing values, and L must be the expected length.
 * Exit 42 accepts, 43 rejects with one line in judgemessage.txt naming the first
 * offending entry; anything else means the test itself is broken. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, AC = 42, WA = 43, BROKEN = 1 };
/* Twice the largest honest output (5*10^5 indices of up to 7 bytes), and bounded
 * so that garbage cannot exhaust memory. */
enum { OUTPUT_CAP = 8 << 20, INPUT_CAP = 16 << 20 };

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

/* Parses a non-negative decimal of at most 18 digits, surrounded by blanks only. */
static bool parse_count(const char *s, unsigned long long *out)
{
    while (blank(*s))
        s++;
    unsigned long long v = 0;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        if (digits == 18)
            return false;
        v = v * 10 + (unsigned)(*s - '0');
    }
    while (blank(*s))
        s++;
    *out = v;
    return digits > 0 && *s == '\0';
}

/* The trusted side: n and the values, and the expected length. */
static int *read_input(const char *path, size_t *n)
{
    text in = slurp_file(path);
    char *p = in.data, *end;
    long long v = strtoll(p, &end, 10);
    if (end == p || v < 0 || v > MAX_N)
        broken("the input does not start with n in 0..500000");
    *n = (size_t)v;
    int *a = malloc((*n ? *n : 1) * sizeof *a);
    if (!a)
        broken("out of memory");
    for (size_t i = 0; i < *n; i++) {
        p = end;
        v = strtoll(p, &end, 10);
        if (end == p || v < -2147483648LL || v > 2147483647LL)
            broken("the input holds fewer than n ints");
        a[i] = (int)v;
    }
    free(in.data);
    return a;
}

static unsigned long long read_expected(const char *path, size_t n)
{
    text ans = slurp_file(path);
    size_t len;
    const char *first = next_line(&ans, &len);
    unsigned long long k;
    if (!first || !parse_count(first, &k))
        broken("the answer file does not start with a length");
    if (k > n || (n > 0 && k == 0))
        broken("the answer file's length is impossible for this input");
    free(ans.data);
    return k;
}

/* Checks the index line token by token, up to the announced length; returns how
 * many indices it holds. */
static size_t check_indices(char *line, const int *a, size_t n, unsigned long long want)
{
    size_t count = 0, prev = 0;
    char *p = line;
    for (;;) {
        while (blank(*p))
            p++;
        if (*p == '\0')
            return count;
        char *tok = p;
        while (*p != '\0' && !blank(*p))
            p++;
        size_t tlen = (size_t)(p - tok);
        count++;
        if (count > want)
            reject("the index line holds more indices than the length %llu on the first line",
                   want);
        size_t v = 0, digits = strspn(tok, "0123456789");
        if (digits != tlen)
            reject("entry %zu of the index line is not an index: '%.*s%s'", count,
                   (int)(tlen > 20 ? 20 : tlen), tok, tlen > 20 ? "..." : "");
        for (size_t i = 0; i < tlen && v <= MAX_N; i++)
            v = v * 10 + (size_t)(tok[i] - '0');
        if (v >= n)
            reject("entry %zu is index %.*s%s, out of range: n = %zu, so indices run from 0 to "
                   "%zu",
                   count, (int)(tlen > 20 ? 20 : tlen), tok, tlen > 20 ? "..." : "", n, n - 1);
        if (count > 1 && v == prev)
            reject("entries %zu and %zu are both index %zu: an index can appear only once",
                   count - 1, count, v);
        if (count > 1 && v < prev)
            reject("entry %zu is index %zu, not after entry %zu's index %zu: indices must "
                   "increase",
                   count, v, count - 1, prev);
        if (count > 1 && a[v] <= a[prev])
            reject("not strictly increasing at entry %zu: a[%zu] = %d, then a[%zu] = %d", count,
                   prev, a[prev], v, a[v]);
        prev = v;
    }
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];
    size_t n;
    int *a = read_input(argv[1], &n);
    unsigned long long expected = read_expected(argv[2], n);

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");

    size_t len;
    char *line = next_line(&out, &len);
    unsigned long long got;
    if (!line || len == 0)
        reject("output is empty: expected the length on the first line");
    if (!parse_count(line, &got))
        reject("first line is not a length: '%.40s%s'", line, len > 40 ? "..." : "");
    if (got > n)
        reject("length %llu is more than the n = %zu elements", got, n);

    char *indices = next_line(&out, &len);
    size_t count = check_indices(indices ? indices : (char[]){""}, a, n, got);
    if (count < got)
        reject("the index line holds %zu ind%s but the length on the first line is %llu", count,
               count == 1 ? "ex" : "ices", got);

    char *rest;
    while ((rest = next_line(&out, &len)) != NULL)
        if (strspn(rest, " \t") != len)
            reject("unexpected output after the index line: '%.40s%s'", rest,
                   len > 40 ? "..." : "");

    if (got < expected)
        reject("length %llu is too short: the longest strictly increasing one has %llu", got,
               expected);
    if (got > expected)
        broken("the output is a valid strictly increasing subsequence longer than the answer "
               "file's: the answer file is wrong");
    free(out.data);
    free(a);
    return AC;
}
