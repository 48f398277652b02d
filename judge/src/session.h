/* Judging one source file against one problem: compile it and the reference
 * (cached), run both on every test over N sandboxes in parallel, check each
 * answer, and collect the facts the report shows.
 *
 * Theory of operation: one libuv loop drives everything. Each worker is a box
 * server; jobs are taken in test order (the learner's run of test i, then the
 * reference's), so the first failure in name order is found first. After a
 * failure (unless --all) no job for a later test is started; jobs already running
 * finish and are dropped, so the report is the same whatever the timing. The
 * overall verdict is the worst of the tests counted, by precedence (verdict.h):
 * without --all that is the first failure's, with --all a TLE beats a WA.
 *
 * As tests finish, an optional callback (session_config.on_test) is told of
 * each one in test order, as soon as it and every test before it are done: a
 * renderer shows rows while the judging goes on, the session prints nothing.
 *
 * Ownership: session_judge() fills a caller-owned judgement; judgement_release()
 * frees it. The plan's problem and tests must outlive the judgement, which keeps
 * a copy of the plan. */
#ifndef SESSION_H
#define SESSION_H

#include "buf.h"
#include "checker.h"
#include "compile.h"
#include "plan.h"
#include "problem.h"
#include "verdict.h"

#include <stdbool.h>

typedef struct {
    bool ran;
    verdict v;
    long cpu_ms, wall_ms, rss_kb;
    long long fn_ns;      /* the learner's function time (harness), -1 if not measured */
    char fn_dropped[160]; /* why the harness's function time was not believed, "" if it was */
    char fact[128];       /* the harness's fact about the run, "" when none */
    int exit_code, signal;
    char message[512];
    bool from_checker;    /* message compares answers: hidden for secret tests */
    long diff_line;       /* first differing line of the expected answer, 0 unknown */
    bool whitespace_only; /* exact checker: only whitespace differs */
    bool disputed;        /* a custom test the reference fails too: its .ans is suspect */
    buf answer, out, err; /* kept for samples and the first failure only */
    size_t answer_total, out_total, err_total;
} test_outcome;

typedef struct {
    plan plan;     /* what was judged: its problem and tests must outlive this */
    char *display; /* the file as the learner named it */
    compile_result compile;
    bool reference_ok; /* the reference compiled (comparison possible) */
    verdict v;         /* overall */
    size_t passed, ran, total;
    long first_failure; /* index of the first failing test, -1 if none */
    bool only_disputed; /* every failure is a disputed custom test: no honest attempt */
    test_outcome *mine; /* plan.ntests entries */
    test_outcome *ref;  /* plan.ntests entries (ran=false when not compared) */
    char note[256];     /* a reason for IE or CE, for the summary line */
    bool sanitized;     /* built with the sanitizers (plan.sanitize) */
} judgement;

/* The reference's results kept across the judgements of one process (judge
 * watch): the reference's run of a test is the same while its binary, the test's
 * files and the limits are, so a later judgement takes it from here instead of
 * running it again. Its times are those measured when it ran. Ownership:
 * session_memo_new() allocates, session_memo_free() frees; a session borrows it. */
typedef struct session_memo session_memo;
session_memo *session_memo_new(void);
void session_memo_free(session_memo *m);
/* How many of the reference's runs the memo has stood in for so far. */
size_t session_memo_hits(const session_memo *m);

/* Where and how widely the judge works; what it judges is the plan (plan.h). It
 * borrows its strings. */
typedef struct {
    const char *build;  /* build directory (harness, tools, judge-box) */
    const char *cache;  /* compile cache directory */
    const char *box;    /* path of judge-box */
    int jobs;           /* parallel sandboxes, >= 1 */
    bool progress;      /* print progress on stderr */
    session_memo *memo; /* NULL: the reference runs every time */
    /* When not NULL, called for test i (0, 1, ... in order) as soon as it and
       every test before it have finished: the learner's run and, when one is
       made, the reference's. Not called for tests dropped after a failure
       (without --all), nor once the judging failed or was interrupted. j is the
       judgement being filled: its plan, display, compile, mine[0..i] and
       ref[0..i] are final, its summary (v, passed, ran, first_failure) is not.
       The progress line is cleared before the call and drawn again after it,
       so what the callback prints on stdout is never mixed with it. */
    void (*on_test)(const judgement *j, size_t i, void *data);
    void *on_test_data;
} session_config;

/* Returns 0 with *out filled (the verdict is data: CE, WA, ... are not errors), or a
 * negative error (reported) when the judge itself could not judge: ERR_INPUT for
 * an unusable source, ERR_INTERNAL, ERR_NOMEM; ERR_INTERRUPTED after Ctrl-C
 * (stop.h), with the runs that finished in *out but no summary. *out is
 * judgement_release()d by the caller in every case. */
int session_judge(const session_config *cfg, const plan *pl, const char *source,
                  const char *display, judgement *out);

void judgement_release(judgement *j);

/* The CPU time of the learner's runs that ran, summed (ms). */
long judgement_cpu_ms(const judgement *j);

#endif
