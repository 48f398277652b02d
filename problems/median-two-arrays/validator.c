/* Validator of median-two-arrays tests: checks that stdin is exactly `M N q`, a
 * line of A's M values, a line of B's N values (an empty line when there are none)
 * and q lines `a_off a_len b_off b_len`; single spaces, one '\n' per line,
 * canonical integers, both arrays sorted non-decreasing, every slice inside its
 * array and no query with two empty slices. Exit 42 valid; 43 invalid with one
 * line on stderr. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_LEN = 1000000, MAX_Q = 200000 };

static char *buf;
static size_t len, pos;
static long line = 1;

__attribute__((format(printf, 1, 2), noreturn)) static void invalid(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "line %ld: ", line);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(43);
}

static void slurp(void)
{
    size_t cap = 1 << 20;
    buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap)
            buf = realloc(buf, cap *= 2);
    }
    if (!buf) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
}

/* One canonical integer in [lo, hi]: an optional '-', no '+', no leading zero,
 * no "-0". */
static long long number(const char *what, long long lo, long long hi)
{
    size_t begin = pos;
    bool neg = pos < len && buf[pos] == '-';
    if (neg)
        pos++;
    size_t digits = pos;
    long long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos - digits >= 12)
            invalid("%s is too long", what);
        v = v * 10 + (buf[pos++] - '0');
    }
    if (pos == digits)
        invalid("expected %s", what);
    if (buf[digits] == '0' && pos - digits > 1)
        invalid("%s has a leading zero", what);
    if (neg && v == 0)
        invalid("%s is written -0", what);
    if (neg && lo >= 0)
        invalid("%s must not be negative", what);
    v = neg ? -v : v;
    if (v < lo || v > hi)
        invalid("%s = %.*s is not in [%lld, %lld]", what, (int)(pos - begin), buf + begin, lo, hi);
    return v;
}

static void expect(char c, const char *what)
{
    /* a hand-made file's last line often lacks its newline: the file's end ends
       a last line that holds something */
    if (c == '\n' && pos == len && pos > 0 && buf[pos - 1] != '\n')
        return;
    if (pos >= len || buf[pos] != c)
        invalid("expected %s", what);
    pos++;
    if (c == '\n')
        line++;
}

static void array(char name, long long count)
{
    char what[32];
    long long prev = 0;
    for (long long i = 0; i < count; i++) {
        snprintf(what, sizeof what, "%c[%lld]", name, i);
        long long v = number(what, -2147483648LL, 2147483647LL);
        if (i > 0 && v < prev)
            invalid("%c is not sorted: %c[%lld] = %lld is less than %c[%lld] = %lld", name, name, i,
                    v, name, i - 1, prev);
        prev = v;
        if (i + 1 < count)
            expect(' ', "a single space between values");
    }
    expect('\n', count ? "end of line after the values" : "an empty line for an empty array");
}

int main(void)
{
    slurp();
    long long m = number("M", 0, MAX_LEN);
    expect(' ', "a space after M");
    long long n = number("N", 0, MAX_LEN);
    expect(' ', "a space after N");
    long long q = number("q", 1, MAX_Q);
    expect('\n', "end of line after q");
    array('A', m);
    array('B', n);
    for (long long i = 0; i < q; i++) {
        long long a_off = number("a_off", 0, m);
        expect(' ', "a space after a_off");
        long long a_len = number("a_len", 0, m);
        if (a_off + a_len > m)
            invalid("query %lld: a_off + a_len = %lld is past the end of A (M = %lld)", i + 1,
                    a_off + a_len, m);
        expect(' ', "a space after a_len");
        long long b_off = number("b_off", 0, n);
        expect(' ', "a space after b_off");
        long long b_len = number("b_len", 0, n);
        if (b_off + b_len > n)
            invalid("query %lld: b_off + b_len = %lld is past the end of B (N = %lld)", i + 1,
                    b_off + b_len, n);
        if (a_len + b_len == 0)
            invalid("query %lld: a_len and b_len are both 0 (the union must not be empty)", i + 1);
        expect('\n', "end of line after b_len");
    }
    if (pos != len)
        invalid("extra data after the %lld queries", q);
    free(buf);
    return 42;
}
