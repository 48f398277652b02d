/* `judge stress`: generated inputs judged in batches against the reference (or the
 * brute oracle), the first failure shrunk, shown and saved as a custom test; see
 * stress.h for the theory of operation. */
#include "stress.h"

#include "checker.h"
#include "err.h"
#include "fsutil.h"
#include "hash.h"
#include "progress.h"
#include "show.h"
#include "shrink.h"
#include "stop.h"
#include "tool.h"
#include "toolbatch.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum {
    BATCH_FIRST = 8,      /* inputs in the first batch; it doubles up to BATCH_MAX */
    BATCH_MAX = 256,      /* big enough to amortise a session's start (its boxes) */
    SHRINK_SEEDS = 8,     /* seeds tried at each smaller size */
    QUEUE_MAX = 16,       /* shrink candidates validated together */
    INPUT_MAX = 16 << 20, /* a generated input larger than this is a package error */
    NAME_TRIES = 1000,    /* stress-<seed>-2.in ... before giving up */
    STEPS_BACK = 4,       /* earlier inputs tried when the last one does not fail again */
};

/* One generated input: `gen seed size [mode]`. */
typedef struct {
    unsigned long long seed;
    long size;
    const char *mode;
} gen_spec;

/* A set of inputs judged in one session: a plan whose tests are them, with the
 * answers the oracle's batch form gave, or without (the session runs the oracle
 * in the box for them). */
typedef struct {
    plan pl;
    test_case *tests; /* an .ans is st->oracle_batch's, in scratch, removed with it */
    buf *texts;       /* shrink candidates: the text of each test */
    uint64_t *keys;   /* and its memo key */
    gen_spec *specs;
    size_t n, cap;
    judgement j;
    bool judged;
    bool oracle_boxed; /* the oracle runs in the box, its answers kept (judge_alone) */
} batch;

/* Texts already known not to fail the same way (or to be invalid): open addressing
 * over 64-bit keys, 0 meaning empty. */
typedef struct {
    uint64_t *keys;
    size_t cap, n;
} memo;

typedef struct {
    session_config cfg;
    plan base; /* every batch's plan, but for its tests */
    const problem *p;
    const char *source, *display;
    char shown[PATH_MAX]; /* display escaped, for the report's lines */
    const stress_options *o;
    stress_result *r;
    char *gen, *brute, *scratch, *modes_text;
    char *gen_batch, *validator_batch; /* their batch forms (toolbatch.h), NULL if not built */
    char *oracle_batch;  /* the package oracle's batch form, NULL: it runs in the box */
    char *checker_batch; /* the custom checker's, NULL: the session runs it per test */
    const char **modes;
    size_t nmodes;
    long max_size, largest;
    bool progress; /* a live counter on stderr */
    bool oracle_noted, package_noted, validator_noted;
    unsigned long files;
    /* shrinking */
    verdict want;
    double deadline;
    bool out_of_time;
    memo seen;
    buf current;  /* the smallest failing input so far */
    buf *history; /* every input adopted, the generated one first */
    size_t nhistory;
} stress;

/* Remembers the current input, so that report_failure() can step back to an
 * earlier one if the last does not fail again (a time close to the limit). */
static int history_push(stress *st)
{
    buf *grown = realloc(st->history, (st->nhistory + 1) * sizeof *grown);
    if (!grown)
        return ERR_NOMEM;
    st->history = grown;
    st->history[st->nhistory] = (buf)BUF_INIT;
    return buf_append(&st->history[st->nhistory++], st->current.data, st->current.len);
}

/* What one judged input says. */
typedef enum { OUT_PASS, OUT_FAIL, OUT_ORACLE_SLOW, OUT_PACKAGE } outcome;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t mix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* Seeds handed to the generator stay short enough to read and type. */
static unsigned long long short_seed(uint64_t x) { return mix64(x) % 1000000000ULL; }

static long isqrt(long n)
{
    long r = 0;
    while ((r + 1) * (r + 1) <= n)
        r++;
    return r;
}

/* Removes stress's live line (progress.h) before something else is printed. */
static void progress_end(const stress *st)
{
    if (st->progress)
        progress_clear();
}

/* ---- interruption ---- */

/* Ctrl-C during a batch stops the batch's session; between batches, while the
 * generator and the validator run, it is noted (stop.h) and the run stops at the
 * next step, its scratch directory removed. */
static int check_stopped(void)
{
    if (!stop_signal())
        return 0;
    progress_keep(); /* the count so far stays, ended, above the message */
    return err_report(ERR_INTERRUPTED, "interrupted: stopping the stress run");
}

/* ---- tools: the generator and the validator, several at a time ---- */

/* One call of a package tool (tool.h): argv with stdin from in_path and stdout
 * into out_path (/dev/null when NULL). */
typedef struct {
    char *argv[5];
    const char *in_path, *out_path;
    tool t;
    tool_result r;
} tool_call;

/* Runs every call, at most `parallel` at once (a tool costs a fork and an exec,
 * about as much as judging the input), waiting for them in start order. */
static int tools_run_each(tool_call *calls, size_t n, int parallel, long cpu_ms)
{
    size_t started = 0, done = 0;
    int rc = 0;
    while (done < started || (rc == 0 && started < n)) {
        while (rc == 0 && started < n && started - done < (size_t)parallel) {
            tool_call *c = &calls[started];
            tool_spec spec = {.argv = c->argv,
                              .in_fd = -1,
                              .in_path = c->in_path,
                              .out_path = c->out_path,
                              .cpu_ms = cpu_ms};
            if ((rc = tool_start(&spec, &c->t)) < 0)
                break;
            started++;
        }
        if (done < started) {
            int w = tool_wait(&calls[done].t, &calls[done].r);
            rc = rc < 0 ? rc : w;
            done++;
        }
    }
    return rc;
}

/* The same calls of one tool through its batch form: `parallel` processes in
 * all instead of one per call. */
static int tools_run_batch(const stress *st, const char *batch_path, tool_call *calls, size_t n,
                           int parallel, long cpu_ms)
{
    toolbatch_job *jobs = calloc(n ? n : 1, sizeof *jobs);
    tool_result *results = calloc(n ? n : 1, sizeof *results);
    int rc = jobs && results ? 0 : ERR_NOMEM;
    for (size_t k = 0; rc == 0 && k < n; k++)
        jobs[k] = (toolbatch_job){
            .args = calls[k].argv + 1, .in_path = calls[k].in_path, .out_path = calls[k].out_path};
    if (rc == 0)
        rc = toolbatch_run(batch_path, st->scratch, jobs, n, parallel, cpu_ms, INPUT_MAX, results);
    for (size_t k = 0; rc == 0 && k < n; k++)
        calls[k].r = results[k];
    free(jobs);
    free(results);
    return rc;
}

