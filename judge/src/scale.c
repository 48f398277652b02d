/* The complexity report's engine: a ladder of generated inputs, both solutions
 * judged on it a few times, and a power law fitted to each one's times; see
 * scale.h for the theory of operation. scale_print.c puts it into words. */
#include "scale.h"

#include "err.h"
#include "fsutil.h"
#include "tool.h"
#include "validate.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    DEFAULT_RUNGS = 7,
    DEFAULT_REPEATS = 3,
    DEFAULT_FACTOR = 5,
    MAX_REPEATS = 20,
    MAX_FACTOR = 20,
    TEXT_MAX = 1 << 20,
};

/* ---- the fit ---- */

/* A time that enters a fit: measured, positive (its log exists) and not under the floor. */
static bool fitted(double time, double floor) { return time > 0 && time >= floor; }

bool scale_time_fitted(double time_ns) { return fitted(time_ns, SCALE_FLOOR_NS); }

void scale_fit_power(const double *sizes, const double *times, size_t n, double floor,
                     scale_fit *out)
{
    *out = (scale_fit){0};
    double sx = 0, sy = 0;
    for (size_t i = 0; i < n; i++) {
        if (times[i] < 0 || !(sizes[i] > 0))
            continue;
        if (!fitted(times[i], floor)) {
            out->below_floor++;
            continue;
        }
        sx += log(sizes[i]);
        sy += log(times[i]);
        out->used++;
    }
    if (out->used < 2)
        return;
    double mx = sx / (double)out->used, my = sy / (double)out->used;
    double sxx = 0, sxy = 0, syy = 0;
    for (size_t i = 0; i < n; i++) {
        if (times[i] < 0 || !(sizes[i] > 0) || !fitted(times[i], floor))
            continue;
        double dx = log(sizes[i]) - mx, dy = log(times[i]) - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (!(sxx > 0))
        return; /* every rung the same size: no slope */
    out->ok = true;
    out->exponent = sxy / sxx;
    double residual = syy - out->exponent * sxy;
    out->r2 = syy > 0 ? 1 - residual / syy : 1;
    if (out->r2 < 0)
        out->r2 = 0;
    if (out->r2 > 1)
        out->r2 = 1;
}

/* ---- the ladder ---- */

typedef struct {
    long *sizes;
    size_t n;
    char *mode, *variable;
    bool from_user; /* the sizes came from the options: a bad one is a usage error */
} ladder;

static void ladder_release(ladder *l)
{
    free(l->sizes);
    free(l->mode);
    free(l->variable);
}

static int set_sizes(ladder *l, const long *sizes, size_t n, int code, const char *where)
{
    if (n < 2 || n > SCALE_MAX_RUNGS)
        return err_report(code, "%s: a ladder needs 2 to %d sizes, not %zu", where, SCALE_MAX_RUNGS,
                          n);
    for (size_t i = 0; i < n; i++)
        if (sizes[i] < 1 || (i > 0 && sizes[i] <= sizes[i - 1]))
            return err_report(code, "%s: sizes must be positive and ascending, not '%ld'", where,
                              sizes[i]);
    free(l->sizes);
    l->sizes = malloc(n * sizeof *l->sizes);
    if (!l->sizes)
        return ERR_NOMEM;
    memcpy(l->sizes, sizes, n * sizeof *sizes);
    l->n = n;
    return 0;
}

/* The optional "scaling" entry of problem.json, validated when it was loaded. */
static int load_scaling(const problem *p, ladder *l)
{
    const problem_scaling *sc = &p->scaling;
    int rc = sc->nsizes ? set_sizes(l, sc->sizes, sc->nsizes, ERR_PACKAGE, "\"scaling\"") : 0;
    if (rc == 0 && ((sc->mode && !(l->mode = strdup(sc->mode))) ||
                    (sc->variable && !(l->variable = strdup(sc->variable)))))
        rc = ERR_NOMEM;
    return rc;
}

/* The largest size of the package's generated tests in this mode (or in any
 * mode when none uses it), from tests.txt: `name seed size [mode ...]`. */
static int largest_generated(const problem *p, const char *mode, long *out)
{
    char *path = fs_join(p->dir, "tests.txt");
    buf text = BUF_INIT;
    int rc = path ? 0 : ERR_NOMEM;
    if (rc == 0 && !fs_exists(path))
        rc = err_report(ERR_USAGE,
                        "'%s' has no generated tests (tests.txt) to size a ladder: give the "
                        "sizes",
                        p->slug);
    if (rc == 0)
        rc = fs_read_file(path, TEXT_MAX, ERR_PACKAGE, &text);
    long in_mode = 0, any = 0;
    for (char *line = text.data, *next; rc == 0 && line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char name[128], seed[64], line_mode[64] = "random";
        long size;
        if (line[0] == '#' || sscanf(line, "%127s %63s %ld %63s", name, seed, &size, line_mode) < 3)
            continue;
        if (size > any)
            any = size;
        if (strcmp(line_mode, mode) == 0 && size > in_mode)
            in_mode = size;
    }
    *out = in_mode ? in_mode : any;
    if (rc == 0 && *out < 2)
        rc = err_report(ERR_USAGE, "'%s': tests.txt names no size to size a ladder: give the sizes",
                        p->slug);
    buf_release(&text);
    free(path);
    return rc;
}

static int make_ladder(const problem *p, const scale_options *o, ladder *l)
{
    int rc = load_scaling(p, l);
    if (rc < 0)
        return rc;
    if (o->mode) {
        if (!problem_word_ok(o->mode, 32))
            return err_report(ERR_USAGE, "the mode '%s' is not a generator mode", o->mode);
        free(l->mode);
        if (!(l->mode = strdup(o->mode)))
            return ERR_NOMEM;
    }
    if (!l->mode && !(l->mode = strdup("random")))
        return ERR_NOMEM;
    if (!l->variable && !(l->variable = strdup("n")))
        return ERR_NOMEM;
    if (o->sizes) {
        l->from_user = true;
        return set_sizes(l, o->sizes, o->nsizes, ERR_USAGE, "the sizes given");
    }
    if (l->sizes)
        return 0;
    long top;
    if ((rc = largest_generated(p, l->mode, &top)) < 0)
        return rc;
    long sizes[DEFAULT_RUNGS];
    size_t n = 0;
    for (int k = DEFAULT_RUNGS - 1; k >= 0; k--) {
        long s = top >> k;
        if (s >= 1 && (n == 0 || s > sizes[n - 1]))
            sizes[n++] = s;
    }
    return set_sizes(l, sizes, n, ERR_PACKAGE, "the default ladder");
}

/* ---- the inputs ---- */

static int generate(const problem *p, char *gen, const ladder *l, unsigned long seed, long size,
                    const char *path)
{
    char seed_text[32], size_text[32];
    snprintf(seed_text, sizeof seed_text, "%lu", seed);
    snprintf(size_text, sizeof size_text, "%ld", size);
    char *argv[] = {gen, seed_text, size_text, l->mode, NULL};
    tool_spec spec = {
        .argv = argv, .in_fd = -1, .out_path = path, .cpu_ms = tool_budget_ms(p->time_ms)};
    tool_result r;
    int rc = tool_run(&spec, &r);
    if (rc == 0 && (r.code != 0 || r.out_of_cpu || r.out_of_wall)) {
        char how[96];
        rc = err_report(l->from_user ? ERR_USAGE : ERR_PACKAGE,
                        "the generator of '%s' failed at size %ld, mode '%s' (%s): is the "
                        "size within the problem's constraints?",
                        p->slug, size, l->mode, tool_failure(&r, how, sizeof how));
    }
    return rc;
}

static void tests_free(test_case *tests, size_t n)
{
    for (size_t i = 0; tests && i < n; i++) {
        free(tests[i].name);
        free(tests[i].in_path);
        free(tests[i].ans_path);
    }
    free(tests);
}

/* One test per rung, named so that name order is size order, each input made by
 * the generator and accepted by the validator. */
static int make_inputs(const problem *p, const ladder *l, unsigned long seed, const char *dir,
                       bool progress, test_case **out)
{
    char *gen = fs_join(p->build_dir, "gen");
    char *gen_source = fs_join(p->dir, "gen.c");
    test_case *tests = calloc(l->n, sizeof *tests);
    int rc = gen && gen_source && tests ? 0 : ERR_NOMEM;
    if (rc == 0 && access(gen, X_OK) != 0)
        rc = fs_exists(gen_source)
                 ? err_report(ERR_PACKAGE, "'%s' is missing: build the kit (./kit) first", gen)
                 : err_report(ERR_USAGE, "'%s' has no test generator (gen.c): no ladder to run",
                              p->slug);
    if (rc == 0 && progress)
        fprintf(stderr, "scale: making %zu inputs (%s = %ld .. %ld, mode %s)\n", l->n, l->variable,
                l->sizes[0], l->sizes[l->n - 1], l->mode);
    for (size_t i = 0; rc == 0 && i < l->n; i++) {
        char name[64], file[80];
        snprintf(name, sizeof name, "%02zu-%s%ld", i + 1, l->variable, l->sizes[i]);
        snprintf(file, sizeof file, "%s.in", name);
        tests[i].group = TEST_SECRET;
        tests[i].name = strdup(name);
        tests[i].in_path = fs_join(dir, file);
        if (!tests[i].name || !tests[i].in_path) {
            rc = ERR_NOMEM;
            break;
        }
        if ((rc = generate(p, gen, l, seed, l->sizes[i], tests[i].in_path)) < 0)
            break;
        bool valid = true;
        char why[512];
        if ((rc = validate_input(p, tests[i].in_path, &valid, why, sizeof why)) == 0 && !valid)
            rc = err_report(l->from_user ? ERR_USAGE : ERR_PACKAGE,
                            "the input of size %ld (mode '%s') breaks the constraints of '%s': %s",
                            l->sizes[i], l->mode, p->slug, why);
    }
    free(gen);
    free(gen_source);
    if (rc < 0) {
        tests_free(tests, l->n);
        return rc;
    }
    *out = tests;
    return 0;
}

/* The reference's answers, kept as .ans files for the runs after the first. */
static int keep_answers(test_case *tests, const judgement *j, size_t n, const char *dir)
{
    for (size_t i = 0; i < n; i++) {
        const test_outcome *r = &j->ref[i];
        if (!r->ran || r->v != VERDICT_AC)
            break;
        char file[96];
        snprintf(file, sizeof file, "%s.ans", tests[i].name);
        char *path = fs_join(dir, file);
        if (!path)
            return ERR_NOMEM;
        int wrc = fs_write_file(path, r->answer.data, r->answer.len, O_TRUNC, 0600);
        if (wrc < 0) {
            int rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(-wrc));
            free(path);
            return rc;
        }
        tests[i].ans_path = path;
    }
    return 0;
}

