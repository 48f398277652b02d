/* The complexity report in words (`judge scale`): the table of rungs, each
 * solution's fitted growth named ("linear", "quadratic"), and a verdict that
 * compares the two; or the same as one JSON document. The engine is scale.h's:
 * it measures, this prints. */
#include "scale_print.h"

#include "err.h"
#include "report.h"
#include "show.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

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

/* The learner's growth is the reference's within the noise: the classes by
 * fixed bounds then say nothing more, and an exponent on either side of a bound
 * (n log n at 1.48 and 1.55) must not read as two growths. */
static bool same_growth(const scale_report *r)
{
    const scale_growth *y = &r->growth[SCALE_YOURS], *f = &r->growth[SCALE_REFERENCE];
    return y->fit.ok && f->fit.ok &&
           (growth_class(y->fit.exponent) == growth_class(f->fit.exponent) ||
            fabs(y->fit.exponent - f->fit.exponent) < SAME_GROWTH);
}

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
                 "first (`%s test %s FILE`, or run it on that input: `%s/gen %lu %ld %s > "
                 "in.txt; %s run %s FILE --input in.txt`)",
                 verdict_text(r->v), r->variable, r->rungs[stop].size, err_command(), r->prob->slug,
                 r->prob->build_dir, r->seed, r->rungs[stop].size, r->mode, err_command(),
                 r->prob->slug);
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
    if (same_growth(r))
        snprintf(out, size,
                 "like the reference (%s^%.2f and %s^%.2f on the same ladder): on target%s",
                 r->variable, y->fit.exponent, r->variable, f->fit.exponent, tail);
    else if (y->fit.exponent > f->fit.exponent)
        snprintf(out, size,
                 "%s where the reference is %s: see the statement's target complexity (%s)%s", mine,
                 ref, target, tail);
    else
        snprintf(out, size,
                 "%s where the reference is %s: it grows more slowly than the "
                 "reference%s",
                 mine, ref, tail);
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
        snprintf(out, size, "%s%s", t, scale_time_fitted(c->time_ns) ? " " : "*");
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
    /* beside the reference's, a class named by fixed bounds would only add noise */
    char name[64] = "";
    if (same_growth(r) && g == &r->growth[SCALE_YOURS])
        snprintf(name, sizeof name, ", as the reference's does");
    else if (!same_growth(r)) {
        name[0] = ',';
        name[1] = ' ';
        growth_name(name + 2, sizeof name - 2, g->fit.exponent, r->variable);
    }
    fprintf(out, "grows like %s^%.2f%s\n%-10s R^2 %.3f over %zu rungs", r->variable,
            g->fit.exponent, name, "", g->fit.r2, g->fit.used);
    if (g->spread_ok)
        fprintf(out, "; %.2f .. %.2f run by run", g->exponent_lo, g->exponent_hi);
    fputc('\n', out);
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
        if (cell_measured(y) && cell_measured(f) && scale_time_fitted(y->time_ns) &&
            scale_time_fitted(f->time_ns))
            snprintf(ratio, sizeof ratio, "%.1fx", y->time_ns / f->time_ns);
        fprintf(out, "%10ld  %12s  %12s  %8s\n", r->rungs[i].size, a, b, ratio);
    }
    if (starred)
        fprintf(out, "* under %.0f ms: too small to time reliably, left out of the fit\n",
                SCALE_FLOOR_NS / 1e6);
    fputc('\n', out);
    print_growth(out, "yours:", r, &r->growth[SCALE_YOURS]);
    print_growth(out, "reference:", r, &r->growth[SCALE_REFERENCE]);
    if (p->complexity)
        fprintf(out, "%-10s %s\n", "target:", p->complexity);
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
                     cell_measured(c) && !scale_time_fitted(c->time_ns), "message", c->message);
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
    return report_print_json(out, doc);
}

int scale_run(const session_config *cfg, const problem *p, const char *source, const char *display,
              const scale_options *o, bool json, verdict *v)
{
    scale_report r;
    int rc = scale_measure(cfg, p, source, display, o, &r);
    if (rc == 0 && json)
        rc = scale_print_json(stdout, &r);
    else if (rc == 0)
        scale_print_text(stdout, &r);
    if (rc == 0)
        *v = r.v;
    scale_report_release(&r);
    return rc;
}