/* Runs the calls of one tool, through its batch form when batch_path is not
 * NULL; a stop signal that came meanwhile is reported. */
static int tools_run(const stress *st, const char *batch_path, tool_call *calls, size_t n,
                     int parallel, long cpu_ms)
{
    int rc = batch_path && n > 1 ? tools_run_batch(st, batch_path, calls, n, parallel, cpu_ms)
                                 : tools_run_each(calls, n, parallel, cpu_ms);
    return rc == 0 ? check_stopped() : rc;
}

/* How a call that did not answer as asked ended ("exit status 3: its message"). */
static const char *call_failure(const tool_call *c, char *text, size_t size)
{
    char how[96];
    snprintf(text, size, "%s%s%s", tool_failure(&c->r, how, sizeof how), c->r.why[0] ? ": " : "",
             c->r.why);
    return text;
}

static int parallel_tools(const stress *st) { return st->cfg.jobs > 1 ? st->cfg.jobs : 1; }

/* The processes a package tool's calls are spread over: twice the cores, as
 * each waits on the fork of every job it runs and another fills the gap
 * (measured: +5% inputs a second on 2 cores). */
static int tool_parts(const stress *st) { return 2 * parallel_tools(st); }

/* --mode M: only M, which must be one of the modes the generator lists. */
static int pick_mode(stress *st)
{
    const char *want = st->o->mode;
    if (!want)
        return 0;
    for (size_t i = 0; i < st->nmodes; i++)
        if (strcmp(st->modes[i], want) == 0) {
            st->modes[0] = st->modes[i];
            st->nmodes = 1;
            return 0;
        }
    char listed[512] = "";
    for (size_t i = 0, n = 0; i < st->nmodes && n < sizeof listed; i++)
        n += (size_t)snprintf(listed + n, sizeof listed - n, "%s%s", i ? ", " : "", st->modes[i]);
    return err_report(ERR_USAGE, "'%s' has no generator mode '%s'%s%s", st->p->slug, want,
                      st->nmodes ? ": its modes are " : "", listed);
}

/* The modes `gen --modes` lists (only --mode's when given); none when it lists
 * none or does not know it. */
static int load_modes(stress *st)
{
    char flag[] = "--modes";
    char *out = fs_join(st->scratch, "modes.txt");
    tool_call call = {.argv = {st->gen, flag, NULL}, .out_path = out};
    int rc = out ? tools_run(st, NULL, &call, 1, 1, tool_budget_ms(st->p->time_ms)) : ERR_NOMEM;
    buf text = BUF_INIT;
    if (rc == 0 && call.r.code == 0)
        rc = fs_read_file(out, 1 << 16, ERR_PACKAGE, &text);
    free(out);
    size_t count = 0;
    char *save = NULL;
    for (char *w = text.data ? strtok_r(text.data, " \t\n", &save) : NULL; rc == 0 && w;
         w = strtok_r(NULL, " \t\n", &save)) {
        const char **grown = realloc(st->modes, (count + 1) * sizeof *grown);
        if (!grown) {
            rc = ERR_NOMEM;
            break;
        }
        st->modes = grown;
        st->modes[count++] = w;
    }
    st->nmodes = count;
    st->modes_text = buf_detach(&text);
    return rc == 0 ? pick_mode(st) : rc;
}

static char *scratch_path(stress *st)
{
    char name[32];
    snprintf(name, sizeof name, "%lu.in", st->files++);
    return fs_join(st->scratch, name);
}

static void spec_args(const gen_spec *g, char *text, size_t size)
{
    snprintf(text, size, "%llu %ld%s%s", g->seed, g->size, g->mode ? " " : "",
             g->mode ? g->mode : "");
}

/* Runs the validator on paths[0..n): valid[k] says whether it accepts paths[k]. A
 * validator that answers neither 42 nor 43 is a package error, unless lenient (a
 * shrink candidate it chokes on is then only dropped, and noted once). */
static int validate_all(stress *st, char *const *paths, size_t n, bool *valid, bool lenient,
                        char (*why)[256])
{
    tool_call *calls = calloc(n ? n : 1, sizeof *calls);
    if (!calls)
        return ERR_NOMEM;
    for (size_t k = 0; k < n; k++)
        calls[k] = (tool_call){.argv = {st->p->validator_path, NULL}, .in_path = paths[k]};
    int rc = tools_run(st, st->validator_batch, calls, n, tool_parts(st),
                       tool_budget_ms(st->p->time_ms));
    for (size_t k = 0; rc == 0 && k < n; k++) {
        tool_verdict v = tool_kattis(&calls[k].r);
        valid[k] = v == TOOL_ACCEPT;
        if (why)
            snprintf(why[k], sizeof why[k], "%s",
                     calls[k].r.why[0] ? calls[k].r.why : "no message");
        if (v != TOOL_FAULT)
            continue;
        char how[128];
        if (!lenient)
            rc = err_report(ERR_PACKAGE, "the validator of '%s' failed on '%s': %s", st->p->slug,
                            paths[k], call_failure(&calls[k], how, sizeof how));
        else if (!st->validator_noted)
            err_note("the validator of '%s' fails (%s) on a shrunk input: a package fault; "
                     "skipping such inputs",
                     st->p->slug, tool_failure(&calls[k].r, how, sizeof how));
        st->validator_noted = true;
    }
    free(calls);
    return rc;
}

/* Runs the generator for specs[0..n) into new scratch files (paths[k], caller frees
 * each) and has the validator check them: a generator that fails or makes an
 * invalid input is the package's fault. */
