/* Known-bad attempt (TLE): checks the syntax correctly in one pass, then evaluates
 * the way one does by hand: find the innermost parentheses (the first ')' and the
 * '(' before it), evaluate the flat run inside, and rewrite the expression (kept as
 * a token array) with that value in place of the whole group; repeat until no
 * parentheses are left. Each rewrite scans and shifts the rest of the array, so
 * p groups cost O(p * n): about 10^11 steps for 10^5 groups in 10^6 characters. */
#include "calc.h"

#include <stdlib.h>
#include <string.h>

enum kind { NUM, OP, NEG, LP, RP };

typedef struct {
    enum kind kind;
    char op;
    double v;
} token;

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The syntax check and tokenizer: the two states of the grammar. Returns the
 * token count, or -1 with *error_at set. */
static long tokenize(const char *s, token *t, size_t *error_at)
{
    size_t i = 0, open = 0;
    long n = 0;
    int operand = 1;
    for (;;) {
        while (s[i] == ' ' || s[i] == '\t')
            i++;
        char c = s[i];
        if (operand) {
            if (c == '(') {
                t[n++] = (token){LP, 0, 0};
                open++;
                i++;
            } else if (c == '-') {
                t[n++] = (token){NEG, 0, 0};
                i++;
            } else if (c == '+') {
                i++;
            } else if (is_digit(c)) {
                size_t start = i;
                while (is_digit(s[i]))
                    i++;
                if (s[i] == '.') {
                    i++;
                    if (!is_digit(s[i]))
                        break;
                    while (is_digit(s[i]))
                        i++;
                }
                t[n++] = (token){NUM, 0, strtod(s + start, NULL)};
                operand = 0;
            } else {
                break;
            }
        } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == ':') {
            t[n++] = (token){OP, c == ':' ? '/' : c, 0};
            operand = 1;
            i++;
        } else if (c == ')' && open > 0) {
            t[n++] = (token){RP, 0, 0};
            open--;
            i++;
        } else if (c == '\0' && open == 0) {
            return n;
        } else {
            break;
        }
    }
    *error_at = i;
    return -1;
}

/* Evaluates the flat run t[0..n): signs, then products, then sums, left to right.
 * The run is rewritten in place; its value is returned. */
static double flat(token *t, long n)
{
    long m = 0;
    for (long k = 0; k < n; k++) {
        if (t[k].kind == NEG) {
            long j = k;
            while (t[j].kind == NEG)
                j++;
            double v = t[j].v;
            for (long s = k; s < j; s++)
                v = -v;
            t[m++] = (token){NUM, 0, v};
            k = j;
        } else {
            t[m++] = t[k];
        }
    }
    long w = 0;
    for (long k = 0; k < m; k++) {
        if (t[k].kind == OP && (t[k].op == '*' || t[k].op == '/')) {
            t[w - 1].v = t[k].op == '*' ? t[w - 1].v * t[k + 1].v : t[w - 1].v / t[k + 1].v;
            k++;
        } else {
            t[w++] = t[k];
        }
    }
    double v = t[0].v;
    for (long k = 1; k + 1 < w; k += 2)
        v = t[k].op == '+' ? v + t[k + 1].v : v - t[k + 1].v;
    return v;
}

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    size_t len = strlen(expr);
    token *t = malloc((len + 1) * sizeof *t);
    if (!t)
        abort();
    long n = tokenize(expr, t, error_at);
    if (n < 0) {
        free(t);
        return -1;
    }
    for (;;) {
        long close = 0;
        while (close < n && t[close].kind != RP)
            close++;
        if (close == n)
            break;
        long open = close;
        while (t[open].kind != LP)
            open--;
        double v = flat(t + open + 1, close - open - 1);
        t[open] = (token){NUM, 0, v};
        memmove(t + open + 1, t + close + 1, (size_t)(n - close - 1) * sizeof *t);
        n -= close - open;
    }
    *value = flat(t, n);
    free(t);
    return 0;
}
