/* The judging of one file: compile jobs, then test jobs, spread over the
 * sandboxes of one libuv loop; see session.h for the theory of operation. */
#include "session.h"

#include "assess.h"
#include "err.h"
#include "fsutil.h"
#include "hash.h"
#include "progress.h"
#include "run.h"
#include "sanitizer.h"
#include "sandbox.h"
#include "stop.h"
#include "tool.h"
#include "validate.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    SHOWN_CAP = 64 << 10, /* learner's stdout/stderr kept for display */
    REPORT_CAP = 4 << 10, /* harness report */
    SANITIZE_SLACK = 4,   /* time and memory limits of a sanitized build, times the problem's */
    ANSWER_FILE_MAX = 1 << 30,
};

typedef enum { JOB_COMPILE_MINE, JOB_COMPILE_REF, JOB_RUN_MINE, JOB_RUN_REF } job_kind;

typedef struct {
    job_kind kind;
    size_t test;
} job;

struct session;

typedef struct {
    struct session *s;
    sandbox *box;
    char *dir;
    bool busy;
    job current;
    /* a custom checker in flight: its exit is watched through its pidfd */
    tool checker;
    uv_poll_t checker_poll;
    uv_timer_t timer;
    bool timed_out;
    int checker_handles;
    char *feedback_dir;
} worker;

typedef struct session {
    uv_loop_t loop;
    const session_config *cfg;
    const plan *pl;      /* what is judged */
    const problem *prob; /* pl->prob */
    judgement *j;
    const char *source;
    worker *workers;
    int nworkers;
    job *jobs;
    size_t njobs, next_job;
    size_t limit; /* tests with an index >= limit are not started */
    int compiles_left;
    size_t answers_left; /* reference runs that make expected answers (phase A) */
    bool jobs_owned;     /* jobs was allocated here */
    bool runs_planned;
    char *mine_bin, *ref_bin;
    char *scratch;
    int error;
    size_t done_count, planned_count;
    size_t told;           /* tests handed to cfg->on_test so far: [0, told) */
    uv_async_t stop_async; /* woken by Ctrl-C and the like (stop.h) */
    bool catching;         /* stop_async is registered */
} session;

static void dispatch(session *s);

static void progress(session *s)
{
    if (!s->cfg->progress)
        return;
    progress_show("judging %s: %zu/%zu runs", s->prob->slug, s->done_count, s->planned_count);
}

/* Test i is done when the learner's run and, if one is made, the reference's
 * have finished: the reference runs when it compiled and the plan compares, or
 * when its answer is the expected one (phase A). */
static bool test_done(const session *s, size_t i)
{
    const judgement *j = s->j;
    bool ref_runs = j->reference_ok && (s->pl->compare || !s->pl->tests[i].ans_path);
    return j->mine[i].ran && (!ref_runs || j->ref[i].ran);
}

/* Hands cfg->on_test every test, in order, that is done with all before it; a
 * test past the limit (after a failure, an error, an interruption) never is. */
static bool dispute(session *s, size_t i);

static void tell_done(session *s)
{
    if (!s->cfg->on_test)
        return;
    bool cleared = false;
    while (s->told < s->limit && test_done(s, s->told)) {
        if (s->cfg->progress && !cleared)
            progress_clear(); /* redrawn by the caller, after the rows */
        cleared = true;
        if (s->j->mine[s->told].v != VERDICT_AC)
            dispute(s, s->told); /* its words before the row is shown */
        s->cfg->on_test(s->j, s->told, s->cfg->on_test_data);
        s->told++;
    }
}

static void fail(session *s, int code)
{
    if (s->error == 0)
        s->error = code;
    s->limit = 0;
}

/* ---- the memo of the reference's results ---- */

typedef struct {
    char key[33];
    test_outcome o; /* its buffers owned by the memo */
} memo_entry;

struct session_memo {
    memo_entry *entries;
    size_t n, cap, hits;
};

size_t session_memo_hits(const session_memo *m) { return m ? m->hits : 0; }

session_memo *session_memo_new(void) { return calloc(1, sizeof(session_memo)); }

static void outcome_release(test_outcome *o);

void session_memo_free(session_memo *m)
{
    for (size_t i = 0; m && i < m->n; i++)
        outcome_release(&m->entries[i].o);
    if (m)
        free(m->entries);
    free(m);
}

/* Adds the file's bytes to h; false when it cannot be read (no memo then). */
static bool hash_file(hash_state *h, const char *path)
{
    buf text = BUF_INIT;
    bool ok = fs_read_file(path, ANSWER_FILE_MAX, ERR_INPUT, &text) == 0;
    if (ok)
        hash_update(h, text.data ? text.data : "", text.len);
    hash_string(h, "");
    buf_release(&text);
    return ok;
}