static int generate_all(stress *st, const gen_spec *specs, size_t n, char **paths)
{
    tool_call *runs = calloc(n ? n : 1, sizeof *runs);
    char(*words)[3][32] = calloc(n ? n : 1, sizeof *words);
    char(*why)[256] = calloc(n ? n : 1, sizeof *why);
    bool *valid = calloc(n ? n : 1, sizeof *valid);
    int rc = runs && words && why && valid ? 0 : ERR_NOMEM;
    for (size_t k = 0; rc == 0 && k < n; k++) {
        const gen_spec *g = &specs[k];
        snprintf(words[k][0], sizeof words[k][0], "%llu", g->seed);
        snprintf(words[k][1], sizeof words[k][1], "%ld", g->size);
        snprintf(words[k][2], sizeof words[k][2], "%s", g->mode ? g->mode : "");
        paths[k] = scratch_path(st);
        runs[k] = (tool_call){
            .argv = {st->gen, words[k][0], words[k][1], g->mode ? words[k][2] : NULL, NULL},
            .out_path = paths[k]};
        if (!paths[k])
            rc = ERR_NOMEM;
    }
    if (rc == 0)
        rc = tools_run(st, st->gen_batch, runs, n, tool_parts(st), tool_budget_ms(st->p->time_ms));
    for (size_t k = 0; rc == 0 && k < n; k++) {
        char args[160];
        struct stat sb;
        spec_args(&specs[k], args, sizeof args);
        char how[320];
        if (runs[k].r.code != 0)
            rc = err_report(ERR_PACKAGE, "the generator of '%s' failed on `gen %s`: %s",
                            st->p->slug, args, call_failure(&runs[k], how, sizeof how));
        else if (stat(paths[k], &sb) == 0 && sb.st_size > INPUT_MAX)
            rc = err_report(ERR_PACKAGE,
                            "the generator of '%s' wrote more than %d bytes on `gen %s`",
                            st->p->slug, INPUT_MAX, args);
    }
    if (rc == 0)
        rc = validate_all(st, paths, n, valid, false, why);
    for (size_t k = 0; rc == 0 && k < n; k++) {
        char args[160];
        spec_args(&specs[k], args, sizeof args);
        if (!valid[k])
            rc = err_report(ERR_PACKAGE,
                            "the generator of '%s' made an input its validator rejects "
                            "(`gen %s`): %s",
                            st->p->slug, args, why[k]);
    }
    free(runs);
    free(words);
    free(why);
    free(valid);
    return rc;
}

/* ---- the memo of texts that do not fail the same way ---- */

static uint64_t text_key(const char *text, size_t len)
{
    hash_state h;
    hash_init(&h);
    hash_update(&h, text, len);
    uint64_t key = h.a ^ (h.b << 1 | h.b >> 63);
    return key ? key : 1;
}

static bool memo_has(const memo *m, uint64_t key)
{
    for (size_t i = m->cap ? key % m->cap : 0; m->cap && m->keys[i]; i = (i + 1) % m->cap)
        if (m->keys[i] == key)
            return true;
    return false;
}

/* Out of memory only forgets: the memo saves work, it decides nothing. */
static void memo_add(memo *m, uint64_t key)
{
    if (memo_has(m, key))
        return;
    if (2 * (m->n + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 1024;
        uint64_t *keys = calloc(cap, sizeof *keys);
        if (!keys)
            return;
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t at = m->keys[i] % cap;
            while (keys[at])
                at = (at + 1) % cap;
            keys[at] = m->keys[i];
        }
        free(m->keys);
        m->keys = keys;
        m->cap = cap;
    }
    size_t at = key % m->cap;
    while (m->keys[at])
        at = (at + 1) % m->cap;
    m->keys[at] = key;
    m->n++;
}

/* ---- batches ---- */

static void batch_release(batch *b)
{
    if (b->judged)
        judgement_release(&b->j);
    for (size_t i = 0; i < b->n; i++) {
        free(b->tests[i].name);
        if (b->tests[i].in_path)
            unlink(b->tests[i].in_path);
        free(b->tests[i].in_path);
        if (b->tests[i].ans_path)
            unlink(b->tests[i].ans_path);
        free(b->tests[i].ans_path);
        buf_release(&b->texts[i]);
    }
    free(b->tests);
    free(b->texts);
    free(b->keys);
    free(b->specs);
    memset(b, 0, sizeof *b);
}

/* Adds the input at path (the batch owns it and removes the file); text, when
 * given, is moved into the batch. */
static int batch_add(batch *b, char *path, const gen_spec *g, buf *text, uint64_t key)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : BATCH_FIRST;
        test_case *tests = realloc(b->tests, cap * sizeof *tests);
        if (tests)
            b->tests = tests;
        buf *texts = realloc(b->texts, cap * sizeof *texts);
        if (texts)
            b->texts = texts;
        uint64_t *keys = realloc(b->keys, cap * sizeof *keys);
        if (keys)
            b->keys = keys;
        gen_spec *specs = realloc(b->specs, cap * sizeof *specs);
        if (specs)
            b->specs = specs;
        if (!tests || !texts || !keys || !specs) {
            unlink(path);
            free(path);
            return ERR_NOMEM;
        }
        b->cap = cap;
    }
    char name[32];
    snprintf(name, sizeof name, "input-%03zu", b->n + 1);
    test_case *t = &b->tests[b->n];
    *t = (test_case){.name = strdup(name), .in_path = path, .group = TEST_SECRET};
    b->texts[b->n] = text ? *text : (buf)BUF_INIT;
    if (text)
        *text = (buf)BUF_INIT;
    b->keys[b->n] = key;
    b->specs[b->n] = g ? *g : (gen_spec){0};
    b->n++;
    return t->name ? 0 : ERR_NOMEM;
}

/* Moves generated files into b, with their texts when with_text. Every path is
 * consumed (a file not taken is removed); returns rc, or the first new error. */
static int batch_take(batch *b, const gen_spec *specs, char **paths, size_t n, bool with_text,
                      int rc)
{
    for (size_t k = 0; k < n; k++) {
        buf text = BUF_INIT;
        if (rc == 0 && paths[k] && with_text) {
            rc = fs_read_file(paths[k], INPUT_MAX, ERR_INTERNAL, &text);
            if (rc == 0 && !text.data)
                rc = buf_append(&text, "", 0);
        }
        if (rc == 0 && paths[k]) {
            uint64_t key = with_text ? text_key(text.data, text.len) : 0;
            rc = batch_add(b, paths[k], &specs[k], with_text ? &text : NULL, key);
        } else if (paths[k]) {
            unlink(paths[k]);
            free(paths[k]);
        }
        paths[k] = NULL;
        buf_release(&text);
    }
    return rc;
}

/* Whether the oracle's batch form answered test k as its run in the box would
 * have passed: it exited 0 within its budgets and its output limit. */
