/* Validator of grid-bfs tests: checks that stdin is exactly `rows cols` (canonical
 * integers in 1..2000, rows * cols >= 2) and then rows lines of exactly cols
 * characters from ".#SG", one '\n' after each, with exactly one S and one G and
 * nothing after the grid. Exit 42 valid; 43 invalid with one line on stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_SIDE = 2000 };

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

/* One canonical integer in [lo, hi] (no sign, no leading zero). */
static long number(const char *what, long lo, long hi)
{
    size_t begin = pos;
    long v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos - begin >= 9)
            invalid("%s is too long", what);
        v = v * 10 + (buf[pos++] - '0');
    }
    if (pos == begin)
        invalid("expected %s", what);
    if (buf[begin] == '0' && pos - begin > 1)
        invalid("%s has a leading zero", what);
    if (v < lo || v > hi)
        invalid("%s = %ld is not in [%ld, %ld]", what, v, lo, hi);
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
    long rows = number("rows", 1, MAX_SIDE);
    expect(' ', "a space after rows");
    long cols = number("cols", 1, MAX_SIDE);
    expect('\n', "end of line after cols");
    if (rows * cols < 2)
        invalid("a 1 x 1 grid cannot hold both S and G");
    long starts = 0, goals = 0;
    for (long r = 0; r < rows; r++) {
        for (long c = 0; c < cols; c++) {
            if (pos >= len || buf[pos] == '\n')
                invalid("row %ld has %ld characters, expected %ld", r, c, cols);
            switch (buf[pos++]) {
            case '.':
            case '#':
                break;
            case 'S':
                starts++;
                break;
            case 'G':
                goals++;
                break;
            default:
                invalid("row %ld, column %ld: '%c' is not one of . # S G", r, c,
                        (unsigned char)buf[pos - 1] >= 32 && buf[pos - 1] != 127 ? buf[pos - 1]
                                                                                 : '?');
            }
        }
        expect('\n', "end of row (the row is longer than cols)");
    }
    if (starts != 1)
        invalid("the grid holds %ld S cells, expected exactly one", starts);
    if (goals != 1)
        invalid("the grid holds %ld G cells, expected exactly one", goals);
    if (pos != len)
        invalid("extra data after the %ld rows", rows);
    free(buf);
    return 42;
}
