/* Checks an input file against a problem's validator (exit 42 valid, 43 invalid
 * with one line on stderr saying why), so a learner's own input is refused with
 * the stated constraint it breaks instead of giving a meaningless verdict. */
#ifndef VALIDATE_H
#define VALIDATE_H

#include "problem.h"

#include <stdbool.h>
#include <stddef.h>

/* Runs p's validator on input_path. Returns 0 with *valid set (and why filled
 * with the validator's first stderr line when invalid), or ERR_PACKAGE (reported)
 * when the validator is missing, answers neither 42 nor 43, or runs past its
 * budget (tool.h). */
int validate_input(const problem *p, const char *input_path, bool *valid, char *why,
                   size_t why_size);

#endif