/* What the reference's run of test i depends on: its binary (named by its
 * content in the compile cache), the test's input and, for a learner's own .ans
 * the reference is checked against, that .ans, and the limits. */
static bool memo_key(const session *s, size_t i, char key[33])
{
    const test_case *t = &s->pl->tests[i];
    const plan *p = s->pl;
    char limits[96];
    hash_state h;
    hash_init(&h);
    hash_string(&h, s->ref_bin);
    snprintf(limits, sizeof limits, "%ld %ld %ld %d", p->time_ms, p->memory_mb, p->output_kb,
             t->group == TEST_CUSTOM && t->ans_path);
    hash_string(&h, limits);
    if (!hash_file(&h, t->in_path) ||
        (t->group == TEST_CUSTOM && t->ans_path && !hash_file(&h, t->ans_path)))
        return false;
    hash_hex(&h, key);
    return true;
}

static int copy_buf(buf *to, const buf *from)
{
    *to = (buf)BUF_INIT;
    return from->data ? buf_append(to, from->data, from->len) : 0;
}

/* A copy of o whose buffers are its own; 0 or ERR_NOMEM (nothing left then). */
static int copy_outcome(test_outcome *to, const test_outcome *o)
{
    *to = *o;
    if (copy_buf(&to->answer, &o->answer) < 0 || copy_buf(&to->out, &o->out) < 0 ||
        copy_buf(&to->err, &o->err) < 0) {
        outcome_release(to);
        return ERR_NOMEM;
    }
    return 0;
}

/* Fills the reference's outcome of test i from the memo; false when it holds
 * none (or there is no memo). */
static bool memo_recall(session *s, size_t i)
{
    char key[33];
    session_memo *m = s->cfg->memo;
    if (!m || !s->ref_bin || !memo_key(s, i, key))
        return false;
    for (size_t k = 0; k < m->n; k++) {
        if (strcmp(m->entries[k].key, key) == 0 &&
            copy_outcome(&s->j->ref[i], &m->entries[k].o) == 0) {
            m->hits++;
            return true;
        }
    }
    return false;
}

/* Keeps the reference's outcome of test i. A memo that cannot grow stays as
 * it is: the next judgement runs the reference again. */
static void memo_keep(session *s, size_t i)
{
    session_memo *m = s->cfg->memo;
    memo_entry e;
    if (!m || !s->ref_bin || !memo_key(s, i, e.key) || s->error)
        return;
    for (size_t k = 0; k < m->n; k++)
        if (strcmp(m->entries[k].key, e.key) == 0)
            return;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        memo_entry *grown = realloc(m->entries, cap * sizeof *grown);
        if (!grown)
            return;
        m->entries = grown;
        m->cap = cap;
    }
    if (copy_outcome(&e.o, &s->j->ref[i]) == 0)
        m->entries[m->n++] = e;
}

/* ---- compile jobs ---- */

static bool lacks_answer(const session *s, size_t i) { return !s->pl->tests[i].ans_path; }

static void set_jobs(session *s, job *jobs, size_t n)
{
    if (s->jobs_owned)
        free(s->jobs);
    s->jobs = jobs;
    s->jobs_owned = true;
    s->njobs = n;
    s->next_job = 0;
    s->planned_count += n;
}

/* Phase B: the learner's run of every test, each followed by the reference's
 * (for the comparison) unless phase A already ran it. */
static void plan_tests(session *s)
{
    judgement *j = s->j;
    size_t n = s->pl->ntests, count = 0;
    job *jobs = calloc(2 * n, sizeof *jobs);
    if (!jobs) {
        fail(s, ERR_NOMEM);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        jobs[count++] = (job){JOB_RUN_MINE, i};
        if (j->reference_ok && s->pl->compare && !j->ref[i].ran && !memo_recall(s, i))
            jobs[count++] = (job){JOB_RUN_REF, i};
    }
    set_jobs(s, jobs, count);
}

/* Phase A, only for the learner's own tests without an .ans: the reference's
 * answers become the expected ones, so they must exist before any check. */
static void plan_runs(session *s)
{
    judgement *j = s->j;
    s->runs_planned = true;
    if (!j->compile.ok)
        return;
    size_t n = s->pl->ntests, count = 0;
    for (size_t i = 0; i < n; i++)
        count += lacks_answer(s, i) && !(j->reference_ok && memo_recall(s, i));
    if (count == 0 || !j->reference_ok) {
        plan_tests(s);
        return;
    }
    job *jobs = calloc(count, sizeof *jobs);
    if (!jobs) {
        fail(s, ERR_NOMEM);
        return;
    }
    for (size_t i = 0, k = 0; i < n; i++)
        if (lacks_answer(s, i) && !j->ref[i].ran)
            jobs[k++] = (job){JOB_RUN_REF, i};
    s->answers_left = count;
    set_jobs(s, jobs, count);
}

