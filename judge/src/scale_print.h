/* The renderers of the complexity report: scale_measure()'s data (scale.h) as
 * text or JSON on a stream, and `judge scale`'s whole command. They only read the
 * report; its owner releases it. */
#ifndef SCALE_PRINT_H
#define SCALE_PRINT_H

#include "scale.h"

#include <stdbool.h>
#include <stdio.h>

/* The report as a table with the two exponents and a verdict in plain words. */
void scale_print_text(FILE *out, const scale_report *r);
/* The report as one JSON document (schema in README.md, "judge scale"). */
int scale_print_json(FILE *out, const scale_report *r);

/* The whole command for cmd_judge.c: measure, print (text, or JSON when json),
 * release. Returns 0 with *v the run's verdict (AC on every rung; else a wrong
 * answer, a time limit at some rung, CE or IE), or a negative error code, already
 * reported. */
int scale_run(const session_config *cfg, const problem *p, const char *source, const char *display,
              const scale_options *o, bool json, verdict *v);

#endif
