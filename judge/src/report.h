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
    int width;  /* columns every line of the text report fits in; 0: REPORT_WIDTH */
} report_style;

/* The width of a report whose stdout is not a terminal, and the narrowest one
 * laid out (a narrower terminal gets lines of REPORT_MIN_WIDTH columns). */
enum { REPORT_WIDTH = 80, REPORT_MIN_WIDTH = 60 };

/* The style of what goes to stdout: colours when it is a terminal and NO_COLOR
 * (no-color.org) is not set; the width from COLUMNS when it holds a number
 * (as ls(1) does), else the terminal's (TIOCGWINSZ on stdout), else
 * REPORT_WIDTH; never less than REPORT_MIN_WIDTH. */
report_style report_style_of_stdout(void);

/* The text report of one judgement, printed as the judging goes: the title,
 * the compile line and the table's header with the first row, each test's row
 * (and a failing test's details) as soon as the session says it is done, and
 * the summary at the end. Set-up: report_live_init(), then session_config's
 * on_test = report_live_test and on_test_data = the report_live; after
 * session_judge(), report_live_end() (it returned 0) or
 * report_live_interrupted() (ERR_INTERRUPTED). The struct is the caller's and
 * owns nothing; its fields are the renderer's state. */
typedef struct {
    FILE *out;
    report_style style;
    bool started;                 /* the title and the table's header are out */
    size_t next;                  /* rows printed: tests [0, next) */
    size_t finished;              /* of those, tests that ran */
    size_t counts[VERDICT_COUNT]; /* of those, how many got each verdict */
    long first_failure;           /* the first failing row printed, -1 if none */
    int name_width;               /* the test column */
    unsigned columns;             /* the numeric columns shown, a bit each */
} report_live;

void report_live_init(report_live *l, FILE *out, const report_style *style);
/* session_config.on_test: prints test i's row; data is the report_live. */
void report_live_test(const judgement *j, size_t i, void *data);
/* The rows not printed yet (all of them when nothing was streamed), then the
 * summary line of the finished judgement. */
void report_live_end(report_live *l, const judgement *j);
/* After an interrupted judging: one line saying how many of the tests finished
 * and passed, when a row was printed (else the judge's "interrupted" on stderr
 * says it all). */
void report_live_interrupted(report_live *l, const judgement *j);

/* The whole text report at once: report_live_end() of a fresh report_live. */
void report_text(FILE *out, const judgement *j, const report_style *style);
/* One row per judgement: file, verdict, tests passed, ratio to the reference. */
void report_table(FILE *out, const judgement *js, size_t n, const report_style *style);
/* Prints doc indented on out, with a final newline, and drops the caller's
 * reference to it: every JSON document of the judge goes out through here.
 * Returns 0, or ERR_NOMEM when doc is NULL (its making ran out of memory). */
int report_print_json(FILE *out, json_t *doc);

/* A new JSON object for one judgement (caller decrefs); NULL when out of memory. */
json_t *report_json(const judgement *j);

/* Shows bytes to a learner: a title, then at most a dozen lines, each escaped
 * (show.h) and cut to fit width columns (0: REPORT_WIDTH), and explicit markers
 * for what was left out ("... 12 more lines"; total > len: bytes the judge did
 * not keep). The title is indented by indent spaces, the lines by two more. */
void report_block(FILE *out, int width, int indent, const char *title, const char *data, size_t len,
                  size_t total);

/* report_block around a line (1-based, > 0): numbered lines from a few before it,
 * "... N lines before" for those skipped, and a ">" before that line, or after
 * the last one when the data ends before it. For an answer, around the first
 * line where it differs from the expected one, however far down. */
void report_block_around(FILE *out, int width, int indent, const char *title, const char *data,
                         size_t len, size_t total, long line);

/* A line of the kit's own words (untrusted bytes are shown first, show.h) broken
 * at spaces so that no line passes width (0: REPORT_WIDTH), starting at column
 * at (what the caller printed before it); the lines after the first start with
 * indent spaces. Ends the line. */
void report_wrap(FILE *out, const char *text, int at, int indent, int width);

/* "lead: command" when it fits width (0: REPORT_WIDTH), else the command alone
 * on the next line, two spaces further in: a command is never broken, so that
 * it is copied whole. indent: the spaces before lead. */
void report_command(FILE *out, int width, int indent, const char *lead, const char *command);

/* Compiler diagnostics as gcc wrote them (editors jump on file:line:col:), each
 * line escaped, cut after the first screenful: the first error is the one to
 * fix. log may be NULL. */
void report_log(FILE *out, const char *log);

/* The learner's total time over the tests both solutions passed, and the
 * reference's: in function time (ns) when the harness measured both, else CPU ms.
 * Returns false when there is nothing to compare. */
bool report_ratio(const judgement *j, double *mine, double *ref, bool *function_time);

#endif