static void compiled(session *s, job_kind kind, compile_result *res)
{
    judgement *j = s->j;
    if (kind == JOB_COMPILE_MINE) {
        j->compile = *res;
        if (res->ok)
            s->mine_bin = res->binary;
    } else {
        j->reference_ok = res->ok;
        if (res->ok) {
            s->ref_bin = res->binary;
            res->binary = NULL;
        } else if (s->pl->compare) {
            fprintf(stderr,
                    "judge: the reference solution of '%s' did not compile (%s): "
                    "no comparison\n",
                    s->prob->slug, res->reason ? res->reason : "unknown reason");
        }
        compile_result_release(res);
    }
    if (--s->compiles_left == 0)
        plan_runs(s);
}

typedef struct {
    worker *w;
    job_kind kind;
} compile_ctx;

static void on_compiled(compile_result *res, void *data)
{
    compile_ctx *ctx = data;
    worker *w = ctx->w;
    session *s = w->s;
    job_kind kind = ctx->kind;
    free(ctx);
    w->busy = false;
    compiled(s, kind, res);
    dispatch(s);
}

static int start_compile(session *s, worker *w, job_kind kind)
{
    char *ref_path = NULL;
    compile_input in = {.prob = s->prob,
                        .source = s->source,
                        .display = s->j->display,
                        .build = s->cfg->build,
                        .cache = s->cfg->cache,
                        .scratch = w->dir,
                        .sanitize = s->pl->sanitize && kind == JOB_COMPILE_MINE,
                        .debug = s->pl->debug && kind == JOB_COMPILE_MINE,
                        .warm = s->pl->warm && kind == JOB_COMPILE_MINE};
    if (kind == JOB_COMPILE_REF) {
        ref_path = s->pl->reference_source ? strdup(s->pl->reference_source)
                                           : problem_solution_path(s->prob, "reference.c");
        if (!ref_path)
            return ERR_NOMEM;
        in.source = in.display = ref_path;
    }
    compile_ctx *ctx = malloc(sizeof *ctx);
    if (!ctx) {
        free(ref_path);
        return ERR_NOMEM;
    }
    *ctx = (compile_ctx){w, kind};
    compile_result cached;
    int rc = compile_start(&s->loop, w->box, &in, &cached, on_compiled, ctx);
    free(ref_path);
    if (rc == 0 && cached.cached) {
        free(ctx);
        compiled(s, kind, &cached);
        return 0;
    }
    if (rc < 0) {
        free(ctx);
        if (kind == JOB_COMPILE_REF) {
            compile_result none = {.reason = strdup("its source is unusable")};
            compiled(s, kind, &none);
            return 0;
        }
        return rc;
    }
    w->busy = true;
    return 0;
}

/* ---- test jobs ---- */

static test_outcome *outcome_of(session *s, const job *jb)
{
    return jb->kind == JOB_RUN_MINE ? &s->j->mine[jb->test] : &s->j->ref[jb->test];
}

/* Output is kept for what can be shown (samples, custom tests, the first failure)
 * and for the reference's answers that serve as expected ones. */
static bool keep_output(session *s, const job *jb, verdict v)
{
    if (jb->kind == JOB_RUN_REF)
        return lacks_answer(s, jb->test);
    return s->pl->tests[jb->test].group != TEST_SECRET || v != VERDICT_AC || s->pl->defer_check;
}

