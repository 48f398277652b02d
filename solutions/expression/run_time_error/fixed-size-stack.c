/* Known-bad attempt (RE): the right two-stack algorithm, but its stacks are
 * fixed arrays of 1000 entries on the call stack ("nobody nests deeper than
 * that"), pushed without a bounds check. 5000 nested parentheses or a chain of
 * 10^5 signs write far past them, over the return address and beyond the top of
 * the stack, and the program dies with SIGSEGV. */
#include "calc.h"

#include <stdlib.h>

enum { STACK = 1000 };

static int level(char op) { return op == '+' || op == '-' ? 1 : 2; }

static double apply(char op, double a, double b)
{
    if (op == '+')
        return a + b;
    if (op == '-')
        return a - b;
    return op == '*' ? a * b : a / b;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    double vals[STACK];
    char ops[STACK]; /* the bug: no room for deep input, and no check */
    size_t nv = 0, no = 0, i = 0;
    int operand = 1;
    for (;;) {
        while (expr[i] == ' ' || expr[i] == '\t')
            i++;
        char c = expr[i];
        if (operand) {
            if (c == '(' || c == '-') {
                ops[no++] = c == '(' ? '(' : 'n';
                i++;
                continue;
            }
            if (c == '+') {
                i++;
                continue;
            }
            if (!is_digit(c))
                break;
            size_t start = i;
            while (is_digit(expr[i]))
                i++;
            if (expr[i] == '.') {
                i++;
                if (!is_digit(expr[i]))
                    break;
                while (is_digit(expr[i]))
                    i++;
            }
            vals[nv++] = strtod(expr + start, NULL);
            operand = 0;
        } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == ':') {
            while (no > 0 && ops[no - 1] != '(' && level(ops[no - 1]) >= level(c)) {
                nv--;
                vals[nv - 1] = apply(ops[--no], vals[nv - 1], vals[nv]);
            }
            ops[no++] = c;
            operand = 1;
            i++;
            continue;
        } else if (c == ')' || c == '\0') {
            while (no > 0 && ops[no - 1] != '(') {
                nv--;
                vals[nv - 1] = apply(ops[--no], vals[nv - 1], vals[nv]);
            }
            if (c == '\0') {
                if (no > 0)
                    break;
                *value = vals[0];
                return 0;
            }
            if (no == 0)
                break;
            no--;
            i++;
        } else {
            break;
        }
        while (no > 0 && ops[no - 1] == 'n') {
            vals[nv - 1] = -vals[nv - 1];
            no--;
        }
    }
    *error_at = i;
    return -1;
}
