/* Validator of expression tests: checks that stdin is exactly `q` (1..10^5) on its
 * own line, then q lines of tabs and printable ASCII, each at most 10^6 characters
 * and 2*10^6 in all, where no prefix opens more than 10^5 parentheses it has not
 * closed and no run of signs (blanks between them allowed) is longer than 10^5.
 * The lines need not be well formed: malformed ones are tests too. Exit 42 valid;
 * 43 invalid with one line on stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

enum {
    MAX_Q = 100000,
    MAX_LINE = 1000000,
    MAX_TOTAL = 2000000,
    MAX_DEPTH = 100000,
    MAX_SIGNS = 100000
};

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

static long read_q(void)
{
    size_t begin = pos;
    long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos - begin >= 7)
            invalid("q is too long");
        v = v * 10 + (buf[pos++] - '0');
    }
    if (pos == begin)
        invalid("expected q, the number of expressions");
    if (buf[begin] == '0')
        invalid("q has a leading zero or is 0");
    if (v > MAX_Q)
        invalid("q = %ld is more than %d", v, MAX_Q);
    if (pos >= len || buf[pos] != '\n')
        invalid("expected the end of the line after q");
    pos++;
    line++;
    return v;
}

/* One expression line up to and including its '\n'; returns its length. */
static size_t read_expression(void)
{
    size_t begin = pos;
    long depth = 0, signs = 0;
    while (pos < len && buf[pos] != '\n') {
        unsigned char c = (unsigned char)buf[pos];
        size_t col = pos - begin + 1;
        if (c != '\t' && (c < 32 || c > 126))
            invalid("column %zu: byte 0x%02x is not a tab or printable ASCII", col, c);
        if (pos - begin >= MAX_LINE)
            invalid("the expression is longer than %d characters", MAX_LINE);
        if (c == '(' && ++depth > MAX_DEPTH)
            invalid("column %zu: more than %d parentheses open", col, MAX_DEPTH);
        if (c == ')')
            depth--;
        if (c == '+' || c == '-') {
            if (++signs > MAX_SIGNS)
                invalid("column %zu: more than %d signs in a row", col, MAX_SIGNS);
        } else if (c != ' ' && c != '\t') {
            signs = 0;
        }
        pos++;
    }
    size_t n = pos - begin;
    if (pos < len) /* else the end of the file ends the last line, as hand-made files end */
        pos++;
    line++;
    return n;
}

int main(void)
{
    slurp();
    long q = read_q();
    size_t total = 0;
    for (long k = 0; k < q; k++) {
        if (pos >= len)
            invalid("the input ends after %ld of %ld expressions", k, q);
        if ((total += read_expression()) > MAX_TOTAL)
            invalid("the expressions hold more than %d characters in all", MAX_TOTAL);
    }
    if (pos != len)
        invalid("extra data after the %ld expressions", q);
    free(buf);
    return 42;
}