static void finish_test(worker *w, verdict v, const char *message, run_result *res,
                        const assessment *as, const check_result *chk)
{
    session *s = w->s;
    job jb = w->current;
    /* a broken contract is WA even with a right answer; with a wrong one, both */
    char both[sizeof(((test_outcome *)NULL)->message)];
    if (as->broken[0] && v == VERDICT_AC) {
        v = VERDICT_WA;
        message = as->broken;
        chk = NULL;
    } else if (as->broken[0] && v == VERDICT_WA && chk) {
        snprintf(both, sizeof both, "%s; the answer is wrong too: %s", as->broken,
                 message ? message : "");
        message = both;
    }
    test_outcome *o = outcome_of(s, &jb);
    o->ran = true;
    o->v = v;
    o->cpu_ms = res->rec.cpu_ms;
    o->wall_ms = res->rec.wall_ms;
    o->rss_kb = res->rec.rss_kb;
    o->exit_code = res->rec.exit_code;
    o->signal = res->rec.signal;
    o->fn_ns = as->fn_ns;
    snprintf(o->fn_dropped, sizeof o->fn_dropped, "%s", as->fn_dropped);
    snprintf(o->fact, sizeof o->fact, "%s", as->fact);
    snprintf(o->message, sizeof o->message, "%s", message ? message : "");
    o->from_checker = chk != NULL && v == VERDICT_WA;
    if (chk) {
        o->diff_line = chk->line;
        o->whitespace_only = chk->whitespace_only;
    }
    bool program = s->prob->kind == PROBLEM_PROGRAM;
    run_stream answer = program ? RUN_STDOUT : RUN_ANSWER;
    o->answer_total = res->total[answer];
    o->out_total = program ? 0 : res->total[RUN_STDOUT];
    o->err_total = res->total[RUN_STDERR];
    if (keep_output(s, &jb, v)) {
        o->answer = res->stream[answer];
        memset(&res->stream[answer], 0, sizeof(buf));
        o->err = res->stream[RUN_STDERR];
        memset(&res->stream[RUN_STDERR], 0, sizeof(buf));
        if (!program) {
            o->out = res->stream[RUN_STDOUT];
            memset(&res->stream[RUN_STDOUT], 0, sizeof(buf));
        }
    }
    run_result_release(res);
    if (jb.kind == JOB_RUN_REF)
        memo_keep(s, jb.test);
    /* the first failure stops the run, but for the learner's own tests: their
       .ans may be the one at fault, and the package's tests still tell */
    if (jb.kind == JOB_RUN_MINE && v != VERDICT_AC && !s->pl->all && jb.test + 1 < s->limit &&
        s->pl->tests[jb.test].group != TEST_CUSTOM)
        s->limit = jb.test + 1;
    w->busy = false;
    s->done_count++;
    tell_done(s);
    progress(s);
    if (jb.kind == JOB_RUN_REF && lacks_answer(s, jb.test) && s->answers_left > 0 &&
        --s->answers_left == 0 && s->error == 0)
        plan_tests(s);
    dispatch(s);
}

/* The custom checker of a test: written answer in, 42/43 out. */
typedef struct {
    worker *w;
    run_result res;
    assessment as;
    int exit_status, term_signal;
} checking;

static void checker_handle_closed(uv_handle_t *handle)
{
    checking *c = handle->data;
    worker *w = c->w;
    if (--w->checker_handles > 0)
        return;
    check_result chk;
    check_custom_result(c->exit_status, c->term_signal, w->timed_out, w->feedback_dir, &chk);
    verdict v = chk.outcome == CHECK_ACCEPT   ? VERDICT_AC
                : chk.outcome == CHECK_REJECT ? VERDICT_WA
                                              : VERDICT_IE;
    char msg[320];
    if (v == VERDICT_IE)
        snprintf(msg, sizeof msg, "the problem's checker failed, not your program: %s",
                 chk.message);
    else
        snprintf(msg, sizeof msg, "%s", chk.message);
    run_result res = c->res;
    assessment as = c->as;
    free(c);
    finish_test(w, v, msg, &res, &as, &chk);
}

/* The checker's pidfd is readable: it exited (or was killed). Reaping it kills
 * whatever it started: it led its own process group. */
static void on_checker_exit(uv_poll_t *poll, int status, int events)
{
    (void)status;
    (void)events;
    checking *c = poll->data;
    worker *w = c->w;
    if (!w->checker.killed && !tool_exited(&w->checker))
        return;         /* libuv may report a descriptor readable when it is not */
    uv_poll_stop(poll); /* before tool_reap closes the pidfd, whose number comes back */
    tool_result r;
    if (tool_reap(&w->checker, &r) < 0)
        r = (tool_result){.code = -1};
    c->exit_status = r.code;
    c->term_signal = r.signal;
    w->timed_out = w->timed_out || r.out_of_cpu || r.out_of_wall;
    uv_timer_stop(&w->timer);
    uv_close((uv_handle_t *)poll, checker_handle_closed);
    uv_close((uv_handle_t *)&w->timer, checker_handle_closed);
}

static void on_checker_timeout(uv_timer_t *timer)
{
    checking *c = timer->data;
    c->w->timed_out = true;
    tool_kill(&c->w->checker);
}

static int write_file(const char *path, const buf *content)
{
    int rc = fs_write_file(path, content->data, content->len, O_TRUNC, 0644);
    return rc < 0 ? err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(-rc)) : 0;
}

/* The expected answer of a test without an .ans: the reference's, if it passed. */
static const buf *reference_answer(session *s, size_t i, char *why, size_t size)
{
    const test_outcome *r = &s->j->ref[i];
    if (!r->ran) {
        snprintf(why, size, "no expected answer: the reference solution did not run");
        return NULL;
    }
    if (r->v != VERDICT_AC) {
        snprintf(why, size,
                 "no expected answer: the reference solution got %s on this input (%.200s)",
                 verdict_code(r->v), r->message);
        return NULL;
    }
    return &r->answer;
}