/* ---- the measurement ---- */

typedef struct {
    scale_report *rep;
    double *fn[SCALE_SOLUTIONS];   /* [rung * repeats + run], ns; -1 none */
    double *cpu[SCALE_SOLUTIONS];  /* the same in process CPU ns */
    size_t reach[SCALE_SOLUTIONS]; /* rungs a solution is still judged on */
} measure;

/* Clears solution s's results from rung `from` up: its ladder ends below. */
static void cut_ladder(measure *m, int s, size_t from)
{
    scale_report *rep = m->rep;
    for (size_t i = from; i < rep->nrungs; i++) {
        rep->rungs[i].cell[s].ran = false;
        for (int r = 0; r < rep->repeats; r++)
            m->fn[s][i * (size_t)rep->repeats + (size_t)r] =
                m->cpu[s][i * (size_t)rep->repeats + (size_t)r] = -1;
    }
    if (from < m->reach[s])
        m->reach[s] = from;
}

/* Run `run` of solution s: outcome i of o for the first n rungs; first is the
 * first rung that failed (or -1). */
static void take_runs(measure *m, int s, const test_outcome *o, size_t n, long first, int run)
{
    scale_report *rep = m->rep;
    for (size_t i = 0; i < n && i < m->reach[s]; i++) {
        scale_cell *c = &rep->rungs[i].cell[s];
        if (!o[i].ran)
            break;
        if ((first >= 0 && (size_t)first == i) || o[i].v != VERDICT_AC) {
            cut_ladder(m, s, i);
            c->ran = true;
            c->v = o[i].v;
            snprintf(c->message, sizeof c->message, "%s", o[i].message);
            rep->growth[s].stopped = (long)i;
            return;
        }
        c->ran = true;
        c->v = VERDICT_AC;
        size_t k = i * (size_t)rep->repeats + (size_t)run;
        m->fn[s][k] = o[i].fn_ns >= 0 ? (double)o[i].fn_ns : -1;
        if (o[i].fn_dropped[0] && !rep->fn_dropped[0])
            snprintf(rep->fn_dropped, sizeof rep->fn_dropped, "%s", o[i].fn_dropped);
        m->cpu[s][k] = (double)o[i].cpu_ms * 1e6;
    }
}

