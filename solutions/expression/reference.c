/* Reference solution of expression.
 *
 * Idea: one left-to-right pass with two explicit stacks, values and operators
 * (operator precedence, or "shunting yard"). The scanner is always in one of two
 * states: it expects an operand (at the start, after an operator or a '(') or an
 * operator (after a number or a ')'). Expecting an operand, a digit starts a
 * number, '(' and unary minus are pushed, unary plus is skipped, and anything else
 * is the error. Expecting an operator, a binary one first applies every stacked
 * operator of the same or a higher level (that is what makes `8 - 4 - 2` group to
 * the left) and is then pushed; ')' applies everything down to its '('; the end
 * applies everything; anything else is the error. Unary minus is applied as soon
 * as its operand is complete, so it binds tighter than every binary operator.
 * Each state accepts exactly the characters that can come next in the grammar, so
 * the first character refused is the first one at which the text stops being the
 * start of a valid expression; running out of text where something is still
 * needed (an operand, a ')', a digit after '.') is an error at its length.
 *
 * Complexity: every character is scanned once and every operator pushed and
 * applied once: O(n) time. The operator stack holds at most one entry per
 * character and the value stack one per number (numbers are separated by
 * operators, so at most n / 2 + 1): both are sized once from strlen, O(n) memory,
 * and no recursion, so 10^5 nested parentheses or chained signs need no call stack.
 *
 * Traps (each one a known-bad attempt): grouping to the right (`8 - 4 - 2` is 2,
 * not 6); a sign with the lowest precedence (`-1 + 2` is 1, not -3); unary minus as
 * `0 - x` (`1 / -0` is -inf, `1 / (0 - 0)` is inf); integer division, or a number
 * reader that drops the fraction; `:` is division too; tabs are blanks, and unary
 * plus exists; the offset of a bad number is its bad character, not its start
 * (`1..2` fails at 2); strtod alone accepts `1e5`, `0x10` and `.5` (here the digits
 * are checked first and strtod only converts them); the text must end after the
 * expression (`1 2` fails at 2); an early end is at the length, even after
 * trailing blanks (`1 + ` fails at 4) or an open '(' (`(1 + 2` at 6, not 0);
 * blanks separate tokens, so stripping them first is wrong; rewriting the string
 * around the innermost parentheses, or calling strlen at each step, is O(n^2); and
 * a fixed-size stack overflows on deep nesting. */
#include "calc.h"

#include <stdlib.h>
#include <string.h>

/* The operator stack holds the binary operators themselves and these two markers,
 * which never wait for a right operand. */
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