static int start_checker(worker *w, run_result *res, const assessment *as, const test_case *t)
{
    session *s = w->s;
    run_stream answer = s->prob->kind == PROBLEM_PROGRAM ? RUN_STDOUT : RUN_ANSWER;
    char *out_path = fs_join(w->dir, "answer.out");
    char *expected_path = t->ans_path ? strdup(t->ans_path) : fs_join(w->dir, "expected.ans");
    int rc = out_path && expected_path ? 0 : ERR_NOMEM;
    if (rc == 0 && !t->ans_path) {
        char why[320];
        const buf *expected = reference_answer(s, w->current.test, why, sizeof why);
        rc = expected ? write_file(expected_path, expected)
                      : err_report(ERR_INTERNAL, "test '%s': %s", t->name, why);
    }
    if (rc == 0 && (rc = fs_remove_tree(w->feedback_dir)) == 0 &&
        (rc = fs_mkdir_p(w->feedback_dir)) == 0)
        rc = write_file(out_path, &res->stream[answer]);
    int in_fd = rc == 0 ? open(out_path, O_RDONLY | O_CLOEXEC) : -1;
    free(out_path);
    if (rc < 0 || in_fd < 0) {
        free(expected_path);
        return rc < 0 ? rc : err_report(ERR_INTERNAL, "cannot reopen the answer file");
    }
    checking *c = calloc(1, sizeof *c);
    if (!c) {
        close(in_fd);
        free(expected_path);
        return ERR_NOMEM;
    }
    *c = (checking){.w = w, .res = *res, .as = *as};
    memset(res, 0, sizeof *res); /* the checking owns the buffers now */
    /* the Kattis protocol: checker <input> <expected> <feedback_dir> < output */
    char *args[] = {s->prob->checker_path, NULL};
    tool_spec spec = {.argv = args,
                      .in_fd = in_fd,
                      .cpu_ms = tool_budget_ms(s->pl->time_ms),
                      .files = {t->in_path, expected_path, w->feedback_dir},
                      .nfiles = 3};
    w->timed_out = false;
    rc = tool_start(&spec, &w->checker);
    close(in_fd);
    free(expected_path);
    if (rc < 0) {
        *res = c->res; /* the caller finishes the test with them */
        free(c);
        return rc;
    }
    w->checker_handles = 2;
    uv_poll_init(&s->loop, &w->checker_poll, tool_fd(&w->checker));
    w->checker_poll.data = c;
    uv_poll_start(&w->checker_poll, UV_READABLE, on_checker_exit);
    uv_timer_init(&s->loop, &w->timer);
    w->timer.data = c;
    uv_timer_start(&w->timer, on_checker_timeout, (uint64_t)tool_ms_left(&w->checker), 0);
    return 0;
}

static void check_builtin(worker *w, run_result *res, const assessment *as, const test_case *t)
{
    session *s = w->s;
    run_stream answer = s->prob->kind == PROBLEM_PROGRAM ? RUN_STDOUT : RUN_ANSWER;
    buf from_file = BUF_INIT;
    const buf *expected = &from_file;
    char why[320];
    if (!t->ans_path) {
        if (!(expected = reference_answer(s, w->current.test, why, sizeof why))) {
            finish_test(w, VERDICT_IE, why, res, as, NULL);
            return;
        }
    } else if (fs_read_file(t->ans_path, ANSWER_FILE_MAX, ERR_PACKAGE, &from_file) < 0) {
        finish_test(w, VERDICT_IE, "the expected answer file cannot be read", res, as, NULL);
        return;
    }
    check_result chk;
    const buf *got = &res->stream[answer];
    check_compare(&s->prob->checker, expected->data, expected->len, got->data ? got->data : "",
                  got->len, &chk);
    buf_release(&from_file);
    verdict v = chk.outcome == CHECK_ACCEPT   ? VERDICT_AC
                : chk.outcome == CHECK_REJECT ? VERDICT_WA
                                              : VERDICT_IE;
    finish_test(w, v, chk.message, res, as, &chk);
}

/* The learner's run said the test input is broken: the harness's bad-input line,
 * which their code can write too. The package's validator decides; it runs here,
 * synchronously, as it is small and this happens only on such a claim. One that
 * cannot answer leaves the claim standing (IE). */
static void check_claim(session *s, const test_case *t, assessment *as)
{
    bool valid = false;
    char why[256];
    if (validate_input(s->prob, t->in_path, &valid, why, sizeof why) == 0 && valid)
        assess_refute_claim(as);
}