/* The first run: the learner's session, the reference running first on every rung
 * for the expected answers (and its first timing), which are kept beside the
 * rungs' inputs (tests, the array q judges). */
static int first_run(measure *m, const session_config *cfg, const plan *q, test_case *tests,
                     const char *source, const char *display, const char *dir)
{
    scale_report *rep = m->rep;
    judgement j;
    int rc = session_judge(cfg, q, source, display, &j);
    if (rc < 0) {
        judgement_release(&j);
        return rc;
    }
    rep->compiled = j.compile.ok;
    if (!j.compile.ok) {
        rep->v = j.v;
        snprintf(rep->note, sizeof rep->note, "%s", j.note);
        rc = j.compile.log && !(rep->compile_log = strdup(j.compile.log)) ? ERR_NOMEM : 0;
        judgement_release(&j);
        return rc;
    }
    if (!j.reference_ok) {
        judgement_release(&j);
        return err_report(ERR_PACKAGE,
                          "the reference solution of '%s' does not compile: no expected answers",
                          q->prob->slug);
    }
    take_runs(m, SCALE_REFERENCE, j.ref, q->ntests, -1, 0);
    /* the learner's rungs past the reference's end have no expected answer */
    m->reach[SCALE_YOURS] = m->reach[SCALE_REFERENCE];
    take_runs(m, SCALE_YOURS, j.mine, q->ntests, j.first_failure, 0);
    rc = keep_answers(tests, &j, m->reach[SCALE_REFERENCE], dir);
    judgement_release(&j);
    return rc;
}

