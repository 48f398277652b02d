/* What the learner reads: a judgement as a text table (with the details of a
 * failing sample) or as one JSON document, and the side-by-side summary of
 * several files. Results go to the given stream (stdout); nothing here judges.
 *
 * JSON schema: see README.md, "JSON output". */
#ifndef REPORT_H
#define REPORT_H

#include "session.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    bool color; /* ANSI colours (only on a terminal) */
} report_style;

/* The style of what goes to stdout: colours when it is a terminal and NO_COLOR
 * (no-color.org) is not set. */
report_style report_style_of_stdout(void);

void report_text(FILE *out, const judgement *j, const report_style *style);
/* One row per judgement: file, verdict, tests passed, time, ratio. */
void report_table(FILE *out, const judgement *js, size_t n, const report_style *style);
/* Prints doc indented on out, with a final newline, and drops the caller's
 * reference to it: every JSON document of the judge goes out through here.
 * Returns 0, or ERR_NOMEM when doc is NULL (its making ran out of memory). */
int report_print_json(FILE *out, json_t *doc);

/* A new JSON object for one judgement (caller decrefs); NULL when out of memory. */
json_t *report_json(const judgement *j);

/* Shows bytes to a learner: a title, then at most a dozen lines, each escaped
 * (show.h) and cut at 160 columns, and explicit markers for what was left out
 * ("... 12 more lines"; total > len: bytes the judge did not keep). The title is
 * indented by indent spaces, the lines by two more. */
void report_block(FILE *out, int indent, const char *title, const char *data, size_t len,
                  size_t total);

/* Compiler diagnostics as gcc wrote them (editors jump on file:line:col:), each
 * line escaped, cut after the first screenful: the first error is the one to
 * fix. log may be NULL. */
void report_log(FILE *out, const char *log);

/* The learner's total time over the tests both solutions passed, and the
 * reference's: in function time (ns) when the harness measured both, else CPU ms.
 * Returns false when there is nothing to compare. */
bool report_ratio(const judgement *j, double *mine, double *ref, bool *function_time);

#endif