static void on_ran(run_result *res, void *data)
{
    worker *w = data;
    session *s = w->s;
    job jb = w->current;
    const test_case *t = &s->pl->tests[jb.test];
    bool program = s->prob->kind == PROBLEM_PROGRAM;
    run_stream answer = program ? RUN_STDOUT : RUN_ANSWER;
    assessment as;
    assess_report report_stream = {.text = res->stream[RUN_REPORT].data,
                                   .len = res->stream[RUN_REPORT].len,
                                   .overflow = res->total[RUN_REPORT] > REPORT_CAP};
    bool sanitized = s->pl->sanitize && jb.kind == JOB_RUN_MINE; /* its limits are wider */
    assess_limits lim = {.memory_mb = (sanitized ? SANITIZE_SLACK : 1) * s->pl->memory_mb,
                         .output_kb = s->pl->output_kb};
    assess_run(&res->rec, &lim, res->overflow[answer], program ? NULL : &report_stream, &as);
    if (as.bad_input && jb.kind == JOB_RUN_MINE)
        check_claim(s, t, &as);
    char report[512];
    if (s->pl->sanitize && jb.kind == JOB_RUN_MINE &&
        sanitizer_explain(res->stream[RUN_STDERR].data, res->stream[RUN_STDERR].len, s->source,
                          s->j->display, report, sizeof report)) {
        finish_test(w, VERDICT_RE, report, res, &as, NULL);
        return;
    }
    /* the reference's answers are the expected ones, but for a learner's own
       .ans, which the reference is checked against too (a suspect .ans) */
    bool ref_unchecked = jb.kind == JOB_RUN_REF && !(t->group == TEST_CUSTOM && t->ans_path);
    if (!as.needs_check || ref_unchecked || s->error == ERR_INTERRUPTED) {
        finish_test(w, as.needs_check ? VERDICT_AC : as.v, as.message, res, &as, NULL);
        return;
    }
    if (s->prob->checker.kind != CHECK_CUSTOM) {
        check_builtin(w, res, &as, t);
        return;
    }
    if (s->pl->defer_check) {
        finish_test(w, VERDICT_AC, NULL, res, &as, NULL);
        return;
    }
    if (start_checker(w, res, &as, t) < 0)
        finish_test(w, VERDICT_IE, "the problem's checker could not be started", res, &as, NULL);
}

static int start_run(session *s, worker *w, const job *jb)
{
    const test_case *t = &s->pl->tests[jb->test];
    const plan *p = s->pl;
    const char *argv[] = {jb->kind == JOB_RUN_MINE ? s->mine_bin : s->ref_bin, NULL};
    bool program = p->prob->kind == PROBLEM_PROGRAM;
    /* a sanitized build is slower and bigger: it is judged for memory errors,
       not for speed, so its limits are wider */
    bool sanitized = s->pl->sanitize && jb->kind == JOB_RUN_MINE;
    long cpu_ms = sanitized ? SANITIZE_SLACK * p->time_ms : p->time_ms;
    run_spec spec = {.box = w->box,
                     .argv = argv,
                     .profile = sanitized ? "sanitize" : "run",
                     /* not the worker's directory: it holds the answers and
                        the checker's files (the box gives the run its own) */
                     .input_path = t->in_path,
                     .cpu_ms = cpu_ms,
                     .wall_ms = 3 * cpu_ms + 500,
                     .mem_kb = (sanitized ? SANITIZE_SLACK : 1) * p->memory_mb * 1024,
                     .fsize_kb = p->output_kb,
                     .nstreams = program ? 2 : 4,
                     .warm = jb->kind == JOB_RUN_MINE && s->j->compile.warm};
    size_t output_cap = (size_t)p->output_kb * 1024;
    spec.cap[RUN_STDOUT] = program ? output_cap : SHOWN_CAP;
    spec.hard_cap[RUN_STDOUT] = program;
    spec.cap[RUN_STDERR] = SHOWN_CAP;
    spec.cap[RUN_ANSWER] = output_cap;
    spec.hard_cap[RUN_ANSWER] = true;
    spec.cap[RUN_REPORT] = REPORT_CAP;
    w->current = *jb;
    w->busy = true;
    int rc = run_start(&s->loop, &spec, on_ran, w);
    if (rc < 0)
        w->busy = false;
    return rc;
}

/* ---- interruption ----
 * Ctrl-C (stop.h) wakes the session's loop through stop_async; a stop that came
 * before the session started, or after its last run, still makes session_judge()
 * return ERR_INTERRUPTED. */

static int report_interrupted(void)
{
    return err_report(ERR_INTERRUPTED, "interrupted: stopping every run");
}

/* Stops listening (once) and lets the loop end. */
static void stop_signals(session *s)
{
    if (!s->catching)
        return;
    stop_unwatch(&s->stop_async);
    s->catching = false;
    uv_close((uv_handle_t *)&s->stop_async, NULL);
}

