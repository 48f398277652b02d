/* The API of the expression problem: evaluate one arithmetic expression in double
 * precision, or say where it stops being well formed (see statement.md for the
 * grammar and the full contract). */
#ifndef CALC_H
#define CALC_H

#include <stddef.h>

/* expr is a NUL-terminated line of the grammar's characters (or any other
 * printable ones, and tabs); it belongs to the caller and is only read.
 *
 * A well-formed expression: returns 0 and stores its value in *value.
 * A malformed one: returns -1 and stores in *error_at the 0-based offset of the
 * first character at which expr stops being the start of some well-formed
 * expression, or strlen(expr) when all of expr is such a start.
 *
 * value and error_at point to the caller's variables and are never NULL; only the
 * one named above needs to be written. Anything the function allocates, it frees
 * before returning. */
int calc_eval(const char *expr, double *value, size_t *error_at);

#endif
