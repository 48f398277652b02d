/* The renderer of `judge stress`: a stress_result (stress.h) as the learner reads
 * it. It only reads the result; its owner releases it. */
#ifndef STRESS_PRINT_H
#define STRESS_PRINT_H

#include "stress.h"

#include <stdio.h>

/* After stress_run() returned 0: the compile report when the file did not
 * compile, the failing input with both answers and how to run it again when one
 * was found, else what was tried. */
void stress_print(FILE *out, const stress_result *r);

#endif
