/* Custom checker of lcs (Kattis protocol): accepts any longest common subsequence.
 * `checker input answer feedback_dir < output`: the learner's length must equal the
 * expected one, and their second line must be a subsequence of both strings of
 * exactly that length. Exit 42 accepts, 43 rejects with judgemessage.txt; anything
 * else means the test itself is broken. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LEN = 5000, AC = 42, WA = 43, BROKEN = 1 };
/* Enough for any honest output, and bounded so garbage cannot exhaust memory. */
enum { OUTPUT_CAP = 64 * 1024 };

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
    if (more)
        *more = fgetc(f) != EOF;
    return t;
}

static text slurp_file(const char *path, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        broken("cannot open an input or answer file");
    text t = slurp(f, cap, NULL);
    fclose(f);
    return t;
}

/* Returns the next line without its '\n' (and a trailing '\r'); NULL at the end. */
static const char *next_line(text *t, size_t *len)
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

/* Parses a non-negative decimal of at most 9 digits, surrounded by blanks only. */
static bool parse_count(const char *s, long *out)
{
    while (*s == ' ' || *s == '\t')
        s++;
    long v = 0;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        if (digits == 9)
            return false;
        v = v * 10 + (*s - '0');
    }
    while (*s == ' ' || *s == '\t')
        s++;
    *out = v;
    return digits > 0 && *s == '\0';
}

static bool is_subsequence(const char *s, size_t n, const char *of, size_t m)
{
    size_t i = 0;
    for (size_t j = 0; i < n && j < m; j++)
        if (s[i] == of[j])
            i++;
    return i == n;
}

static void trim_blanks(const char *s, size_t *len)
{
    while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
        (*len)--;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];

    text in = slurp_file(argv[1], 4 * MAX_LEN);
    size_t na = 0, nb = 0;
    const char *a = next_line(&in, &na);
    const char *b = next_line(&in, &nb);
    if (!a)
        a = "";
    if (!b)
        b = "";

    text ans = slurp_file(argv[2], 4 * MAX_LEN);
    size_t alen;
    const char *first = next_line(&ans, &alen);
    long expected;
    if (!first || !parse_count(first, &expected))
        broken("the answer file does not start with a length");
    if ((size_t)expected > (na < nb ? na : nb))
        broken("the expected length is longer than a string");

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");
    size_t len;
    const char *line = next_line(&out, &len);
    long got;
    if (!line || len == 0)
        reject("output is empty: expected the length on the first line");
    if (!parse_count(line, &got))
        reject("first line is not a length: '%.40s'", line);
    if (got < expected)
        reject("length %ld is not the longest: expected %ld", got, expected);
    if (got > expected)
        reject("length %ld is longer than possible: the longest is %ld", got, expected);

    const char *sub = next_line(&out, &len);
    if (!sub) {
        sub = "";
        len = 0;
    }
    trim_blanks(sub, &len);
    if (len != (size_t)expected)
        reject("second line has %zu characters but the length is %ld", len, expected);
    for (size_t i = 0; i < len; i++)
        if (sub[i] < 'a' || sub[i] > 'z')
            reject("second line holds a character other than a-z at column %zu", i + 1);
    if (!is_subsequence(sub, len, a, na))
        reject("'%.40s%s' is not a subsequence of the first string", sub, len > 40 ? "..." : "");
    if (!is_subsequence(sub, len, b, nb))
        reject("'%.40s%s' is not a subsequence of the second string", sub, len > 40 ? "..." : "");

    size_t rest_len;
    const char *rest;
    while ((rest = next_line(&out, &rest_len)) != NULL)
        if (rest_len > 0 && strspn(rest, " \t") != rest_len)
            reject("unexpected output after the subsequence: '%.40s'", rest);
    return AC;
}
