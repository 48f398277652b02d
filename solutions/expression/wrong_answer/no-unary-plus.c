/* Known-bad attempt (WA): handles unary minus but forgets unary plus, so `+1` and
 * `2 * +3` are errors at the '+' instead of 1 and 6. */
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
    while (!p->failed) {
        skip_blanks(p);
        char op = p->s[p->i];
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
        char op = p->s[p->i];
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
