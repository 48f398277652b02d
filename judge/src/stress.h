/* `judge stress`: random inputs from a problem's generator, each checked by its
 * validator, the learner's answers checked against the reference's (or the brute
 * oracle's); the first failing input is shrunk to a small one that still fails the
 * same way, shown with the expected and the actual answer, and saved as a custom test.
 *
 * Theory of operation. Input i of a run with seed S is `gen SEED_i SIZE_i [MODE_i]`:
 * the modes are what `gen --modes` prints (none: no mode argument), taken in turn;
 * sizes start at 1 and grow like sqrt(i) up to max_size; SEED_i is derived from S
 * and i. Inputs are generated and validated several at a time, then judged in
 * batches (8, then 16, ... up to 64) through session_judge() on a copy of the
 * problem whose tests are the batch without answers: the sandboxes start once per
 * batch and the reference's answer is the expected one. A batch stops at its first
 * failure (cfg.all off, so a TLE costs the time limit once, not once per input);
 * inputs after it that did not run come again. So the first failing input in order
 * is the one reported, whatever the batch boundaries: a run is deterministic for a
 * given seed (and a deterministic program). A reference that fails on a valid input
 * is the package's fault (ERR_PACKAGE), never the learner's; with --brute, an
 * oracle that runs out of time lowers max_size instead.
 *
 * Shrinking keeps the learner's verdict (WA stays WA) and the validator's approval.
 * First smaller sizes: the same mode at sizes 1, 2, ... with several seeds each,
 * the first failing one wins. Then the text, in rounds: the candidates of
 * shrink.h in their fixed order, coarse first; the first one that still fails
 * becomes the input and a new round starts; a round where none fails ends it.
 * Candidates are validated in parallel (the validator rejects what is malformed),
 * judged in batches, and remembered (by hash) when they do not fail the same way.
 * The shrinker is deterministic unless its time budget (default 30 s) runs out.
 * The result is judged once more alone; if it no longer fails the same way (a
 * time close to the limit), the inputs adopted before it are tried, latest first.
 *
 * Ownership: stress_run() fills a caller-owned stress_result whose strings it
 * allocates; stress_result_release() frees them, also after a failed run. */
#ifndef STRESS_H
#define STRESS_H

#include "buf.h"
#include "problem.h"
#include "session.h"
#include "verdict.h"

#include <stdbool.h>
#include <stddef.h>

enum {
    STRESS_DEFAULT_TIME_MS = 20000,   /* no --time and no --iterations */
    STRESS_DEFAULT_SHRINK_MS = 30000, /* budget of the shrinker */
    STRESS_DEFAULT_MAX_SIZE = 200,    /* the largest size handed to the generator */
};

typedef struct {
    unsigned long long seed; /* the run's seed, when seed_given */
    bool seed_given;         /* false: a seed is drawn from the clock and printed */
    long time_ms;            /* stop after this long with nothing found; 0: none */
    long iterations;         /* stop after this many inputs; 0: none (both 0: a
                                STRESS_DEFAULT_TIME_MS budget) */
    bool brute;              /* expected answers from solutions/<slug>/brute.c, not reference.c */
    const char *reference_source; /* the oracle's source instead of either; NULL: none */
    const char *mode; /* only this generator mode; NULL: every mode `gen --modes` lists */
    long shrink_ms;   /* 0: STRESS_DEFAULT_SHRINK_MS */
    long max_size;    /* 0: STRESS_DEFAULT_MAX_SIZE */
} stress_options;

typedef struct {
    unsigned long long seed; /* the seed used (given or drawn) */
    long tried;              /* inputs judged, the failing one included */
    double seconds;          /* time spent generating and judging them */
    bool found;              /* an input the learner's program fails */
    verdict v;               /* AC when nothing failed; else the failing verdict, or CE /
                                IE when the file did not compile (found is false then) */
    char *input;             /* the shrunk failing input (NUL-terminated), or NULL */
    size_t input_len;
    char *gen_args;       /* "SEED SIZE [MODE]": the generated input it was shrunk from */
    size_t original_len;  /* that input's length in bytes */
    int shrink_steps;     /* accepted simplifications */
    bool shrink_complete; /* false when the shrink budget ran out first */
    char *saved;          /* the custom test holding the input (path), or NULL */
    /* what the report shows (stress_print.h), besides the above: */
    char *slug, *shown;   /* the problem, and the file as the learner named it, escaped */
    bool brute;           /* the oracle was the brute-force one, not the reference */
    judgement *not_built; /* the learner's file did not compile: its judgement, or NULL */
    /* found: the shrunk input judged alone once more, what it got and printed */
    verdict alone;
    char alone_message[512];
    long diff_line;                 /* first differing line of the expected answer, 0 unknown */
    buf expected, answer, out, err; /* the oracle's answer; the learner's streams */
    size_t answer_total, out_total, err_total;
    /* nothing found: the largest size tried, and the generator's modes */
    long largest;
    char *modes; /* "random binary ...", or NULL when the generator has none */
} stress_result;

/* Stresses source (absolute path; display is how the learner named it) against p,
 * built under cfg->build (build/problems/<slug>/gen and validator are needed).
 * cfg->jobs sandboxes run in parallel; cfg->progress shows a live counter on stderr.
 * The oracle is cfg->reference_source, or when NULL solutions/<slug>/brute.c with
 * o->brute and reference.c without; cfg->all and cfg->compare are ignored. A
 * failing input is saved in tests_dir (created if missing) as stress-<seed>.in, or
 * stress-<seed>-2.in ... when that name is taken by other content: an existing file
 * is never overwritten, and one with the very same content is reused. Results go
 * to stdout, progress to stderr.
 *
 * Returns 0 with *out filled (a failure found is data: out->found), or a negative
 * error, reported: ERR_PACKAGE (no generator or validator, an invalid generated
 * input, a reference or checker that fails on a valid input), ERR_INPUT (unusable
 * source), ERR_INTERRUPTED, ERR_INTERNAL, ERR_NOMEM. */
int stress_run(const session_config *cfg, const problem *p, const char *source, const char *display,
               const char *tests_dir, const stress_options *o, stress_result *out);

void stress_result_release(stress_result *r);

/* What the reports call the oracle: "brute-force oracle" or "reference solution". */
const char *stress_oracle_name(bool brute);

#endif
