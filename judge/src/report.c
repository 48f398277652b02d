/* Text and JSON rendering of judgements. Hidden tests show only their name, verdict
 * and facts that reveal nothing of their data (time, memory, signal); a failing
 * sample shows input, expected and actual, truncated with explicit markers. */
#include "report.h"

#include "assess.h"
#include "err.h"
#include "show.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SHOW_LINES = 12, SHOW_COLUMNS = 160 };

static const char *paint(const report_style *st, verdict v)
{
    if (!st->color)
        return "";
    return v == VERDICT_AC ? "\033[32m" : v == VERDICT_IE ? "\033[35m" : "\033[31m";
}

static const char *reset(const report_style *st) { return st->color ? "\033[0m" : ""; }

bool report_ratio(const judgement *j, double *mine, double *ref, bool *function_time)
{
    double fn_mine = 0, fn_ref = 0, cpu_mine = 0, cpu_ref = 0;
    bool all_fn = true;
    size_t both = 0;
    if (j->sanitized) /* built for memory errors, slower by design: no timing to compare */
        return false;
    for (size_t i = 0; i < j->total; i++) {
        const test_outcome *a = &j->mine[i], *b = &j->ref[i];
        if (!a->ran || !b->ran || a->v != VERDICT_AC || b->v != VERDICT_AC)
            continue;
        both++;
        if (a->fn_ns < 0 || b->fn_ns < 0)
            all_fn = false;
        fn_mine += (double)a->fn_ns;
        fn_ref += (double)b->fn_ns;
        cpu_mine += (double)a->cpu_ms;
        cpu_ref += (double)b->cpu_ms;
    }
    if (both == 0)
        return false;
    *function_time = all_fn;
    *mine = all_fn ? fn_mine : cpu_mine;
    *ref = all_fn ? fn_ref : cpu_ref;
    return *ref > 0;
}

void report_block(FILE *out, int indent, const char *title, const char *data, size_t len,
                  size_t total)
{
    fprintf(out, "%*s%s:\n", indent, "", title);
    size_t line = 0, i = 0;
    while (i < len && line < SHOW_LINES) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (data + i)) : len - i, consumed;
        char shown[SHOW_COLUMNS];
        size_t w = show_escape(shown, sizeof shown, data + i, n, 0, &consumed);
        fprintf(out, "%*s%.*s", indent + 2, "", (int)w, shown);
        if (consumed < n)
            fprintf(out, " ... (%zu more characters)", n - consumed);
        fputc('\n', out);
        line++;
        i += n + (nl ? 1 : 0);
    }
    if (len == 0)
        fprintf(out, "%*s(empty)\n", indent + 2, "");
    size_t more = 0;
    for (size_t k = i; k < len; k++)
        if (data[k] == '\n' || k + 1 == len)
            more++;
    if (more)
        fprintf(out, "%*s... %zu more lines\n", indent + 2, "", more);
    if (total > len)
        fprintf(out, "%*s... %zu more bytes not kept\n", indent + 2, "", total - len);
}

static void show_file(FILE *out, const char *title, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        char shown[512]; /* a custom test's path holds the learner's name for it */
        fprintf(out, "    %s: (cannot read '%s')\n", title, show_str(shown, sizeof shown, path));
        return;
    }
    static char data[64 << 10];
    size_t n = fread(data, 1, sizeof data, f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    report_block(out, 4, title, data, n, size > 0 ? (size_t)size : n);
}

/* A run's message: the harness's, a checker's or the sanitizer's words quote
 * what the learner's code wrote. */
static void show_message(FILE *out, const char *message)
{
    fputs("    ", out);
    show_text(out, message);
    fputc('\n', out);
}

