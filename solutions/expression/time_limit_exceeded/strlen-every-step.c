/* Known-bad attempt (TLE): a correct recursive-descent parser whose every look at
 * the next character first checks `p->i < strlen(p->s)`, a bounds check that
 * rescans the whole string each time: O(n) per character, O(n^2) in all, about
 * 10^12 steps on a line of 10^6 characters. Keep the length, or stop at the NUL. */
#include "calc.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;
    size_t i;
    int failed;
} parser;

static double sum(parser *p);

/* The character at p->i, or 0 past the end. */
static char cur(const parser *p) { return p->i < strlen(p->s) ? p->s[p->i] : '\0'; }

static void skip_blanks(parser *p)
{
    while (cur(p) == ' ' || cur(p) == '\t')
        p->i++;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Stops the parse at the current character. */
static double fail(parser *p)
{
    p->failed = 1;
    return 0;
}

static double number(parser *p)
{
    size_t start = p->i;
    while (is_digit(cur(p)))
        p->i++;
    if (cur(p) == '.') {
        p->i++;
        if (!is_digit(cur(p)))
            return fail(p);
        while (is_digit(cur(p)))
            p->i++;
    }
    return strtod(p->s + start, NULL);
}

static double factor(parser *p)
{
    skip_blanks(p);
    char c = cur(p);
    if (c == '-') {
        p->i++;
        return -factor(p);
    }
    if (c == '+') {
        p->i++;
        return factor(p);
    }
    if (c == '(') {
        p->i++;
        double v = sum(p);
        if (p->failed)
            return 0;
        skip_blanks(p);
        if (cur(p) != ')')
            return fail(p);
        p->i++;
        return v;
    }
    if (is_digit(c))
        return number(p);
    return fail(p);
}

static double product(parser *p)
{
    double v = factor(p);
    while (!p->failed) {
        skip_blanks(p);
        char op = cur(p);
        if (op != '*' && op != '/' && op != ':')
            break;
        p->i++;
        double w = factor(p);
        v = op == '*' ? v * w : v / w;
    }
    return v;
}

static double sum(parser *p)
{
    double v = product(p);
    while (!p->failed) {
        skip_blanks(p);
        char op = cur(p);
        if (op != '+' && op != '-')
            break;
        p->i++;
        double w = product(p);
        v = op == '+' ? v + w : v - w;
    }
    return v;
}

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    parser p = {expr, 0, 0};
    double v = sum(&p);
    if (!p.failed) {
        skip_blanks(&p);
        if (cur(&p) != '\0')
            p.failed = 1;
    }
    if (p.failed) {
        *error_at = p.i;
        return -1;
    }
    *value = v;
    return 0;
}