static bool oracle_answered(const stress *st, const tool_result *r, const char *ans_path)
{
    struct stat sb;
    return r->code == 0 && r->signal == 0 && stat(ans_path, &sb) == 0 &&
           sb.st_size <= (off_t)st->base.output_kb * 1024;
}

/* The expected answers of b's inputs from the oracle's batch form, outside the
 * box: the oracle is the package's code, as trusted as its generator, and stress
 * needs only its answers, not its times. An input it did not answer is left
 * without one, so that the session runs the oracle in the box there and its
 * verdict (TLE, RE) is the box's. */
static int oracle_answer(stress *st, batch *b)
{
    toolbatch_job *jobs = calloc(b->n, sizeof *jobs);
    tool_result *results = calloc(b->n, sizeof *results);
    static char *const no_args[] = {NULL};
    int rc = jobs && results ? 0 : ERR_NOMEM;
    for (size_t k = 0; rc == 0 && k < b->n; k++) {
        assert(!b->tests[k].ans_path);
        char *ans = fs_suffixed(b->tests[k].in_path, ".ans");
        if (!ans) {
            rc = ERR_NOMEM;
            break;
        }
        b->tests[k].ans_path = ans; /* the batch removes it */
        jobs[k] = (toolbatch_job){.args = no_args, .in_path = b->tests[k].in_path, .out_path = ans};
    }
    if (rc == 0)
        rc = toolbatch_run(st->oracle_batch, st->scratch, jobs, b->n, tool_parts(st),
                           st->base.time_ms, (size_t)st->base.output_kb * 1024, results);
    for (size_t k = 0; rc == 0 && k < b->n; k++) {
        if (oracle_answered(st, &results[k], b->tests[k].ans_path))
            continue;
        unlink(b->tests[k].ans_path);
        free(b->tests[k].ans_path);
        b->tests[k].ans_path = NULL;
    }
    free(jobs);
    free(results);
    return rc == 0 ? check_stopped() : rc;
}

/* The expected answer of test k for the checker: its .ans, or the answer of the
 * oracle's run in the box, written beside the input (and removed with it). */
static int expected_path(batch *b, size_t k, const char **path)
{
    test_case *t = &b->tests[k];
    const test_outcome *ref = &b->j.ref[k];
    *path = t->ans_path;
    if (t->ans_path || !ref->ran || ref->v != VERDICT_AC)
        return 0; /* no answer: the test is the oracle's failure, which classify() tells */
    if (!(t->ans_path = fs_suffixed(t->in_path, ".ans")))
        return ERR_NOMEM;
    int rc = fs_write_file(t->ans_path, ref->answer.data, ref->answer.len, O_TRUNC, 0644);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot write '%s': %s", t->ans_path, strerror(-rc));
    *path = t->ans_path;
    return 0;
}

/* What the checker said of test k's answer: a rejection is WA, a checker that
 * fails is the package's fault (IE), as the session says them. */
static void take_check(batch *b, size_t k, const tool_result *r)
{
    test_outcome *mine = &b->j.mine[k];
    check_result chk;
    check_custom_result(r->code, r->signal, r->out_of_cpu || r->out_of_wall, NULL, &chk);
    if (chk.outcome == CHECK_ACCEPT)
        return;
    mine->v = chk.outcome == CHECK_REJECT ? VERDICT_WA : VERDICT_IE;
    mine->from_checker = mine->v == VERDICT_WA;
    if (mine->v == VERDICT_IE)
        snprintf(mine->message, sizeof mine->message,
                 "the problem's checker failed, not your program: %s", chk.message);
    else
        snprintf(mine->message, sizeof mine->message, "%s", chk.message);
}

/* Checks through the custom checker's batch form the runs the session left
 * unchecked (plan.defer_check): every learner's run that ended well. */
static int check_answers(stress *st, batch *b)
{
    toolbatch_job *jobs = calloc(b->n, sizeof *jobs);
    tool_result *results = calloc(b->n, sizeof *results);
    size_t *which = calloc(b->n, sizeof *which), n = 0;
    static char *const no_args[] = {NULL};
    int rc = jobs && results && which ? 0 : ERR_NOMEM;
    for (size_t k = 0; rc == 0 && k < b->n; k++) {
        const test_outcome *mine = &b->j.mine[k];
        const char *expected = NULL;
        if (!mine->ran || mine->v != VERDICT_AC || (rc = expected_path(b, k, &expected)) < 0 ||
            !expected)
            continue;
        /* the answer, its stdin, straight from the outcome */
        jobs[n] = (toolbatch_job){.args = no_args,
                                  .in_data = mine->answer.data ? mine->answer.data : "",
                                  .in_len = mine->answer.len,
                                  .files = {b->tests[k].in_path, expected},
                                  .nfiles = 2,
                                  .feedback = true};
        which[n++] = k;
    }
    if (rc == 0 && n > 0)
        rc = toolbatch_run(st->checker_batch, st->scratch, jobs, n, tool_parts(st),
                           tool_budget_ms(st->base.time_ms), 1 << 12, results);
    for (size_t i = 0; rc == 0 && i < n; i++)
        take_check(b, which[i], &results[i]);
    free(jobs);
    free(results);
    free(which);
    return rc == 0 ? check_stopped() : rc;
}

static int batch_judge(stress *st, batch *b)
{
    bool from_batch = st->oracle_batch && !b->oracle_boxed;
    bool check_later = st->checker_batch && !b->oracle_boxed;
    int rc = from_batch ? oracle_answer(st, b) : 0;
    if (rc < 0)
        return rc;
    b->pl = st->base;
    b->pl.tests = b->tests;
    b->pl.ntests = b->n;
    b->pl.defer_check = check_later;
    rc = session_judge(&st->cfg, &b->pl, st->source, st->display, &b->j);
    b->judged = true;
    /* an answer of the batch form is the oracle passing there */
    for (size_t k = 0; rc == 0 && from_batch && k < b->n; k++)
        if (b->tests[k].ans_path) {
            b->j.ref[k].ran = true;
            b->j.ref[k].v = VERDICT_AC;
        }
    if (rc == 0 && check_later && b->j.compile.ok)
        rc = check_answers(st, b);
    return rc == 0 ? check_stopped() : rc;
}

const char *stress_oracle_name(bool brute)
{
    return brute ? "brute-force oracle" : "reference solution";
}

static const char *oracle_name(const stress *st) { return stress_oracle_name(st->o->brute); }