static void show_failure(FILE *out, const judgement *j, size_t i)
{
    const test_case *t = &j->plan.tests[i];
    const test_outcome *o = &j->mine[i];
    if (t->group == TEST_SECRET) {
        if (!o->from_checker && o->message[0])
            show_message(out, o->message);
        fputs("    (a hidden test: only its name and verdict are shown)\n", out);
        return;
    }
    if (o->message[0])
        show_message(out, o->message);
    if (o->whitespace_only)
        fputs("    hint: only whitespace differs (spaces, line ends, a final newline)\n", out);
    show_file(out, "input", t->in_path);
    if (t->ans_path)
        show_file(out, "expected", t->ans_path);
    else
        report_block(out, 4, "expected (the reference solution's answer)", j->ref[i].answer.data,
                     j->ref[i].answer.len, j->ref[i].answer_total);
    report_block(out, 4, "your answer", o->answer.data, o->answer.len, o->answer_total);
    if (o->diff_line > 0)
        fprintf(out, "    first difference: line %ld of the expected answer\n", o->diff_line);
    if (o->out_total)
        report_block(out, 4, "your stdout (printf debugging; not part of the answer)", o->out.data,
                     o->out.len, o->out_total);
    if (o->err_total)
        report_block(out, 4, "your stderr", o->err.data, o->err.len, o->err_total);
}

static void fmt_ns(char *text, size_t size, long long ns)
{
    if (ns < 0)
        snprintf(text, size, "-");
    else
        snprintf(text, size, "%.3f", (double)ns / 1e6);
}

static void show_row(FILE *out, const judgement *j, size_t i, const report_style *st)
{
    const test_case *t = &j->plan.tests[i];
    const test_outcome *o = &j->mine[i], *r = &j->ref[i];
    char name[64], shown[56], fn[32], ref[32];
    snprintf(name, sizeof name, "%s/%s", test_group_name(t->group),
             show_str(shown, sizeof shown, t->name));
    fmt_ns(fn, sizeof fn, o->fn_ns);
    if (!r->ran)
        snprintf(ref, sizeof ref, "-");
    else if (o->fn_ns >= 0 && r->fn_ns >= 0)
        fmt_ns(ref, sizeof ref, r->fn_ns);
    else
        snprintf(ref, sizeof ref, "%ld", r->cpu_ms);
    fprintf(out, "  %-34s %s%-4s%s %7ld %8ld %8.1f %10s %10s", name, paint(st, o->v),
            verdict_code(o->v), reset(st), o->cpu_ms, o->wall_ms, (double)o->rss_kb / 1024.0, fn,
            ref);
    if (o->fact[0]) {
        fputs("  ", out);
        show_text(out, o->fact);
    }
    /* the comparison falls back to CPU time for the whole file: say why */
    if (o->fn_dropped[0])
        fprintf(out, "  (function time dropped: %s)", o->fn_dropped);
    fputc('\n', out);
}

void report_log(FILE *out, const char *log)
{
    enum { LOG_LINES = 40 };
    const char *p = log ? log : "";
    for (int line = 0; *p && line < LOG_LINES; line++) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        show_write(out, p, n);
        fputc('\n', out);
        p += n + (nl ? 1 : 0);
    }
    size_t more = 0;
    for (; *p; p++)
        more += *p == '\n' || p[1] == '\0';
    if (more)
        fprintf(out, "... %zu more lines of diagnostics (--json has them all)\n", more);
}

static void show_compile(FILE *out, const judgement *j)
{
    const compile_result *c = &j->compile;
    if (c->ok && c->cached)
        fputs("compiled: unchanged since last time (cached)\n", out);
    else if (c->ok)
        fprintf(out, "compiled in %.2f s\n", (double)c->ms / 1000.0);
    if (c->log && c->log[0])
        report_log(out, c->log);
}

/* The time ratio to the reference, over the tests both passed. Below a
 * millisecond of function time (10 ms of process CPU) a ratio is noise: an
 * accepted solution is told so, a failing one (whose slow tests did not pass)
 * gets no comparison at all rather than a misleading "too fast". */
