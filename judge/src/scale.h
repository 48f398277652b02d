/* The complexity report (`judge scale`): the learner's solution and the reference
 * judged on a ladder of generated sizes, and how each one's CPU time grows, as
 * the exponent of a power law fitted to the rungs ("yours grows like n^2.0, the
 * reference like n^1.0").
 *
 * Theory of operation. The rungs are made once into a private temporary
 * directory: `gen <seed> <size> <mode>` for each size, every input checked by the
 * problem's validator. The ladder is the sizes given in the options, else the
 * package's "scaling" entry of problem.json ({"sizes": [...], "mode": "random",
 * "variable": "n"}), else seven doubling sizes up to the largest size of the
 * package's tests.txt. The judging runs on a copy of the problem whose tests are
 * the rungs and whose time limit is raised (5x by default), so that a solution of
 * the target complexity passes every rung and a slower one runs far enough to
 * show its growth. The first run is one session over every rung without expected
 * answers: the reference runs first and its answers become the expected ones
 * (they are then kept as .ans files). Later runs are one session per solution.
 * The learner's first rung that is not accepted ends its ladder (a time limit, or
 * a wrong answer: timing a wrong program means nothing); rungs above it are not
 * run again.
 *
 * Each rung is timed `repeats` times per solution and the minimum is kept: CPU
 * time only grows with interference from other processes (shared caches, memory
 * bandwidth, frequency), so the smallest of a few runs is the least disturbed
 * one. The time is the harness's function time where the problem measures it
 * (input parsing excluded), else the process CPU time. Rungs below SCALE_FLOOR_NS
 * are too small to time reliably and are left out of the fit. The exponent is
 * the slope of a least-squares fit of log(time) on log(size), with R^2 for its
 * goodness; the same fit over each run alone gives the range that shows the
 * noise.
 *
 * Ownership: scale_measure() fills a caller-owned scale_report whose strings and
 * arrays it allocates; scale_report_release() frees them, also after a failure.
 * The options and their arrays stay the caller's. */
#ifndef SCALE_H
#define SCALE_H

#include "problem.h"
#include "session.h"
#include "verdict.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define SCALE_FLOOR_NS 1e6 /* 1 ms: below it a rung is not fitted */
#define SCALE_MAX_RUNGS PROBLEM_MAX_RUNGS

typedef struct {
    const long *sizes;  /* the ladder, strictly ascending; NULL: "scaling" of
                           problem.json, else doubling up to the package's largest */
    size_t nsizes;      /* 2 .. SCALE_MAX_RUNGS */
    const char *mode;   /* generator mode; NULL: "scaling".mode, else "random" */
    unsigned long seed; /* generator seed; 0 means 1 */
    int repeats;        /* runs per rung and solution, 1..20; 0 means 3 */
    int limit_factor;   /* the problem's time limit times this, 1..20; 0 means 5 */
} scale_options;

/* A power law time = c * size^exponent fitted to the rungs. */
typedef struct {
    bool ok;            /* at least two fitted rungs, of different sizes */
    double exponent;    /* slope of log(time) on log(size) */
    double r2;          /* coefficient of determination: 1 is an exact power law */
    size_t used;        /* rungs fitted */
    size_t below_floor; /* rungs left out: time under the floor */
} scale_fit;

/* Least squares of log(times) on log(sizes) over the n rungs whose time is at
 * least floor; a negative time means "not measured" and is skipped without
 * counting as below the floor. Fills *out (ok false when fewer than two rungs of
 * different sizes remain). */
void scale_fit_power(const double *sizes, const double *times, size_t n, double floor,
                     scale_fit *out);

/* Whether a rung's time enters the fit: measured, and not under SCALE_FLOOR_NS. */
bool scale_time_fitted(double time_ns);

enum { SCALE_YOURS, SCALE_REFERENCE, SCALE_SOLUTIONS };

typedef struct {
    bool ran;          /* judged on this rung (else the ladder had stopped) */
    verdict v;         /* AC, or what stopped the ladder at this rung */
    double time_ns;    /* minimum over the runs; -1 when not accepted */
    double *runs;      /* repeats entries, ns; -1 for a run that did not happen */
    char message[512]; /* why the rung was not accepted */
} scale_cell;

typedef struct {
    long size;
    scale_cell cell[SCALE_SOLUTIONS];
} scale_rung;

typedef struct {
    scale_fit fit;      /* over the minima */
    bool spread_ok;     /* exponent_lo/hi hold at least two runs' fits */
    double exponent_lo; /* the lowest exponent fitted over one run alone */
    double exponent_hi; /* the highest */
    long stopped;       /* index of the rung that ended the ladder, -1 if none */
} scale_growth;

typedef struct {
    const problem *prob;
    char *display; /* the learner's file as named */
    char *variable, *mode;
    unsigned long seed;
    int repeats;
    long limit_ms; /* the raised time limit */
    int limit_factor;
    bool function_time;   /* times are the harness's function time, else process CPU */
    char fn_dropped[160]; /* why a run's function time was not believed, "" if none was */
    verdict v;            /* the learner's: AC when accepted on every rung it ran */
    bool compiled;        /* false: CE (or IE), with compile_log and note */
    char *compile_log;
    char note[256];
    scale_rung *rungs;
    size_t nrungs;
    scale_growth growth[SCALE_SOLUTIONS];
} scale_report;

/* Makes the ladder, judges both solutions on it and fits their growth. Returns 0
 * with *out filled (a learner's CE, WA or TLE is data), or a negative error
 * (reported): ERR_USAGE (no generator, bad sizes or mode), ERR_PACKAGE (the
 * generator or validator failed, the reference does not compile), ERR_INTERNAL,
 * ERR_NOMEM, ERR_INTERRUPTED. The plans it judges are its own: the rungs, the
 * raised limit, the package's reference, one solution per session. */
int scale_measure(const session_config *cfg, const problem *p, const char *source,
                  const char *display, const scale_options *o, scale_report *out);
void scale_report_release(scale_report *r);

#endif
