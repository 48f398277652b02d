/* Validator of lru-cache: checks one .in on stdin against the statement, strictly:
 * "capacity q" with 1 <= capacity <= 10^6 and 0 <= q <= 10^6, then exactly q lines
 * "get KEY" or "put KEY VALUE" with 32-bit int numbers, single spaces, '\n' line
 * ends, nothing after. Exit 42 when valid, 43 with one stderr line otherwise. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CAPACITY = 1000000, MAX_OPS = 1000000 };

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

/* A decimal integer in [lo, hi]: optional '-', no '+', no leading zeros, no "-0". */
static long long read_number(long long lo, long long hi, const char *what)
{
    size_t start = pos;
    bool neg = pos < len && buf[pos] == '-';
    if (neg)
        pos++;
    size_t digits = pos;
    long long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9' && pos - digits < 12)
        v = v * 10 + (buf[pos++] - '0');
    size_t n = pos - digits;
    if (n == 0 || (pos < len && buf[pos] >= '0' && buf[pos] <= '9'))
        invalid("%s is not a number of at most 11 digits", what);
    if ((n > 1 && buf[digits] == '0') || (neg && v == 0))
        invalid("%s '%.*s' is not in canonical form", what, (int)(pos - start), buf + start);
    if (neg)
        v = -v;
    if (v < lo || v > hi)
        invalid("%s %lld is out of range [%lld, %lld]", what, v, lo, hi);
    return v;
}

static void read_op(void)
{
    if (len - pos >= 4 && memcmp(buf + pos, "get ", 4) == 0) {
        pos += 4;
        read_number(-2147483648LL, 2147483647LL, "key");
    } else if (len - pos >= 4 && memcmp(buf + pos, "put ", 4) == 0) {
        pos += 4;
        read_number(-2147483648LL, 2147483647LL, "key");
        expect(' ', "a space before the value");
        read_number(-2147483648LL, 2147483647LL, "value");
    } else {
        invalid("expected 'get KEY' or 'put KEY VALUE'");
    }
    expect('\n', "end of line");
}

int main(void)
{
    read_all();
    read_number(1, MAX_CAPACITY, "capacity");
    expect(' ', "a space after capacity");
    long long q = read_number(0, MAX_OPS, "q");
    expect('\n', "end of the first line");
    for (long long i = 0; i < q; i++) {
        if (pos == len)
            invalid("input ends after %lld of %lld operations", i, q);
        read_op();
    }
    if (pos != len)
        invalid("unexpected data after %lld operations", q);
    free(buf);
    return 42;
}
