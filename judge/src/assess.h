/* Turns a finished run's raw facts (the box's record, which streams overflowed,
 * the harness's report) into a verdict, before any output is checked. Pure
 * functions, so the precedence rules are tested on their own. */
#ifndef ASSESS_H
#define ASSESS_H

#include "record.h"
#include "verdict.h"

#include <stdbool.h>
#include <stddef.h>

/* What reached the report stream (fd 4) of a function problem's run: the bytes
 * kept, and whether more were written than kept. The harness writes it once, at
 * the end (judge/proto/harness_report.h gives the format), and the learner's code runs
 * in the same process: it can add to it, cut it short or fill it, never be
 * told apart by the judge from the harness but by the report's shape. */
typedef struct {
    const char *text;
    size_t len;
    bool overflow;
} assess_report;

typedef struct {
    verdict v;            /* valid when !needs_check */
    bool needs_check;     /* the run ended cleanly: the checker decides */
    bool bad_input;       /* v is IE on the harness's claim that the test input is broken */
    long long fn_ns;      /* the learner's function time from the harness, -1 if none */
    char message[320];    /* why, for the learner ("killed by signal 11 (SIGSEGV)") */
    char fact[128];       /* the harness's fact about the run ("footprint 41.2% of the block") */
    char fn_dropped[160]; /* why the harness's function time was not believed, "" if it was */
    char broken[320];     /* the harness's fail line: a broken contract (a leak, a freed
                             pointer not the code's). The run is WA, and its answer is
                             still checked (needs_check), so that a wrong answer is told
                             too; "" when the contract held */
} assessment;

/* The run's limits, which the memory and output messages state. */
typedef struct {
    long memory_mb, output_kb;
} assess_limits;

/* rec: the box's record; lim: its limits; output_overflow: the answer passed the
 * output limit;
 * report: the harness's report (function problems), NULL for a program, which
 * has no harness. A report that is not the harness's whole report is the
 * learner's doing: one that lacks its end line (their code exited first) is RE,
 * one with lines the harness did not write there, or that overflowed, is WA. A
 * function time below 0, above the process's whole CPU time or from a timer
 * not started and stopped in pairs is dropped (fn_ns -1, fn_dropped says why),
 * and the test is judged without it. An allocation the allocator refused (the
 * harness's alloc-failed line) is MLE, whatever the code did with the NULL
 * afterwards, unless the run was TLE. */
void assess_run(const record *rec, const assess_limits *lim, bool output_overflow,
                const assess_report *report, assessment *out);

/* The harness's claim that the input is broken (a->bad_input) was made on an
 * input the package's validator accepts: the learner's code made it (called
 * harness_bad_input, wrote the line, or made the harness fail), so the run is
 * WA, never an internal error. */
void assess_refute_claim(assessment *a);

/* "SIGSEGV" for 11, "signal 64" for unknown numbers; static storage per call site
 * is not needed: the names are constants, unknown ones go through buf. */
const char *assess_signal_name(int sig, char *buf, size_t size);

#endif
