/* Validator of union-find: checks one .in on stdin against the statement, strictly:
 * "n q" with 1 <= n <= 5*10^5 and 0 <= q <= 5*10^5, then exactly q lines, each
 * "union A B", "same A B" or "count", with 0 <= A, B < n, canonical decimal
 * numbers, single spaces, '\n' line ends, nothing after. Exit 42 when valid, 43
 * with one stderr line otherwise. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500000, MAX_OPS = 500000 };

static char *buf;
static size_t len, pos;
static size_t line = 1;

static void invalid(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void invalid(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "line %zu: ", line);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(43);
}

static void read_all(void)
{
    size_t cap = 1 << 20;
    buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
        len += fread(buf + len, 1, cap - len, stdin);
        if (len < cap)
            break;
        cap *= 2;
        buf = realloc(buf, cap);
    }
}

static void expect(char ch, const char *what)
{
    /* a hand-made file's last line often lacks its newline: the file's end ends
       a last line that holds something */
    if (ch == '\n' && pos == len && pos > 0 && buf[pos - 1] != '\n')
        return;
    if (pos >= len || buf[pos] != ch)
        invalid("expected %s", what);
    pos++;
    if (ch == '\n')
        line++;
}

/* A decimal integer in [lo, hi]: digits only, no sign, no leading zeros. */
static long long read_number(long long lo, long long hi, const char *what)
{
    size_t start = pos;
    long long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9' && pos - start < 12)
        v = v * 10 + (buf[pos++] - '0');
    size_t n = pos - start;
    if (n == 0 || (pos < len && buf[pos] >= '0' && buf[pos] <= '9'))
        invalid("%s is not a number of at most 12 digits", what);
    if (n > 1 && buf[start] == '0')
        invalid("%s '%.*s' is not in canonical form", what, (int)n, buf + start);
    if (v < lo || v > hi)
        invalid("%s %lld is out of range [%lld, %lld]", what, v, lo, hi);
    return v;
}

static bool take_word(const char *word)
{
    size_t k = strlen(word);
    if (len - pos < k || memcmp(buf + pos, word, k) != 0)
        return false;
    pos += k;
    return true;
}

static void read_op(long long n)
{
    if (take_word("count")) {
        expect('\n', "end of line after count");
        return;
    }
    if (!take_word("union ") && !take_word("same "))
        invalid("expected 'union A B', 'same A B' or 'count'");
    read_number(0, n - 1, "A");
    expect(' ', "a space between A and B");
    read_number(0, n - 1, "B");
    expect('\n', "end of line");
}

int main(void)
{
    read_all();
    long long n = read_number(1, MAX_N, "n");
    expect(' ', "a space after n");
    long long q = read_number(0, MAX_OPS, "q");
    expect('\n', "end of the first line");
    for (long long i = 0; i < q; i++) {
        if (pos == len)
            invalid("input ends after %lld of %lld operations", i, q);
        read_op(n);
    }
    if (pos != len)
        invalid("unexpected data after %lld operations", q);
    free(buf);
    return 42;
}