/* A judged input: the learner's failure, a pass, or a fault of the package (the
 * reference or the checker failing on a valid input; with --brute, an oracle out
 * of time is only too slow for that size). */
static outcome classify(const stress *st, const judgement *j, size_t i)
{
    const test_outcome *mine = &j->mine[i], *ref = &j->ref[i];
    if (!ref->ran || ref->v != VERDICT_AC)
        return st->o->brute && ref->ran && ref->v == VERDICT_TLE ? OUT_ORACLE_SLOW : OUT_PACKAGE;
    if (!mine->ran || mine->v == VERDICT_AC)
        return OUT_PASS;
    return mine->v == VERDICT_IE ? OUT_PACKAGE : OUT_FAIL;
}

static const char *package_why(const judgement *j, size_t i)
{
    const test_outcome *ref = &j->ref[i];
    static char why[700];
    if (!ref->ran)
        snprintf(why, sizeof why, "it did not run");
    else if (ref->v != VERDICT_AC)
        snprintf(why, sizeof why, "it got %s (%s)%s%.500s", verdict_code(ref->v),
                 verdict_text(ref->v), ref->message[0] ? ": " : "", ref->message);
    else
        snprintf(why, sizeof why, "%.600s", j->mine[i].message);
    return why;
}

/* The learner's file did not compile, or the oracle did not: nothing to stress. */
static int check_compiled(stress *st, batch *b)
{
    if (!b->j.compile.ok) {
        /* the judgement moves to the result, which the report shows */
        if (!(st->r->not_built = malloc(sizeof *st->r->not_built)))
            return ERR_NOMEM;
        *st->r->not_built = b->j;
        st->r->not_built->plan.tests = NULL; /* the batch's, gone with it; a CE shows none */
        memset(&b->j, 0, sizeof b->j);
        b->judged = false;
        st->r->v = st->r->not_built->v;
        return 0;
    }
    if (!b->j.reference_ok)
        return err_report(ERR_PACKAGE, "the %s of '%s' does not compile: nothing to compare with",
                          oracle_name(st), st->p->slug);
    return 0;
}

/* ---- the search ---- */

static gen_spec spec_of(const stress *st, long i)
{
    long size = 1 + isqrt(i / 2);
    return (gen_spec){
        .seed = short_seed(st->r->seed * 0x100000001b3ULL ^ mix64((uint64_t)i + 1)),
        .size = size < st->max_size ? size : st->max_size,
        .mode = st->nmodes ? st->modes[(size_t)i % st->nmodes] : NULL,
    };
}

static void oracle_too_slow(stress *st, const gen_spec *g)
{
    if (g->size - 1 < st->max_size)
        st->max_size = g->size - 1;
    if (!st->oracle_noted) {
        progress_end(st);
        fprintf(stderr,
                "judge: the brute-force oracle runs out of time at size %ld: staying below "
                "it\n",
                g->size);
        st->oracle_noted = true;
    }
}

static bool budget_left(const stress *st, long tried, double start)
{
    const stress_options *o = st->o;
    long time_ms = o->time_ms || o->iterations ? o->time_ms : STRESS_DEFAULT_TIME_MS;
    if (o->iterations && tried >= o->iterations)
        return false;
    return !time_ms || (now_s() - start) * 1000.0 < (double)time_ms;
}

/* Judges inputs 0, 1, ... until one fails or the budget is spent. Returns 0 with
 * *failing filled and st->r->found set, 0 with st->r->not_built set when the file
 * did not compile, 0 with neither when nothing failed, or an error. */
static int search(stress *st, gen_spec *failing)
{
    double start = now_s();
    long next = 0;
    size_t size = BATCH_FIRST;
    int rc = 0;
    while (rc == 0 && !st->r->found && !st->r->not_built && budget_left(st, next, start)) {
        if (st->max_size < 1)
            return err_report(ERR_PACKAGE,
                              "the brute-force oracle of '%s' runs out of time "
                              "even at size 1",
                              st->p->slug);
        batch b = {0};
        size_t n = size;
        if (st->o->iterations && (long)n > st->o->iterations - next)
            n = (size_t)(st->o->iterations - next);
        gen_spec *specs = calloc(n, sizeof *specs);
        char **paths = calloc(n, sizeof *paths);
        rc = specs && paths ? 0 : ERR_NOMEM;
        for (size_t k = 0; rc == 0 && k < n; k++)
            specs[k] = spec_of(st, next + (long)k);
        if (rc == 0)
            rc = generate_all(st, specs, n, paths);
        if (paths)
            rc = batch_take(&b, specs, paths, n, false, rc);
        free(specs);
        free(paths);
        if (rc == 0)
            rc = batch_judge(st, &b);
        if (rc == 0)
            rc = check_compiled(st, &b);
        size_t k = 0;
        for (; rc == 0 && !st->r->not_built && k < b.n && b.j.mine[k].ran; k++) {
            const gen_spec *g = &b.specs[k];
            outcome what = classify(st, &b.j, k);
            if (g->size > st->largest)
                st->largest = g->size;
            if (what == OUT_ORACLE_SLOW) {
                oracle_too_slow(st, g);
            } else if (what == OUT_PACKAGE) {
                char args[160];
                spec_args(g, args, sizeof args);
                progress_end(st);
                rc = err_report(ERR_PACKAGE,
                                "the problem package is at fault, not your solution: on the "
                                "valid input `%s/gen %s`, the %s failed: %s",
                                st->p->build_dir, args, oracle_name(st), package_why(&b.j, k));
            } else if (what == OUT_FAIL) {
                st->r->found = true;
                st->want = b.j.mine[k].v;
                *failing = *g;
                k++;
                break;
            }
        }
        next += (long)k; /* inputs after a failure that did not run come again */
        batch_release(&b);
        st->r->tried = next;
        st->r->seconds = now_s() - start;
        if (st->progress && rc == 0 && !st->r->not_built) {
            progress_show("stress %s: %ld inputs, size %ld, %.0f/s", st->p->slug, next, st->largest,
                          st->r->seconds > 0 ? (double)next / st->r->seconds : 0.0);
        }
        if (size < BATCH_MAX)
            size *= 2;
    }
    return rc;
}

/* ---- shrinking ---- */

typedef struct {
    stress *st;
    batch queue;   /* candidates written, not validated yet */
    batch pending; /* valid candidates, not judged yet */
    size_t batch_size;
    bool adopted; /* a candidate failed the same way and became the input */
    bool stop;
} shrinker;

