/* Brute-force oracle for expression: the grammar's rules as recursive functions,
 * one per rule, and the error offset found by its definition rather than by the
 * parser: the length of the longest prefix of the text that is still the start of
 * a valid expression, found by re-parsing prefixes (O(n log n) on a malformed line).
 *
 * A rule's function returns END when the text ran out inside it (so what was read
 * can still be completed), BAD when a character cannot continue it, OK otherwise.
 * The rules are LL(1) on the next non-blank character, so one pass decides: a text
 * is a valid start exactly when its pass never returns BAD. */
#include "calc.h"

#include <stdlib.h>
#include <string.h>

enum { OK, END, BAD };

typedef struct {
    const char *s;
    size_t n, i; /* the text is s[0..n) */
} text;

static int sum(text *t, double *v);

static void blanks(text *t)
{
    while (t->i < t->n && (t->s[t->i] == ' ' || t->s[t->i] == '\t'))
        t->i++;
}

/* the next character, or 0 at the end of the text */
static char peek(const text *t) { return t->i < t->n ? t->s[t->i] : '\0'; }

static int digit(char c) { return c >= '0' && c <= '9'; }

/* number = digits [ "." digits ] */
static int number(text *t, double *v)
{
    size_t start = t->i;
    while (digit(peek(t)))
        t->i++;
    if (peek(t) == '.') {
        t->i++;
        if (t->i == t->n)
            return END;
        if (!digit(peek(t)))
            return BAD;
        while (digit(peek(t)))
            t->i++;
    }
    char *copy = malloc(t->i - start + 1);
    if (!copy)
        abort();
    memcpy(copy, t->s + start, t->i - start);
    copy[t->i - start] = '\0';
    *v = strtod(copy, NULL);
    free(copy);
    return OK;
}

/* factor = ( "+" | "-" ) blank factor | number | "(" blank sum blank ")" */
static int factor(text *t, double *v)
{
    blanks(t);
    char c = peek(t);
    if (t->i == t->n)
        return END;
    if (c == '+' || c == '-') {
        t->i++;
        int r = factor(t, v);
        if (c == '-')
            *v = -*v;
        return r;
    }
    if (digit(c))
        return number(t, v);
    if (c != '(')
        return BAD;
    t->i++;
    int r = sum(t, v);
    if (r != OK)
        return r;
    blanks(t);
    if (t->i == t->n)
        return END;
    if (peek(t) != ')')
        return BAD;
    t->i++;
    return OK;
}

/* product = factor { blank ( "*" | "/" | ":" ) blank factor } */
static int product(text *t, double *v)
{
    int r = factor(t, v);
    for (;;) {
        if (r != OK)
            return r;
        blanks(t);
        char c = peek(t);
        if (c != '*' && c != '/' && c != ':')
            return OK;
        t->i++;
        double w;
        r = factor(t, &w);
        *v = c == '*' ? *v * w : *v / w;
    }
}

/* sum = product { blank ( "+" | "-" ) blank product } */
static int sum(text *t, double *v)
{
    int r = product(t, v);
    for (;;) {
        if (r != OK)
            return r;
        blanks(t);
        char c = peek(t);
        if (c != '+' && c != '-')
            return OK;
        t->i++;
        double w;
        r = product(t, &w);
        *v = c == '+' ? *v + w : *v - w;
    }
}

/* line = blank sum blank: OK when all of s[0..n) is one, END when it is only
 * the start of one, BAD otherwise. */
static int line(const char *s, size_t n, double *v)
{
    text t = {s, n, 0};
    int r = sum(&t, v);
    if (r != OK)
        return r;
    blanks(&t);
    return t.i == t.n ? OK : BAD;
}

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    size_t n = strlen(expr);
    double v;
    int r = line(expr, n, &v);
    if (r == OK) {
        *value = v;
        return 0;
    }
    /* The longest prefix that is still a start, by bisection: a prefix of a start
     * is a start, so the prefixes are starts up to some length k and never after.
     * Character k is the one that breaks it; k == n: the text ends too early. */
    size_t good = 0, bad = n + 1; /* prefix lengths: good is a start, bad is not */
    while (bad - good > 1) {
        size_t mid = good + (bad - good) / 2;
        if (line(expr, mid, &v) == BAD)
            bad = mid;
        else
            good = mid;
    }
    *error_at = good;
    return -1;
}
