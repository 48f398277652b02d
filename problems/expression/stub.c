/* Starting point for expression: it compiles and links, and calls every expression
 * malformed at offset 0, which is only right for those that start badly (or are
 * empty). Replace the body. */
#include "calc.h"

int calc_eval(const char *expr, double *value, size_t *error_at)
{
    (void)expr;
    (void)value;
    *error_at = 0;
    return -1;
}