static void note_package_fault(stress *st, const judgement *j, size_t i)
{
    if (st->package_noted)
        return;
    st->package_noted = true;
    progress_end(st);
    err_note("the %s of '%s' fails on a valid shrunk input (%s): a package fault; skipping "
             "such inputs",
             oracle_name(st), st->p->slug, package_why(j, i));
}

/* Judges the pending candidates; the first that fails the same way becomes the
 * input (sh->adopted), the others are remembered as not failing. */
static int shrink_judge(shrinker *sh)
{
    stress *st = sh->st;
    batch *b = &sh->pending;
    int rc = b->n ? batch_judge(st, b) : 0;
    if (rc == 0 && b->n && !b->j.compile.ok)
        rc = err_report(ERR_INPUT, "'%s' no longer compiles: stopped shrinking", st->display);
    else if (rc == 0 && b->n && !b->j.mine[0].ran)
        rc = err_report(ERR_INTERNAL, "a shrink candidate of '%s' was not judged", st->p->slug);
    size_t k = 0;
    for (; rc == 0 && k < b->n && b->j.mine[k].ran; k++) {
        outcome what = classify(st, &b->j, k);
        if (what == OUT_FAIL && b->j.mine[k].v == st->want) {
            buf_release(&st->current);
            st->current = b->texts[k];
            b->texts[k] = (buf)BUF_INIT;
            st->r->shrink_steps++;
            sh->adopted = sh->stop = true;
            rc = history_push(st);
            break;
        }
        if (what == OUT_PACKAGE)
            note_package_fault(st, &b->j, k);
        memo_add(&st->seen, b->keys[k]);
    }
    /* the session stops at a failure of another kind: what did not run comes again,
       first in the next batch, so the order of the candidates holds */
    batch rest = {0};
    for (; rc == 0 && !sh->adopted && k < b->n; k++) {
        rc = batch_add(&rest, b->tests[k].in_path, NULL, &b->texts[k], b->keys[k]);
        b->tests[k].in_path = NULL;
    }
    batch_release(b);
    *b = rest;
    /* a slow verdict costs the time limit per candidate: small batches then */
    if (st->want == VERDICT_TLE)
        sh->batch_size = (size_t)parallel_tools(st);
    else if (sh->batch_size < BATCH_MAX)
        sh->batch_size *= 2;
    if (rc == 0 && st->progress) {
        progress_show("shrinking: %zu bytes after %d steps", st->current.len, st->r->shrink_steps);
    }
    return rc;
}

static shrinker shrinker_new(stress *st)
{
    bool slow = st->want == VERDICT_TLE;
    return (shrinker){.st = st, .batch_size = slow ? (size_t)parallel_tools(st) : BATCH_FIRST};
}

static bool out_of_time(shrinker *sh)
{
    if (now_s() < sh->st->deadline)
        return false;
    sh->st->out_of_time = sh->stop = true;
    return true;
}

/* Validates the queued candidates (in parallel) and moves the valid ones, in order,
 * to the pending batch, judged whenever it is full. */
static int flush_queue(shrinker *sh)
{
    stress *st = sh->st;
    batch *q = &sh->queue;
    char **paths = calloc(q->n ? q->n : 1, sizeof *paths);
    bool *valid = calloc(q->n ? q->n : 1, sizeof *valid);
    int rc = paths && valid ? 0 : ERR_NOMEM;
    for (size_t k = 0; rc == 0 && k < q->n; k++)
        paths[k] = q->tests[k].in_path;
    if (rc == 0)
        rc = validate_all(st, paths, q->n, valid, true, NULL);
    for (size_t k = 0; rc == 0 && k < q->n && !sh->stop; k++) {
        if (!valid[k]) {
            memo_add(&st->seen, q->keys[k]);
            continue;
        }
        rc = batch_add(&sh->pending, q->tests[k].in_path, NULL, &q->texts[k], q->keys[k]);
        q->tests[k].in_path = NULL;
        if (rc == 0 && sh->pending.n >= sh->batch_size)
            rc = shrink_judge(sh);
    }
    free(paths);
    free(valid);
    batch_release(q);
    return rc;
}

/* Offers one candidate text: skipped when known or out of time, else written and
 * queued for validation. Returns 0 (go on), or an error. */
static int offer(shrinker *sh, buf *text)
{
    stress *st = sh->st;
    if (sh->stop || (text->len == st->current.len &&
                     memcmp(text->data ? text->data : "", st->current.data, text->len) == 0))
        return 0;
    uint64_t key = text_key(text->data ? text->data : "", text->len);
    if (memo_has(&st->seen, key) || out_of_time(sh))
        return 0;
    char *path = scratch_path(st);
    if (!path)
        return ERR_NOMEM;
    int wrc = fs_write_file(path, text->data, text->len, O_TRUNC, 0644);
    if (wrc < 0) {
        int rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(-wrc));
        free(path);
        return rc;
    }
    int rc = batch_add(&sh->queue, path, NULL, text, key);
    return rc == 0 && sh->queue.n >= QUEUE_MAX ? flush_queue(sh) : rc;
}

/* Smaller sizes first: the failing input's mode at sizes 1, 2, ... below its own,
 * several seeds each; the first that fails the same way wins. */
static int shrink_sizes(stress *st, const gen_spec *failing)
{
    shrinker sh = shrinker_new(st);
    int rc = 0;
    for (long size = 1; rc == 0 && !sh.stop && size < failing->size; size++) {
        if (out_of_time(&sh))
            break;
        gen_spec specs[SHRINK_SEEDS];
        char *paths[SHRINK_SEEDS] = {0};
        for (int r = 0; r < SHRINK_SEEDS; r++)
            specs[r] = (gen_spec){
                .seed = short_seed(st->r->seed ^
                                   mix64(0x5eed000000ULL + (uint64_t)size * 64 + (uint64_t)r)),
                .size = size,
                .mode = failing->mode,
            };
        rc = generate_all(st, specs, SHRINK_SEEDS, paths);
        rc = batch_take(&sh.pending, specs, paths, SHRINK_SEEDS, true, rc);
        if (rc == 0 && sh.pending.n >= sh.batch_size)
            rc = shrink_judge(&sh);
    }
    while (rc == 0 && !sh.adopted && sh.pending.n && !out_of_time(&sh))
        rc = shrink_judge(&sh);
    batch_release(&sh.pending);
    return rc;
}

