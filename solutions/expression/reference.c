/* Reference solution of expression.
 *
 * Idea: one left-to-right pass with two explicit stacks (operator precedence, or
 * "shunting yard"). The scanner is always in one of two states: it expects an
 * operand (at the start, after an operator or a '(') or an operator (after a
 * number or a ')'). In the first state a digit starts a number, '(' and a unary
 * sign are pushed, and anything else is the error; in the second, a binary
 * operator first applies every stacked operator of the same or a higher level
 * (that is what makes `8 - 4 - 2` group to the left), ')' applies everything down
 * to its '(', the end applies everything, and anything else is the error. A unary
 * minus is applied as soon as its operand is complete, so it binds tighter than
 * any binary operator. Because each state lists exactly the characters that can
 * come next, the first character refused is the first one at which the text stops
 * being the start of a valid expression; running out of text in the middle
 * (an open '(', a trailing operator, a blank line) is an error at its length.
 *
 * Complexity: every character is scanned once and every operator pushed and
 * applied once: O(n) time. Neither stack can hold more entries than there are
 * characters, so both are sized by strlen once: O(n) memory, no recursion, so
 * 10^5 nested parentheses or chained signs cost no call stack.
 *
 * Traps: right-to-left grouping (`8 - 4 - 2` is 2, not 6; `2 / 2 / 2` is 0.5);
 * unary minus as `0 - x` (it must negate: `1 / -0` is -inf, `1 / (0 - 0)` is inf);
 * integer arithmetic or a number parser that drops the fraction; `:` is division
 * too; tabs are blanks; an error offset is the offending character, not the start
 * of its token (`1..2` fails at 2); strtod alone accepts `1e5`, `0x10`, `inf` and
 * `.5`, none of which is a number here (the digits are checked first and strtod
 * only converts them); and a fixed-size stack overflows on deep nesting. */
#include "calc.h"

#include <stdlib.h>
#include <string.h>

/* Operators on the stack: the two unary ones never wait for a right operand. */
enum { OPEN = '(', NEG = 'n' };

static int level(char op) { return op == '+' || op == '-' ? 1 : 2; }

static double apply(char op, double a, double b)
{
    switch (op) {
    case '+':
        return a + b;
    case '-':
        return a - b;
    case '*':
        return a * b;
    default:
        return a / b; /* '/' and ':' alike; x / 0 is the IEEE inf or nan */
    }
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Scans digits [ "." digits ] at *at. Returns 0 and leaves *at after it, or -1
 * with *at on the character where a digit was required after the '.'. */
static int scan_number(const char *s, size_t *at)
{
    size_t i = *at;
    while (is_digit(s[i]))
        i++;
    if (s[i] == '.') {
        i++;
        if (!is_digit(s[i])) {
            *at = i;
            return -1;
        }
        while (is_digit(s[i]))
            i++;
    }
    *at = i;
    return 0;
}

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    size_t n = strlen(expr);
    double *vals = malloc((n / 2 + 1) * sizeof *vals);
    char *ops = malloc(n + 1);
    if (!vals || !ops)
        abort();
    size_t nv = 0, no = 0, i = 0;
    int want_operand = 1, rc = -1;
    for (;;) {
        while (expr[i] == ' ' || expr[i] == '\t')
            i++;
        char c = expr[i];
        if (want_operand) {
            if (c == '(' || c == '-') {
                ops[no++] = c == '(' ? OPEN : NEG;
                i++;
                continue;
            }
            if (c == '+') { /* unary plus changes nothing */
                i++;
                continue;
            }
            if (!is_digit(c))
                break;
            size_t start = i;
            if (scan_number(expr, &i) < 0)
                break;
            /* The digits are checked: strtod only converts them. Anything after
             * them that strtod would also take ("e5", "x10") is an error below,
             * so its different reading is never used. */
            vals[nv++] = strtod(expr + start, NULL);
            want_operand = 0;
        } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == ':') {
            while (no > 0 && ops[no - 1] != OPEN && level(ops[no - 1]) >= level(c)) {
                nv--;
                vals[nv - 1] = apply(ops[--no], vals[nv - 1], vals[nv]);
            }
            ops[no++] = c;
            want_operand = 1;
            i++;
            continue;
        } else if (c == ')' || c == '\0') {
            while (no > 0 && ops[no - 1] != OPEN) {
                nv--;
                vals[nv - 1] = apply(ops[--no], vals[nv - 1], vals[nv]);
            }
            if (c == '\0') {
                if (no == 0) { /* else a '(' is still open: the text ends early */
                    *value = vals[0];
                    rc = 0;
                }
                break;
            }
            if (no == 0)
                break; /* a ')' with no '(' to close */
            no--;
            i++;
        } else {
            break;
        }
        /* An operand is complete: the signs written before it apply now. */
        while (no > 0 && ops[no - 1] == NEG) {
            vals[nv - 1] = -vals[nv - 1];
            no--;
        }
    }
    if (rc < 0)
        *error_at = i;
    free(vals);
    free(ops);
    return rc;
}