/* A later run of solution s, on the rungs it still reaches, against the kept
 * answers. */
static int later_run(measure *m, const session_config *cfg, const plan *q, int s,
                     const char *source, const char *display, int run)
{
    if (m->reach[s] == 0)
        return 0;
    plan part = *q;
    plan_first_tests(&part, m->reach[s]);
    judgement j;
    int rc = session_judge(cfg, &part, source, display, &j);
    if (rc == 0 && !j.compile.ok)
        rc = err_report(ERR_INTERNAL, "'%s' compiled once, then failed to: %s", display, j.note);
    if (rc == 0)
        take_runs(m, s, j.mine, part.ntests, j.first_failure, run);
    judgement_release(&j);
    return rc;
}

/* The chosen metric for every kept run, the minimum per rung, and the fits. */
static int summarise(measure *m, const problem *p)
{
    scale_report *rep = m->rep;
    size_t runs = (size_t)rep->repeats, total = rep->nrungs * runs;
    bool function_time = p->kind == PROBLEM_FUNCTION, any = false;
    for (int s = 0; s < SCALE_SOLUTIONS; s++)
        for (size_t k = 0; k < total; k++)
            if (m->cpu[s][k] >= 0) {
                any = true;
                if (m->fn[s][k] < 0)
                    function_time = false;
            }
    rep->function_time = function_time && any;
    double *sizes = malloc(rep->nrungs * sizeof *sizes);
    double *times = malloc(rep->nrungs * sizeof *times);
    if (!sizes || !times) {
        free(sizes);
        free(times);
        return ERR_NOMEM;
    }
    for (int s = 0; s < SCALE_SOLUTIONS; s++) {
        scale_growth *g = &rep->growth[s];
        for (size_t i = 0; i < rep->nrungs; i++) {
            scale_cell *c = &rep->rungs[i].cell[s];
            c->time_ns = -1;
            for (size_t r = 0; r < runs; r++) {
                size_t k = i * runs + r;
                c->runs[r] = rep->function_time ? m->fn[s][k] : m->cpu[s][k];
                if (c->runs[r] >= 0 && (c->time_ns < 0 || c->runs[r] < c->time_ns))
                    c->time_ns = c->runs[r];
            }
            sizes[i] = (double)rep->rungs[i].size;
            times[i] = c->ran && c->v == VERDICT_AC ? c->time_ns : -1;
        }
        scale_fit_power(sizes, times, rep->nrungs, SCALE_FLOOR_NS, &g->fit);
        /* each run alone, over the rungs the main fit used: the noise */
        int fits = 0;
        for (size_t r = 0; g->fit.ok && r < runs; r++) {
            double one[SCALE_MAX_RUNGS];
            for (size_t i = 0; i < rep->nrungs; i++)
                one[i] = fitted(times[i], SCALE_FLOOR_NS) ? rep->rungs[i].cell[s].runs[r] : -1;
            scale_fit f;
            scale_fit_power(sizes, one, rep->nrungs, 0, &f);
            if (!f.ok || f.used != g->fit.used)
                continue;
            if (fits == 0 || f.exponent < g->exponent_lo)
                g->exponent_lo = f.exponent;
            if (fits == 0 || f.exponent > g->exponent_hi)
                g->exponent_hi = f.exponent;
            fits++;
        }
        g->spread_ok = fits >= 2;
    }
    free(sizes);
    free(times);
    long stop = rep->growth[SCALE_YOURS].stopped;
    rep->v = stop >= 0 ? rep->rungs[stop].cell[SCALE_YOURS].v : VERDICT_AC;
    return 0;
}