static void show_comparison(FILE *out, const judgement *j)
{
    double mine, ref;
    bool fn;
    if (!report_ratio(j, &mine, &ref, &fn))
        return;
    bool accepted = j->v == VERDICT_AC;
    if (ref < (fn ? 1e6 : 10)) {
        if (accepted)
            fprintf(out, "; too fast to compare with the reference (%.3f ms)",
                    fn ? ref / 1e6 : ref);
        return;
    }
    const char *scope = accepted ? "" : " on the tests that passed,";
    if (fn)
        fprintf(out, ";%s your function %.2f ms, %.2fx the reference (%.2f ms)", scope, mine / 1e6,
                mine / ref, ref / 1e6);
    else
        fprintf(out, ";%s %.0f ms CPU, %.2fx the reference (%.0f ms)", scope, mine, mine / ref,
                ref);
}

static void show_summary(FILE *out, const judgement *j, const report_style *st)
{
    fprintf(out, "%s%s%s  %s", paint(st, j->v), verdict_code(j->v), reset(st), verdict_text(j->v));
    if (j->v == VERDICT_CE || !j->compile.ok) {
        fputs(": ", out); /* the reason may name the learner's symbols */
        show_text(out, j->note);
        fputc('\n', out);
        return;
    }
    fprintf(out, ": %zu/%zu tests passed", j->passed, j->total);
    if (j->ran < j->total)
        fprintf(out, " (stopped at the first failure; --all runs every test)");
    show_comparison(out, j);
    fputc('\n', out);
}

int report_print_json(FILE *out, json_t *doc)
{
    if (!doc)
        return ERR_NOMEM;
    json_dumpf(doc, out, JSON_INDENT(2));
    fputc('\n', out);
    json_decref(doc);
    return 0;
}

report_style report_style_of_stdout(void)
{
    return (report_style){.color = isatty(1) && !getenv("NO_COLOR")};
}

void report_text(FILE *out, const judgement *j, const report_style *st)
{
    assert(out && j && j->plan.prob && st);
    fprintf(out, "%s: %s  [%s]  ", j->plan.prob->slug, j->plan.prob->title,
            j->plan.prob->difficulty);
    show_text(out, j->display);
    fputc('\n', out);
    show_compile(out, j);
    if (j->compile.ok) {
        fprintf(out, "  %-34s %-4s %7s %8s %8s %10s %10s\n", "test", "", "cpu ms", "wall ms",
                "mem MB", "fn ms", "ref");
        for (size_t i = 0; i < j->total; i++) {
            if (!j->mine[i].ran ||
                (j->first_failure >= 0 && (long)i > j->first_failure && j->ran < j->total))
                continue;
            show_row(out, j, i, st);
            if (j->mine[i].v != VERDICT_AC && (long)i == j->first_failure)
                show_failure(out, j, i);
            if (j->mine[i].v == VERDICT_RE && (long)i == j->first_failure && !j->sanitized) {
                fprintf(out, "    to find the line: %s test %s ", err_command(),
                        j->plan.prob->slug);
                show_text(out, j->display);
                fputs(" --sanitize\n", out);
            }
        }
    }
    show_summary(out, j, st);
}

void report_table(FILE *out, const judgement *js, size_t n, const report_style *st)
{
    fprintf(out, "\n%-40s %-4s %9s %12s\n", "file", "", "passed", "vs reference");
    for (size_t k = 0; k < n; k++) {
        const judgement *j = &js[k];
        char passed[32], ratio[32] = "-", file[160];
        snprintf(passed, sizeof passed, "%zu/%zu", j->passed, j->total);
        double mine, ref;
        bool fn;
        if (j->v == VERDICT_AC && report_ratio(j, &mine, &ref, &fn))
            snprintf(ratio, sizeof ratio, "%.2fx", mine / ref);
        fprintf(out, "%-40s %s%-4s%s %9s %12s\n", show_str(file, sizeof file, j->display),
                paint(st, j->v), verdict_code(j->v), reset(st), passed, ratio);
    }
}