/* shrink_offer for a round of text candidates: queue it, and stop the round once
 * a candidate was adopted or time ran out. */
static int offer_candidate(void *ctx, buf *text)
{
    shrinker *sh = ctx;
    int rc = offer(sh, text);
    return rc < 0 ? rc : sh->stop ? 1 : 0;
}

/* Rounds of text simplification until a round finds nothing or time runs out. */
static int shrink_text(stress *st)
{
    int rc = 0;
    for (bool again = true; rc == 0 && again && !st->out_of_time;) {
        shrinker sh = shrinker_new(st);
        rc = shrink_candidates(st->current.data, st->current.len, offer_candidate, &sh);
        if (rc == 0 && !sh.stop)
            rc = flush_queue(&sh);
        while (rc == 0 && !sh.adopted && sh.pending.n && !out_of_time(&sh))
            rc = shrink_judge(&sh);
        again = sh.adopted;
        batch_release(&sh.queue);
        batch_release(&sh.pending);
    }
    return rc;
}

static int shrink(stress *st, const gen_spec *failing, const char *failing_path)
{
    long shrink_ms = st->o->shrink_ms > 0 ? st->o->shrink_ms : STRESS_DEFAULT_SHRINK_MS;
    st->deadline = now_s() + (double)shrink_ms / 1000.0;
    char args[160];
    spec_args(failing, args, sizeof args);
    st->r->gen_args = strdup(args);
    int rc = st->r->gen_args ? fs_read_file(failing_path, INPUT_MAX, ERR_INTERNAL, &st->current)
                             : ERR_NOMEM;
    if (rc == 0 && !st->current.data)
        rc = buf_append(&st->current, "", 0);
    st->r->original_len = st->current.len;
    if (rc == 0)
        rc = history_push(st);
    progress_end(st);
    fprintf(stderr, "stress %s: input %ld fails (%s); shrinking it\n", st->p->slug, st->r->tried,
            verdict_code(st->want));
    if (rc == 0 && failing->size > 1)
        rc = shrink_sizes(st, failing);
    if (rc == 0)
        rc = shrink_text(st);
    st->r->shrink_complete = !st->out_of_time;
    progress_end(st);
    return rc;
}

/* ---- the result ---- */

/* Writes the input as a new file in dir: stress-<seed>.in, or -2, -3 ... when the
 * name is taken by other content; a file with the very same content is reused. */
static int save_input(stress *st, const char *dir)
{
    int rc = fs_mkdir_p(dir);
    for (int i = 1; rc == 0 && i <= NAME_TRIES; i++) {
        char name[64];
        if (i == 1)
            snprintf(name, sizeof name, "stress-%llu.in", st->r->seed);
        else
            snprintf(name, sizeof name, "stress-%llu-%d.in", st->r->seed, i);
        char *path = fs_join(dir, name);
        if (!path)
            return ERR_NOMEM;
        int wrc = fs_write_file(path, st->current.data, st->current.len, O_EXCL, 0644);
        if (wrc == -EEXIST) {
            buf old = BUF_INIT;
            bool same = fs_read_file(path, INPUT_MAX, ERR_INTERNAL, &old) == 0 &&
                        old.len == st->current.len &&
                        (old.len == 0 || memcmp(old.data, st->current.data, old.len) == 0);
            buf_release(&old);
            if (same) {
                st->r->saved = path;
                return 0;
            }
            free(path);
            continue;
        }
        if (wrc < 0) {
            rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(-wrc));
            free(path);
            return rc;
        }
        st->r->saved = path;
        return 0;
    }
    return rc ? rc
              : err_report(ERR_INTERNAL, "cannot save the input in '%s': %d names are taken", dir,
                           NAME_TRIES);
}

/* Judges text alone, as a custom test (every output kept), into b. */
static int judge_alone(stress *st, const buf *text, batch *b)
{
    char *path = scratch_path(st);
    if (!path)
        return ERR_NOMEM;
    int wrc = fs_write_file(path, text->data, text->len, O_TRUNC, 0644);
    if (wrc < 0) {
        int rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(-wrc));
        free(path);
        return rc;
    }
    int rc = batch_add(b, path, NULL, NULL, 0);
    if (rc == 0) {
        b->tests[0].group = TEST_CUSTOM;
        b->oracle_boxed = true; /* its answer is shown */
        rc = batch_judge(st, b);
    }
    if (rc == 0 && (!b->j.compile.ok || !b->j.mine[0].ran))
        rc = err_report(ERR_INPUT, "'%s' could not be judged again: it no longer compiles",
                        st->display);
    return rc;
}

/* Judges the shrunk input once more, alone, and keeps it with both answers for
 * the report. When it does not fail the same way again (a time close to the
 * limit, a program that depends on more than its input), up to STEPS_BACK
 * earlier inputs are tried. */
static int keep_failure(stress *st, const char *tests_dir)
{
    batch b = {0};
    int rc = judge_alone(st, &st->current, &b);
    for (size_t back = 2;
         rc == 0 && b.j.mine[0].v != st->want && back <= STEPS_BACK + 1 && back <= st->nhistory;
         back++) {
        batch again = {0};
        const buf *earlier = &st->history[st->nhistory - back];
        rc = judge_alone(st, earlier, &again);
        if (rc == 0 && again.j.mine[0].v == st->want) {
            batch_release(&b);
            b = again;
            buf_release(&st->current);
            rc = buf_append(&st->current, earlier->data, earlier->len);
            st->r->shrink_steps = (int)(st->nhistory - back);
        } else {
            batch_release(&again);
        }
    }
    if (rc == 0)
        rc = save_input(st, tests_dir);
    stress_result *r = st->r;
    if (rc == 0 && !(r->input = malloc(st->current.len + 1)))
        rc = ERR_NOMEM;
    if (rc < 0) {
        batch_release(&b);
        return rc;
    }
    r->input_len = st->current.len;
    memcpy(r->input, st->current.data, st->current.len);
    r->input[st->current.len] = '\0';
    /* the run's streams move to the result */
    test_outcome *mine = &b.j.mine[0], *ref = &b.j.ref[0];
    r->alone = mine->v;
    snprintf(r->alone_message, sizeof r->alone_message, "%s", mine->message);
    r->diff_line = mine->diff_line;
    r->expected = ref->answer;
    r->answer = mine->answer;
    r->out = mine->out;
    r->err = mine->err;
    r->answer_total = mine->answer_total;
    r->out_total = mine->out_total;
    r->err_total = mine->err_total;
    ref->answer = mine->answer = mine->out = mine->err = (buf)BUF_INIT;
    batch_release(&b);
    return 0;
}