static int report_init(scale_report *rep, const problem *p, const char *display, ladder *l,
                       const scale_options *o)
{
    memset(rep, 0, sizeof *rep);
    rep->prob = p;
    rep->display = strdup(display);
    rep->variable = strdup(l->variable);
    rep->mode = strdup(l->mode);
    rep->seed = o->seed ? o->seed : 1;
    rep->repeats = o->repeats ? o->repeats : DEFAULT_REPEATS;
    rep->limit_factor = o->limit_factor ? o->limit_factor : DEFAULT_FACTOR;
    rep->limit_ms = p->time_ms * rep->limit_factor;
    rep->v = VERDICT_AC;
    rep->compiled = true;
    for (int s = 0; s < SCALE_SOLUTIONS; s++)
        rep->growth[s].stopped = -1;
    rep->rungs = calloc(l->n, sizeof *rep->rungs);
    if (!rep->display || !rep->variable || !rep->mode || !rep->rungs)
        return ERR_NOMEM;
    rep->nrungs = l->n;
    for (size_t i = 0; i < l->n; i++) {
        rep->rungs[i].size = l->sizes[i];
        for (int s = 0; s < SCALE_SOLUTIONS; s++) {
            rep->rungs[i].cell[s].time_ns = -1;
            rep->rungs[i].cell[s].runs = malloc((size_t)rep->repeats * sizeof(double));
            if (!rep->rungs[i].cell[s].runs)
                return ERR_NOMEM;
        }
    }
    return 0;
}