/* Ctrl-C (or a TERM/HUP): no new run starts, every box is told to stop (it kills
 * what it runs), custom checkers are killed; the loop then drains and
 * session_judge() returns ERR_INTERRUPTED. A second Ctrl-C kills the judge. */
static void interrupt(session *s)
{
    if (s->cfg->progress)
        progress_clear();
    progress_keep(); /* a line of another module's (stress's count) stays, ended */
    s->error = report_interrupted();
    s->limit = 0;
    stop_second_kills();
    for (int i = 0; s->workers && i < s->nworkers; i++) {
        worker *w = &s->workers[i];
        if (w->checker_handles > 0)
            tool_kill(&w->checker);
        if (w->box) {
            sandbox *box = w->box;
            w->box = NULL;
            sandbox_close(box);
        }
    }
}

static void on_stop_async(uv_async_t *handle)
{
    session *s = handle->data;
    if (stop_signal() && s->error != ERR_INTERRUPTED)
        interrupt(s);
}

/* From here until stop_signals(), Ctrl-C and the like stop the session. */
static int start_signals(session *s)
{
    int rc = uv_async_init(&s->loop, &s->stop_async, on_stop_async);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot catch Ctrl-C: uv_async_init: %s", uv_strerror(rc));
    s->stop_async.data = s;
    if ((rc = stop_watch(&s->stop_async)) < 0) {
        uv_close((uv_handle_t *)&s->stop_async, NULL);
        return rc;
    }
    s->catching = true;
    return 0;
}

/* ---- the dispatcher ---- */

static bool next_job(session *s, job *out)
{
    while (s->next_job < s->njobs) {
        job jb = s->jobs[s->next_job++];
        if (jb.kind == JOB_COMPILE_MINE || jb.kind == JOB_COMPILE_REF || jb.test < s->limit) {
            *out = jb;
            return true;
        }
    }
    return false;
}

static void dispatch(session *s)
{
    for (int i = 0; i < s->nworkers; i++) {
        worker *w = &s->workers[i];
        job jb;
        while (!w->busy && next_job(s, &jb)) {
            int rc = jb.kind == JOB_COMPILE_MINE || jb.kind == JOB_COMPILE_REF
                         ? start_compile(s, w, jb.kind)
                         : start_run(s, w, &jb);
            if (rc < 0) {
                fail(s, rc);
                break;
            }
        }
    }
    for (int i = 0; i < s->nworkers; i++)
        if (s->workers[i].busy)
            return;
    if (s->next_job < s->njobs && s->error == 0)
        return;
    /* nothing running and nothing left: let the loop end */
    for (int i = 0; i < s->nworkers; i++) {
        if (s->workers[i].box) {
            sandbox_close(s->workers[i].box);
            s->workers[i].box = NULL;
        }
    }
    stop_signals(s);
}

/* ---- set-up and summary ---- */

