/* Validator of different: lines "a b" with 0 <= a, b <= 10^15, one space between,
 * each ending in '\n' (the last one may end at the end of the file), at least one
 * and at most 10^5 lines. Exit 42 valid, 43 not. */
#include <stdio.h>

static const long long max_value = 1000000000000000LL;

/* Reads one non-negative number ending at `end`; returns 0 or -1. */
static int read_number(int end, long long *out)
{
    int c = getchar(), digits = 0;
    long long v = 0;
    while (c >= '0' && c <= '9') {
        if (digits++ > 0 && v == 0)
            return -1; /* leading zero */
        v = v * 10 + (c - '0');
        if (v > max_value)
            return -1;
        c = getchar();
    }
    *out = v;
    /* the file's end ends the last line, as a hand-made file often ends */
    return digits > 0 && (c == end || (end == '\n' && c == EOF)) ? 0 : -1;
}

int main(void)
{
    long lines = 0;
    int c;
    while ((c = getchar()) != EOF) {
        ungetc(c, stdin);
        long long a, b;
        if (read_number(' ', &a) < 0 || read_number('\n', &b) < 0) {
            fprintf(stderr, "line %ld is not 'a b' with 0 <= a, b <= 10^15\n", lines + 1);
            return 43;
        }
        if (++lines > 100000) {
            fputs("more than 10^5 lines\n", stderr);
            return 43;
        }
    }
    if (lines == 0) {
        fputs("the input is empty\n", stderr);
        return 43;
    }
    return 42;
}