/* What the report of a run that found nothing says besides the counts. */
static int keep_nothing(stress *st)
{
    stress_result *r = st->r;
    r->largest = st->largest;
    buf modes = BUF_INIT;
    for (size_t i = 0; i < st->nmodes; i++)
        if (buf_appendf(&modes, "%s%s", i ? " " : "", st->modes[i]) < 0) {
            buf_release(&modes);
            return ERR_NOMEM;
        }
    r->modes = st->nmodes ? buf_detach(&modes) : NULL;
    return 0;
}

/* ---- entry point ---- */

static bool newer(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec != b->tv_sec ? a->tv_sec > b->tv_sec : a->tv_nsec > b->tv_nsec;
}

/* The package oracle's batch form, if it was built from the source the session
 * compiles now: one older than that source (edited since the last build) would
 * answer for another program, so the oracle then runs in the box. NULL: none. */
static char *oracle_batch_path(const stress *st)
{
    char *oracle = fs_join(st->p->build_dir, st->o->brute ? "brute" : "reference");
    char *source = problem_solution_path(st->p, st->o->brute ? "brute.c" : "reference.c");
    char *form = oracle ? toolbatch_path(oracle) : NULL;
    struct stat built, edited;
    if (form && (!source || stat(form, &built) < 0 || stat(source, &edited) < 0 ||
                 newer(&edited.st_mtim, &built.st_mtim))) {
        free(form);
        form = NULL;
    }
    free(oracle);
    free(source);
    return form;
}

static int prepare(stress *st)
{
    const problem *p = st->p;
    if (st->o->brute && !st->base.reference_source) {
        st->brute = problem_solution_path(p, "brute.c");
        if (!st->brute)
            return ERR_NOMEM;
        if (!fs_exists(st->brute))
            return err_report(ERR_PACKAGE, "'%s' has no brute-force oracle ('%s')", p->slug,
                              st->brute);
        st->base.reference_source = st->brute;
    }
    st->gen = fs_join(p->build_dir, "gen");
    if (!st->gen)
        return ERR_NOMEM;
    if (access(st->gen, X_OK) != 0)
        return err_report(ERR_PACKAGE,
                          "'%s' has no generator ('%s'): stress needs problems/%s/gen.c, built",
                          p->slug, st->gen, p->slug);
    if (!p->validator_path || access(p->validator_path, X_OK) != 0)
        return err_report(ERR_PACKAGE, "'%s' has no validator ('%s'): stress needs one, built",
                          p->slug, p->validator_path ? p->validator_path : "validator");
    st->gen_batch = toolbatch_path(st->gen);
    st->validator_batch = toolbatch_path(p->validator_path);
    if (!st->o->reference_source) /* the package's own oracle */
        st->oracle_batch = oracle_batch_path(st);
    if (p->checker.kind == CHECK_CUSTOM && p->checker_path)
        st->checker_batch = toolbatch_path(p->checker_path);
    int rc = fs_make_memory_scratch("judge-stress", &st->scratch);
    return rc < 0 ? rc : load_modes(st);
}

int stress_run(const session_config *cfg, const problem *p, const char *source, const char *display,
               const char *tests_dir, const stress_options *o, stress_result *out)
{
    assert(cfg && p && source && tests_dir && o && out);
    memset(out, 0, sizeof *out);
    stress st = {.cfg = *cfg,
                 .p = p,
                 .source = source,
                 .display = display,
                 .o = o,
                 .r = out,
                 .max_size = o->max_size > 0 ? o->max_size : STRESS_DEFAULT_MAX_SIZE};
    show_str(st.shown, sizeof st.shown, display);
    out->brute = o->brute;
    if (!(out->slug = strdup(p->slug)) || !(out->shown = strdup(st.shown)))
        return ERR_NOMEM;
    /* a batch stops at its first failure (a TLE costs), with no comparison */
    plan_init(&st.base, p);
    st.base.reference_source = o->reference_source;
    st.base.warm = true;
    st.progress = cfg->progress;
    st.cfg.progress = false; /* ours replaces the session's */
    if (o->seed_given) {
        out->seed = o->seed;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        out->seed = mix64((uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 20 ^ (uint64_t)getpid()) %
                    1000000ULL;
    }
    stop_install();
    int rc = prepare(&st);
    gen_spec failing = {0};
    if (rc == 0) {
        fprintf(stderr, "stress %s: seed %llu, against the %s\n", p->slug, out->seed,
                oracle_name(&st));
        rc = search(&st, &failing);
    }
    if (rc == 0 && out->not_built) {
        /* did not compile: out->not_built says why */
    } else if (rc == 0 && out->found) {
        out->v = st.want;
        /* the failing input again, from its spec: the batch's file is gone */
        char *path = NULL;
        rc = generate_all(&st, &failing, 1, &path);
        if (rc == 0)
            rc = shrink(&st, &failing, path);
        if (path)
            unlink(path);
        free(path);
        if (rc == 0)
            rc = keep_failure(&st, tests_dir);
    } else if (rc == 0) {
        out->v = VERDICT_AC;
        rc = keep_nothing(&st);
    }
    progress_end(&st); /* the report comes next, or an error */
    if (st.scratch)
        fs_remove_tree(st.scratch);
    free(st.scratch);
    free(st.gen);
    free(st.gen_batch);
    free(st.validator_batch);
    free(st.oracle_batch);
    free(st.checker_batch);
    free(st.brute);
    free(st.modes);
    free(st.modes_text);
    free(st.seen.keys);
    buf_release(&st.current);
    for (size_t i = 0; i < st.nhistory; i++)
        buf_release(&st.history[i]);
    free(st.history);
    return rc;
}

void stress_result_release(stress_result *r)
{
    free(r->input);
    free(r->gen_args);
    free(r->saved);
    free(r->slug);
    free(r->shown);
    if (r->not_built) {
        judgement_release(r->not_built);
        free(r->not_built);
    }
    buf_release(&r->expected);
    buf_release(&r->answer);
    buf_release(&r->out);
    buf_release(&r->err);
    free(r->modes);
    memset(r, 0, sizeof *r);
}