static int start_workers(session *s)
{
    int rc = fs_make_scratch("judge", &s->scratch);
    if (rc < 0)
        return rc;
    /* a root judge's compiler runs as its box's uid, in a worker's directory (in
       a $TMPDIR it cannot reach, it stays uid 0 with no capability: sandbox.c) */
    chmod(s->scratch, 0711);
    s->workers = calloc((size_t)s->nworkers, sizeof *s->workers);
    if (!s->workers)
        return ERR_NOMEM;
    for (int i = 0; i < s->nworkers; i++) {
        worker *w = &s->workers[i];
        char name[32];
        snprintf(name, sizeof name, "w%d", i);
        w->s = s;
        w->dir = fs_join(s->scratch, name);
        w->feedback_dir = w->dir ? fs_join(w->dir, "feedback") : NULL;
        if (!w->dir || !w->feedback_dir)
            return ERR_NOMEM;
        rc = fs_mkdir_p(w->dir);
        if (rc == 0)
            rc = sandbox_start(&s->loop, s->cfg->box, &w->box);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static void stop_workers(session *s)
{
    stop_signals(s);
    for (int i = 0; s->workers && i < s->nworkers; i++) {
        if (s->workers[i].box)
            sandbox_close(s->workers[i].box);
        s->workers[i].box = NULL;
    }
    uv_run(&s->loop, UV_RUN_DEFAULT);
    for (int i = 0; s->workers && i < s->nworkers; i++) {
        free(s->workers[i].dir);
        free(s->workers[i].feedback_dir);
    }
    free(s->workers);
    if (s->scratch) {
        fs_remove_tree(s->scratch);
        free(s->scratch);
    }
}

/* A custom test whose .ans the reference fails too is more likely wrong than
 * the learner: the test says so, and it does not count against them. */
static bool dispute(session *s, size_t i)
{
    const test_case *t = &s->pl->tests[i];
    test_outcome *mine = &s->j->mine[i], *ref = &s->j->ref[i];
    if (t->group != TEST_CUSTOM || !t->ans_path || !ref->ran || ref->v == VERDICT_AC)
        return false;
    if (mine->disputed) /* said already, as the test was told */
        return true;
    mine->disputed = true;
    size_t n = strlen(mine->message);
    snprintf(mine->message + n, sizeof mine->message - n,
             "%sthe reference disagrees with your .ans too (%s): check it", n ? "; " : "",
             verdict_code(ref->v));
    return true;
}

static void summarise(session *s)
{
    judgement *j = s->j;
    if (!j->compile.ok) {
        j->v = j->compile.internal ? VERDICT_IE : VERDICT_CE;
        snprintf(j->note, sizeof j->note, "%s", j->compile.reason ? j->compile.reason : "");
        return;
    }
    /* without --all the tests counted end at the first failure, whose verdict
       this is; with --all the worst of them wins (precedence, verdict.h) */
    j->v = VERDICT_AC;
    size_t failed = 0, disputed = 0;
    for (size_t i = 0; i < j->total; i++) {
        if (i >= s->limit || !j->mine[i].ran)
            continue;
        j->ran++;
        if (j->mine[i].v == VERDICT_AC) {
            j->passed++;
            continue;
        }
        failed++;
        disputed += dispute(s, i);
        if (j->first_failure < 0)
            j->first_failure = (long)i;
        j->v = verdict_worst(j->v, j->mine[i].v);
    }
    j->only_disputed = failed > 0 && failed == disputed;
    if (j->ran < j->total && j->first_failure < 0)
        j->v = VERDICT_IE; /* should not happen: every test must have run */
}

int session_judge(const session_config *cfg, const plan *pl, const char *source,
                  const char *display, judgement *out)
{
    assert(cfg && pl && pl->prob && source && out);
    assert(cfg->jobs >= 1 && (pl->ntests == 0 || pl->tests));
    memset(out, 0, sizeof *out);
    session s = {.cfg = cfg,
                 .pl = pl,
                 .prob = pl->prob,
                 .j = out,
                 .source = source,
                 .nworkers = cfg->jobs < 1 ? 1 : cfg->jobs,
                 .limit = pl->ntests,
                 .compiles_left = 2};
    out->plan = *pl;
    out->sanitized = pl->sanitize;
    out->first_failure = -1;
    out->total = pl->ntests;
    out->display = strdup(display);
    out->mine = calloc(pl->ntests, sizeof *out->mine);
    out->ref = calloc(pl->ntests, sizeof *out->ref);
    static job compile_jobs[] = {{JOB_COMPILE_MINE, 0}, {JOB_COMPILE_REF, 0}};
    s.jobs = compile_jobs;
    s.njobs = 2;
    if (!out->display || !out->mine || !out->ref)
        return ERR_NOMEM;
    int rc = uv_loop_init(&s.loop);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot start the event loop: %s", uv_strerror(rc));
    rc = start_signals(&s);
    if (rc == 0 && stop_signal()) /* stopped before it began: start nothing */
        rc = report_interrupted();
    /* a source refused once the boxes run would stop them as they start */
    if (rc == 0)
        rc = compile_check_source(source, display);
    if (rc == 0)
        rc = start_workers(&s);
    if (rc == 0) {
        dispatch(&s);
        uv_run(&s.loop, UV_RUN_DEFAULT);
        rc = s.error;
    }
    stop_workers(&s);
    if (rc == 0 && stop_signal() && s.error != ERR_INTERRUPTED) /* after the last run */
        rc = report_interrupted();
    uv_loop_close(&s.loop);
    if (cfg->progress && s.done_count)
        progress_clear();
    if (s.jobs_owned)
        free(s.jobs);
    free(s.ref_bin);
    if (rc == 0)
        summarise(&s);
    return rc;
}

static void outcome_release(test_outcome *o)
{
    buf_release(&o->answer);
    buf_release(&o->out);
    buf_release(&o->err);
}

void judgement_release(judgement *j)
{
    for (size_t i = 0; j->mine && i < j->total; i++) {
        outcome_release(&j->mine[i]);
        outcome_release(&j->ref[i]);
    }
    free(j->mine);
    free(j->ref);
    free(j->display);
    compile_result_release(&j->compile);
    memset(j, 0, sizeof *j);
}

long judgement_cpu_ms(const judgement *j)
{
    long cpu = 0;
    for (size_t i = 0; j->mine && i < j->plan.ntests; i++)
        if (j->mine[i].ran)
            cpu += j->mine[i].cpu_ms;
    return cpu;
}