/* A JSON string that is always valid: bytes that do not form UTF-8 become '?'. */
static json_t *text(const char *s)
{
    json_t *v = json_string(s ? s : "");
    if (v)
        return v;
    char *copy = strdup(s);
    if (!copy)
        return NULL;
    for (char *p = copy; *p; p++)
        if ((unsigned char)*p >= 0x80)
            *p = '?';
    v = json_string(copy);
    free(copy);
    return v;
}

static json_t *outcome_json(const test_outcome *o, bool hide_message)
{
    json_t *t = json_object();
    json_object_set_new(t, "verdict", json_string(verdict_code(o->v)));
    json_object_set_new(t, "cpu_ms", json_integer(o->cpu_ms));
    json_object_set_new(t, "wall_ms", json_integer(o->wall_ms));
    json_object_set_new(t, "memory_kb", json_integer(o->rss_kb));
    json_object_set_new(t, "function_ns", o->fn_ns >= 0 ? json_integer(o->fn_ns) : json_null());
    json_object_set_new(t, "fact", o->fact[0] ? text(o->fact) : json_null());
    json_object_set_new(t, "function_time_dropped",
                        o->fn_dropped[0] ? text(o->fn_dropped) : json_null());
    json_object_set_new(t, "exit_code", json_integer(o->exit_code));
    json_object_set_new(t, "signal", json_integer(o->signal));
    json_object_set_new(t, "message", text(hide_message ? "" : o->message));
    return t;
}

static json_t *tests_json(const judgement *j)
{
    json_t *tests = json_array();
    for (size_t i = 0; i < j->total; i++) {
        const test_outcome *o = &j->mine[i];
        if (!o->ran || (j->first_failure >= 0 && (long)i > j->first_failure && j->ran < j->total))
            continue;
        const test_case *tc = &j->plan.tests[i];
        json_t *t = outcome_json(o, tc->group == TEST_SECRET && o->from_checker);
        json_object_set_new(t, "name", text(tc->name));
        json_object_set_new(t, "group", json_string(test_group_name(tc->group)));
        json_object_set_new(t, "answer_bytes", json_integer((json_int_t)o->answer_total));
        json_object_set_new(t, "reference",
                            j->ref[i].ran ? outcome_json(&j->ref[i], false) : json_null());
        json_array_append_new(tests, t);
    }
    return tests;
}

json_t *report_json(const judgement *j)
{
    json_t *doc = json_object();
    if (!doc)
        return NULL;
    json_object_set_new(doc, "problem", json_string(j->plan.prob->slug));
    json_object_set_new(doc, "file", text(j->display));
    json_object_set_new(doc, "verdict", json_string(verdict_code(j->v)));
    json_object_set_new(doc, "verdict_text", json_string(verdict_text(j->v)));
    json_object_set_new(doc, "passed", json_integer((json_int_t)j->passed));
    json_object_set_new(doc, "ran", json_integer((json_int_t)j->ran));
    json_object_set_new(doc, "total", json_integer((json_int_t)j->total));
    json_t *c = json_object();
    json_object_set_new(c, "ok", json_boolean(j->compile.ok));
    json_object_set_new(c, "cached", json_boolean(j->compile.cached));
    json_object_set_new(c, "ms", json_integer(j->compile.ms));
    json_object_set_new(c, "log", text(j->compile.log));
    json_object_set_new(c, "reason", j->compile.reason ? text(j->compile.reason) : json_null());
    json_object_set_new(doc, "compile", c);
    json_object_set_new(doc, "tests", tests_json(j));
    double mine, ref;
    bool fn;
    if (report_ratio(j, &mine, &ref, &fn)) {
        json_t *cmp = json_object();
        json_object_set_new(cmp, "metric", json_string(fn ? "function_ns" : "cpu_ms"));
        json_object_set_new(cmp, "yours", json_real(mine));
        json_object_set_new(cmp, "reference", json_real(ref));
        json_object_set_new(cmp, "ratio", json_real(mine / ref));
        json_object_set_new(doc, "comparison", cmp);
    } else {
        json_object_set_new(doc, "comparison", json_null());
    }
    return doc;
}
