/* Turns a finished run's raw facts (the box's record, which streams overflowed,
 * the harness's report) into a verdict, before any output is checked. Pure
 * functions, so the precedence rules are tested on their own. */
#ifndef ASSESS_H
#define ASSESS_H

#include "record.h"
#include "verdict.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    verdict v;         /* valid when !needs_check */
    bool needs_check;  /* the run ended cleanly: the checker decides */
    long long fn_ns;   /* the learner's function time from the harness, -1 if none */
    char message[320]; /* why, for the learner ("killed by signal 11 (SIGSEGV)") */
    char fact[128];    /* the harness's fact about the run ("footprint 41.2% of the block") */
} assessment;

/* rec: the box's record; output_overflow: the answer passed the output limit;
 * report: the harness's report stream (function problems; may be NULL). */
void assess_run(const record *rec, bool output_overflow, const char *report, size_t report_len,
                assessment *out);

/* "SIGSEGV" for 11, "signal 64" for unknown numbers; static storage per call site
 * is not needed: the names are constants, unknown ones go through buf. */
const char *assess_signal_name(int sig, char *buf, size_t size);

#endif
