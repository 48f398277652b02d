/* Known-bad attempt (WA): a recursive-descent parser written from the grammar
 * `sum = product [ ("+" | "-") sum ]`, so each operator takes everything to its
 * right as its right operand: `8 - 4 - 2` is 8 - (4 - 2) = 6, not 2, and
 * `2 / 2 / 2` is 2, not 0.5. The loop form `product { op product }` groups to the
 * left. */
#include "calc.h"

#include <stdlib.h>

typedef struct {
    const char *s;
    size_t i;
    int failed;
} parser;

static double sum(parser *p);

static void skip_blanks(parser *p)
{
    while (p->s[p->i] == ' ' || p->s[p->i] == '\t')
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
    while (is_digit(p->s[p->i]))
        p->i++;
    if (p->s[p->i] == '.') {
        p->i++;
        if (!is_digit(p->s[p->i]))
            return fail(p);
        while (is_digit(p->s[p->i]))
            p->i++;
    }
    return strtod(p->s + start, NULL);
}

static double factor(parser *p)
{
    skip_blanks(p);
    char c = p->s[p->i];
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
        if (p->s[p->i] != ')')
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
    if (p->failed)
        return v;
    skip_blanks(p);
    char op = p->s[p->i];
    if (op != '*' && op != '/' && op != ':')
        return v;
    p->i++;
    double w = product(p); /* the bug: the rest of the product */
    return op == '*' ? v * w : v / w;
}

static double sum(parser *p)
{
    double v = product(p);
    if (p->failed)
        return v;
    skip_blanks(p);
    char op = p->s[p->i];
    if (op != '+' && op != '-')
        return v;
    p->i++;
    double w = sum(p); /* the bug: the rest of the sum, not the next product */
    return op == '+' ? v + w : v - w;
}

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    parser p = {expr, 0, 0};
    double v = sum(&p);
    if (!p.failed) {
        skip_blanks(&p);
        if (expr[p.i] != '\0')
            p.failed = 1;
    }
    if (p.failed) {
        *error_at = p.i;
        return -1;
    }
    *value = v;
    return 0;
}