int scale_measure(const session_config *cfg, const problem *p, const char *source,
                  const char *display, const scale_options *o, scale_report *out)
{
    ladder l = {0};
    measure m = {.rep = out};
    test_case *tests = NULL;
    char *dir = NULL;
    char *ref_source = NULL;
    assert(cfg && p && source && o && out);
    memset(out, 0, sizeof *out);
    int rc = 0;
    if ((o->repeats && (o->repeats < 1 || o->repeats > MAX_REPEATS)) ||
        (o->limit_factor && (o->limit_factor < 1 || o->limit_factor > MAX_FACTOR)))
        rc = err_report(ERR_USAGE, "runs per rung must be 1..%d and the limit factor 1..%d",
                        MAX_REPEATS, MAX_FACTOR);
    if (rc == 0)
        rc = make_ladder(p, o, &l);
    if (rc == 0)
        rc = report_init(out, p, display, &l, o);
    size_t runs = (size_t)out->repeats;
    for (int s = 0; rc == 0 && s < SCALE_SOLUTIONS; s++) {
        m.fn[s] = malloc(l.n * runs * sizeof(double));
        m.cpu[s] = malloc(l.n * runs * sizeof(double));
        if (!m.fn[s] || !m.cpu[s]) {
            rc = ERR_NOMEM;
            break;
        }
        for (size_t k = 0; k < l.n * runs; k++)
            m.fn[s][k] = m.cpu[s][k] = -1;
        m.reach[s] = l.n;
    }
    if (rc == 0 && !(ref_source = problem_solution_path(p, "reference.c")))
        rc = ERR_NOMEM;
    if (rc == 0)
        rc = fs_mkdir_p(cfg->cache);
    if (rc == 0)
        rc = fs_make_scratch("judge-scale", &dir);
    if (rc == 0)
        rc = make_inputs(p, &l, out->seed, dir, cfg->progress, &tests);
    /* the first failing rung ends a ladder (not all); each solution is timed in
       its own session (no comparison) */
    plan q;
    plan_init(&q, p);
    q.tests = tests;
    q.ntests = l.n;
    q.time_ms = out->limit_ms;
    q.reference_source = ref_source;
    for (int run = 0; rc == 0 && run < out->repeats; run++) {
        if (cfg->progress)
            fprintf(stderr, "scale: run %d of %d\n", run + 1, out->repeats);
        if (run == 0) {
            rc = first_run(&m, cfg, &q, tests, source, display, dir);
            if (rc < 0 || !out->compiled)
                break;
            continue;
        }
        rc = later_run(&m, cfg, &q, SCALE_YOURS, source, display, run);
        if (rc == 0)
            rc = later_run(&m, cfg, &q, SCALE_REFERENCE, ref_source, ref_source, run);
    }
    if (rc == 0 && out->compiled)
        rc = summarise(&m, p);
    tests_free(tests, l.n);
    if (dir)
        fs_remove_tree(dir);
    free(dir);
    for (int s = 0; s < SCALE_SOLUTIONS; s++) {
        free(m.fn[s]);
        free(m.cpu[s]);
    }
    free(ref_source);
    ladder_release(&l);
    return rc;
}

void scale_report_release(scale_report *r)
{
    for (size_t i = 0; r->rungs && i < r->nrungs; i++)
        for (int s = 0; s < SCALE_SOLUTIONS; s++)
            free(r->rungs[i].cell[s].runs);
    free(r->rungs);
    free(r->display);
    free(r->variable);
    free(r->mode);
    free(r->compile_log);
    memset(r, 0, sizeof *r);
}
