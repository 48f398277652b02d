/* The complexity report: a ladder of generated inputs, both solutions judged on
 * it a few times, a power law fitted to each one's times, and the table and the
 * verdict in plain words; see scale.h for the theory of operation. */
#include "scale.h"

#include "err.h"
#include "fsutil.h"
#include "report.h"
#include "show.h"
#include "tool.h"
#include "validate.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
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
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        bool ok = fd >= 0;
        if (ok && r->answer.len)
            ok = write(fd, r->answer.data, r->answer.len) == (ssize_t)r->answer.len;
        if (fd >= 0 && close(fd) < 0)
            ok = false;
        if (!ok) {
            int rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", path, strerror(errno));
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
    char dir[] = "/tmp/judge-scale-XXXXXX";
    bool made_dir = false;
    char *ref_source = NULL;
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
    if (rc == 0 && !mkdtemp(dir))
        rc = err_report(ERR_INTERNAL, "cannot create a scratch directory: %s", strerror(errno));
    made_dir = rc == 0;
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
    if (made_dir)
        fs_remove_tree(dir);
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

/* ---- in plain words ---- */

/* Growth classes by fitted exponent: the upper bound of each and its name. A
 * log factor adds about 1/ln(size) to an exponent (0.1 at a million) and caches
 * that stop holding the data add as much again, so "linear" covers n log n. */
#define GROWTH_CLASSES(X)                                                                          \
    X(0.3, "constant")                                                                             \
    X(0.8, "sublinear")                                                                            \
    X(1.5, "linear")                                                                               \
    X(1.75, "between linear and quadratic")                                                        \
    X(2.5, "quadratic")                                                                            \
    X(3.5, "cubic")                                                                                \
    X(HUGE_VAL, "beyond cubic")

static const struct {
    double below;
    const char *name;
} growth_classes[] = {
#define X(below, name) {below, name},
    GROWTH_CLASSES(X)
#undef X
};

static size_t growth_class(double exponent)
{
    size_t i = 0;
    while (exponent >= growth_classes[i].below)
        i++;
    return i;
}

/* "linear (or n log n)" for the linear class, the class name otherwise. */
static void growth_name(char *out, size_t size, double exponent, const char *var)
{
    size_t k = growth_class(exponent);
    if (strcmp(growth_classes[k].name, "linear") == 0)
        snprintf(out, size, "linear (or %s log %s)", var, var);
    else
        snprintf(out, size, "%s", growth_classes[k].name);
}

/* Two exponents closer than this are the same growth within the noise. */
#define SAME_GROWTH 0.25

static void summary(const scale_report *r, char *out, size_t size)
{
    const scale_growth *y = &r->growth[SCALE_YOURS], *f = &r->growth[SCALE_REFERENCE];
    const char *target = r->prob->complexity ? r->prob->complexity : "in the statement";
    char mine[64], ref[64], tail[160] = "";
    if (!r->compiled) {
        snprintf(out, size, "%s: %s", verdict_text(r->v), r->note);
        return;
    }
    long stop = y->stopped;
    if (stop >= 0 && r->v != VERDICT_TLE) {
        snprintf(out, size,
                 "%s at %s = %ld: the timing of a wrong program means nothing; make it pass "
                 "first (`judge test %s`, or `judge run` on `gen %lu %ld %s`)",
                 verdict_text(r->v), r->variable, r->rungs[stop].size, r->prob->slug, r->seed,
                 r->rungs[stop].size, r->mode);
        return;
    }
    if (stop >= 0)
        snprintf(tail, sizeof tail, "; it exceeds %ld ms (%dx the time limit) at %s = %ld",
                 r->limit_ms, r->limit_factor, r->variable, r->rungs[stop].size);
    if (!y->fit.ok && stop >= 0) {
        snprintf(out, size,
                 "it exceeds %ld ms (%dx the time limit) at %s = %ld, too early on the ladder "
                 "for a fit: far slower than the target complexity (%s); try smaller sizes",
                 r->limit_ms, r->limit_factor, r->variable, r->rungs[stop].size, target);
        return;
    }
    if (!y->fit.ok) {
        snprintf(out, size,
                 "too few of your rungs took %.0f ms or more to fit a growth: try larger sizes",
                 SCALE_FLOOR_NS / 1e6);
        return;
    }
    growth_name(mine, sizeof mine, y->fit.exponent, r->variable);
    if (!f->fit.ok) {
        snprintf(out, size,
                 "%s; the reference is too fast to time on this ladder: compare with the "
                 "target complexity (%s)%s",
                 mine, target, tail);
        return;
    }
    growth_name(ref, sizeof ref, f->fit.exponent, r->variable);
    double d = y->fit.exponent - f->fit.exponent;
    size_t cy = growth_class(y->fit.exponent), cf = growth_class(f->fit.exponent);
    if (cy == cf || fabs(d) < SAME_GROWTH)
        snprintf(out, size, "%s, like the reference: on target%s", mine, tail);
    else if (d > 0)
        snprintf(out, size,
                 "%s where the reference is %s: see the statement's target complexity (%s)%s", mine,
                 ref, target, tail);
    else
        snprintf(out, size, "%s where the reference is %s: faster growth than expected%s", mine,
                 ref, tail);
}

static void format_time(char *out, size_t size, double ns)
{
    double ms = ns / 1e6;
    if (ms < 10)
        snprintf(out, size, "%.2f ms", ms);
    else if (ms < 1000)
        snprintf(out, size, "%.1f ms", ms);
    else
        snprintf(out, size, "%.0f ms", ms);
}

static bool cell_measured(const scale_cell *c)
{
    return c->ran && c->v == VERDICT_AC && c->time_ns >= 0;
}

static void format_cell(char *out, size_t size, const scale_cell *c)
{
    if (!c->ran) {
        snprintf(out, size, "-");
    } else if (c->v != VERDICT_AC) {
        snprintf(out, size, "%s", verdict_code(c->v));
    } else {
        char t[24];
        format_time(t, sizeof t, c->time_ns);
        snprintf(out, size, "%s%s", t, fitted(c->time_ns, SCALE_FLOOR_NS) ? " " : "*");
    }
}

static void print_growth(FILE *out, const char *who, const scale_report *r, const scale_growth *g)
{
    fprintf(out, "%-10s ", who);
    if (!g->fit.ok) {
        fprintf(out, "no fit: %zu rung%s of %.0f ms or more\n", g->fit.used,
                g->fit.used == 1 ? "" : "s", SCALE_FLOOR_NS / 1e6);
        return;
    }
    char name[64];
    growth_name(name, sizeof name, g->fit.exponent, r->variable);
    fprintf(out, "grows like %s^%.2f, %s  (R^2 %.3f over %zu rungs", r->variable, g->fit.exponent,
            name, g->fit.r2, g->fit.used);
    if (g->spread_ok)
        fprintf(out, "; %.2f .. %.2f run by run", g->exponent_lo, g->exponent_hi);
    fputs(")\n", out);
}

void scale_print_text(FILE *out, const scale_report *r)
{
    const problem *p = r->prob;
    fprintf(out, "%s: %s  [%s]  ", p->slug, p->title, p->difficulty);
    show_text(out, r->display);
    fputs(": how the time grows\n", out);
    if (!r->compiled) {
        report_log(out, r->compile_log);
        fprintf(out, "%s  ", verdict_code(r->v));
        show_text(out, r->note);
        fputc('\n', out);
        return;
    }
    fprintf(out,
            "ladder: %zu sizes, gen %lu <%s> %s; time limit raised to %ld ms (%dx)\n"
            "time:   %s, the minimum of %d run%s per rung\n",
            r->nrungs, r->seed, r->variable, r->mode, r->limit_ms, r->limit_factor,
            r->function_time ? "CPU time of the function call (the harness's; input reading "
                               "excluded)"
                             : "CPU time of the whole process",
            r->repeats, r->repeats == 1 ? "" : "s");
    /* the fit is over CPU time then: say why the function's was not used */
    if (!r->function_time && r->fn_dropped[0])
        fprintf(out, "        (a function time was dropped: %s)\n", r->fn_dropped);
    fputc('\n', out);
    fprintf(out, "%10s  %12s  %12s  %8s\n", r->variable, "yours", "reference", "ratio");
    bool starred = false;
    for (size_t i = 0; i < r->nrungs; i++) {
        const scale_cell *y = &r->rungs[i].cell[SCALE_YOURS],
                         *f = &r->rungs[i].cell[SCALE_REFERENCE];
        char a[32], b[32], ratio[32] = "-";
        format_cell(a, sizeof a, y);
        format_cell(b, sizeof b, f);
        starred |= strchr(a, '*') || strchr(b, '*');
        if (cell_measured(y) && cell_measured(f) && fitted(y->time_ns, SCALE_FLOOR_NS) &&
            fitted(f->time_ns, SCALE_FLOOR_NS))
            snprintf(ratio, sizeof ratio, "%.1fx", y->time_ns / f->time_ns);
        fprintf(out, "%10ld  %12s  %12s  %8s\n", r->rungs[i].size, a, b, ratio);
    }
    if (starred)
        fprintf(out, "* under %.0f ms: too small to time reliably, left out of the fit\n",
                SCALE_FLOOR_NS / 1e6);
    fputc('\n', out);
    print_growth(out, "yours:", r, &r->growth[SCALE_YOURS]);
    print_growth(out, "reference:", r, &r->growth[SCALE_REFERENCE]);
    for (int s = 0; s < SCALE_SOLUTIONS; s++) {
        long stop = r->growth[s].stopped;
        if (stop < 0)
            continue;
        const scale_cell *c = &r->rungs[stop].cell[s];
        fprintf(out, "%s %s at %s = %ld%s",
                s == SCALE_YOURS ? "yours:" : "the reference:", verdict_text(c->v), r->variable,
                r->rungs[stop].size, c->message[0] ? ": " : "");
        show_text(out, c->message);
        fputc('\n', out);
    }
    char words[512];
    summary(r, words, sizeof words);
    fputs("\nverdict: ", out); /* a CE's words quote the compiler */
    show_text(out, words);
    fputc('\n', out);
}

/* ---- JSON ---- */

static json_t *json_time(double ns)
{
    return ns >= 0 ? json_integer((json_int_t)llround(ns)) : json_null();
}

static json_t *cell_json(const scale_report *r, const scale_cell *c)
{
    json_t *runs = json_array();
    for (int k = 0; runs && c->ran && k < r->repeats; k++)
        json_array_append_new(runs, json_time(c->runs[k]));
    return json_pack("{s:b, s:o, s:o, s:o, s:b, s:s}", "ran", c->ran, "verdict",
                     c->ran ? json_string(verdict_code(c->v)) : json_null(), "time_ns",
                     json_time(cell_measured(c) ? c->time_ns : -1), "runs_ns", runs, "below_floor",
                     cell_measured(c) && !fitted(c->time_ns, SCALE_FLOOR_NS), "message",
                     c->message);
}

static json_t *growth_json(const scale_report *r, const scale_growth *g)
{
    char name[64] = "";
    if (g->fit.ok)
        growth_name(name, sizeof name, g->fit.exponent, r->variable);
    return json_pack(
        "{s:o, s:o, s:o, s:I, s:I, s:o, s:o}", "exponent",
        g->fit.ok ? json_real(g->fit.exponent) : json_null(), "r2",
        g->fit.ok ? json_real(g->fit.r2) : json_null(), "growth",
        g->fit.ok ? json_string(name) : json_null(), "rungs_fitted", (json_int_t)g->fit.used,
        "rungs_below_floor", (json_int_t)g->fit.below_floor, "exponent_range",
        g->spread_ok ? json_pack("[f, f]", g->exponent_lo, g->exponent_hi) : json_null(),
        "stopped_at", g->stopped >= 0 ? json_integer(r->rungs[g->stopped].size) : json_null());
}

int scale_print_json(FILE *out, const scale_report *r)
{
    char words[512];
    summary(r, words, sizeof words);
    json_t *doc = json_pack("{s:s, s:s, s:s, s:s}", "problem", r->prob->slug, "file", r->display,
                            "verdict", verdict_code(r->v), "summary", words);
    if (!doc)
        return ERR_NOMEM;
    if (!r->compiled) {
        json_object_set_new(doc, "compile",
                            json_pack("{s:b, s:s, s:s}", "ok", false, "log",
                                      r->compile_log ? r->compile_log : "", "reason", r->note));
    } else {
        json_t *rungs = json_array();
        for (size_t i = 0; rungs && i < r->nrungs; i++)
            json_array_append_new(
                rungs, json_pack("{s:I, s:o, s:o}", "size", (json_int_t)r->rungs[i].size, "yours",
                                 cell_json(r, &r->rungs[i].cell[SCALE_YOURS]), "reference",
                                 cell_json(r, &r->rungs[i].cell[SCALE_REFERENCE])));
        json_object_set_new(doc, "metric",
                            json_string(r->function_time ? "function_ns" : "cpu_ms"));
        json_object_set_new(doc, "function_time_dropped",
                            r->fn_dropped[0] ? json_string(r->fn_dropped) : json_null());
        json_object_set_new(doc, "statistic", json_string("minimum"));
        json_object_set_new(doc, "repeats", json_integer(r->repeats));
        json_object_set_new(doc, "floor_ns", json_integer((json_int_t)SCALE_FLOOR_NS));
        json_object_set_new(doc, "limit_ms", json_integer(r->limit_ms));
        json_object_set_new(doc, "variable", json_string(r->variable));
        json_object_set_new(doc, "mode", json_string(r->mode));
        json_object_set_new(doc, "seed", json_integer((json_int_t)r->seed));
        json_object_set_new(doc, "rungs", rungs);
        json_object_set_new(doc, "yours", growth_json(r, &r->growth[SCALE_YOURS]));
        json_object_set_new(doc, "reference", growth_json(r, &r->growth[SCALE_REFERENCE]));
    }
    json_dumpf(doc, out, JSON_INDENT(2));
    fputc('\n', out);
    json_decref(doc);
    return 0;
}

int scale_run(const session_config *cfg, const problem *p, const char *source, const char *display,
              const scale_options *o, bool json)
{
    scale_report r;
    int rc = scale_measure(cfg, p, source, display, o, &r);
    if (rc == 0 && json)
        rc = scale_print_json(stdout, &r);
    else if (rc == 0)
        scale_print_text(stdout, &r);
    if (rc == 0)
        rc = r.v == VERDICT_AC ? 0 : r.v == VERDICT_IE ? 3 : 1;
    scale_report_release(&r);
    return rc;
}
