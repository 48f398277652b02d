/* Validator of lis tests: checks that stdin is exactly two lines, `n` and then the n
 * values separated by single spaces (an empty line when n is 0), with canonical
 * integers: 0 <= n <= 5*10^5 and every value an int. Exit 42 valid; 43 invalid with
 * one line on stderr naming what is wrong and where. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_N = 500000, VALID = 42, INVALID = 43 };

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
    exit(INVALID);
}

static void slurp(void)
{
    size_t cap = 1 << 20, got;
    buf = malloc(cap);
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

/* What stands at pos, for a message: "end of file", "'\r'", "'x'". */
static const char *seen(void)
{
    static char text[32];
    if (pos >= len)
        return "end of file";
    unsigned char c = (unsigned char)buf[pos];
    if (c == '\n')
        return "end of line";
    if (c == '\r')
        return "a carriage return (use Unix line ends)";
    if (c == ' ')
        return "a second space";
    if (c < 0x20 || c >= 0x7f)
        snprintf(text, sizeof text, "byte 0x%02x", c);
    else
        snprintf(text, sizeof text, "'%c'", c);
    return text;
}

/* One canonical integer in [lo, hi]: an optional '-', digits, no leading zero, no
 * "-0". */
static long long number(const char *what, long long lo, long long hi)
{
    size_t begin = pos;
    int neg = pos < len && buf[pos] == '-';
    pos += (size_t)neg;
    size_t digits = pos;
    long long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos - digits >= 11)
            invalid("%s is too long", what);
        v = v * 10 + (buf[pos++] - '0');
    }
    if (pos == digits) {
        pos = begin + (size_t)neg;
        invalid("expected %s, found %s", what, seen());
    }
    if (buf[digits] == '0' && pos - digits > 1)
        invalid("%s has a leading zero", what);
    if (neg && v == 0)
        invalid("%s is written -0", what);
    if (neg)
        v = -v;
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
        invalid("expected %s, found %s", what, seen());
    pos++;
    if (c == '\n')
        line++;
}

int main(void)
{
    slurp();
    if (len > 0 && buf[0] == '-')
        invalid("n must not be negative");
    long long n = number("n", 0, MAX_N);
    expect('\n', "end of line after n");
    char what[64];
    for (long long i = 0; i < n; i++) {
        snprintf(what, sizeof what, "value %lld of %lld", i + 1, n);
        number(what, INT_MIN, INT_MAX);
        if (i + 1 < n && (pos >= len || buf[pos] == '\n'))
            invalid("holds %lld value%s but n = %lld", i + 1, i ? "s" : "", n);
        if (i + 1 < n)
            expect(' ', "a single space between values");
    }
    if (n > 0 && pos < len && buf[pos] == ' ')
        invalid("holds more than n = %lld values (or ends with a space)", n);
    expect('\n', n == 0 ? "an empty second line (n is 0)" : "end of line after the last value");
    if (pos != len)
        invalid("unexpected data after the %lld values", n);
    free(buf);
    return VALID;
}
