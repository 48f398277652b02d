/* Validator of max-flow tests: checks that stdin is exactly `n m s t` and m lines
 * `u v c`, single spaces, one '\n' per line, canonical integers within the stated
 * ranges, s != t. Exit 42 valid; 43 invalid with one line on stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_N = 5000, MAX_M = 10000, MAX_CAP = 1000000000 };

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

/* One canonical non-negative integer in [lo, hi] (no sign, no leading zero). */
static long long number(const char *what, long long lo, long long hi)
{
    size_t begin = pos;
    long long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos - begin >= 12)
            invalid("%s is too long", what);
        v = v * 10 + (buf[pos++] - '0');
    }
    if (pos == begin)
        invalid("expected %s", what);
    if (buf[begin] == '0' && pos - begin > 1)
        invalid("%s has a leading zero", what);
    if (v < lo || v > hi)
        invalid("%s = %lld is not in [%lld, %lld]", what, v, lo, hi);
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

int main(void)
{
    slurp();
    long long n = number("n", 2, MAX_N);
    expect(' ', "a space after n");
    long long m = number("m", 0, MAX_M);
    expect(' ', "a space after m");
    long long s = number("s", 0, n - 1);
    expect(' ', "a space after s");
    long long t = number("t", 0, n - 1);
    if (s == t)
        invalid("s = t = %lld: the source and the sink must differ", s);
    expect('\n', "end of line after t");
    for (long long i = 0; i < m; i++) {
        number("u", 0, n - 1);
        expect(' ', "a space after u");
        number("v", 0, n - 1);
        expect(' ', "a space after v");
        number("c", 0, MAX_CAP);
        expect('\n', "end of line after c");
    }
    if (pos != len)
        invalid("extra data after the %lld edges", m);
    free(buf);
    return 42;
}
