/* What one judging runs, the plan stage of DESIGN.md's data flow: the tests in
 * order, the limits, the oracle, the stop policy and the comparison. A command
 * draws its plan from the immutable problem and adjusts the copy (scale's ladder
 * and raised limit, stress's batch of inputs, run's single input); the session
 * judges a plan and never looks at the problem's tests.
 *
 * Ownership: a plan owns nothing. It borrows the problem and the tests it points
 * to, which must outlive it (and every judgement made from it) unchanged; it is a
 * small value that may be copied freely. */
#ifndef PLAN_H
#define PLAN_H

#include "problem.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const problem *prob;    /* the package: metadata, tools, checker */
    const test_case *tests; /* run in this order */
    size_t ntests;
    long time_ms, memory_mb, output_kb; /* the limits of one run */
    /* the solution that gives expected answers and the comparison: NULL means the
       package's solutions/<slug>/reference.c (brute.c serves `judge stress --brute`) */
    const char *reference_source;
    bool all;     /* run every test even after a failure */
    bool compare; /* also run the reference for the time ratio */
    /* build the learner's file with AddressSanitizer and UBSan, and turn a report
       into RE naming the file and line (no comparison: the timing means nothing) */
    bool sanitize;
    bool debug; /* build the learner's file -O0 -g, for gdb (`judge debug`) */
    /* a custom checker is not run: a run it would check is AC, its answer kept
       in the outcome, and the caller checks it (stress, through the checker's
       batch form) */
    bool defer_check;
    /* build the learner's file with the warm start when its object allows it
       (compile.h), so that the box forks its runs from one template of it:
       stress, whose many runs of one binary share their limits */
    bool warm;
} plan;

/* The plan of judging every test of p under its own limits, stopping at the first
 * failure, against the package's reference, without the comparison. */
void plan_init(plan *pl, const problem *p);

/* Judges only the tests [0, n) of pl's list (n at most pl->ntests). */
void plan_first_tests(plan *pl, size_t n);

#endif
