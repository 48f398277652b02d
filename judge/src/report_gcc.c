/* The gcc-style rendering of a judgement: one `FILE:LINE:COL: error:` line per
 * failing test, the compiler's own lines for a compile error, between the
 * judge's begin and end lines. Everything shown is escaped (show.h): a line
 * cannot be split or forged by what the learner's code wrote. */
#include "report_gcc.h"

#include "sanitizer.h"
#include "show.h"

#include <stdbool.h>
#include <string.h>

/* The tests the text report lists too: those that ran, without the ones after
 * the first failure that were only finishing when the judgement stopped. */
static bool shown(const judgement *j, size_t i)
{
    return j->mine[i].ran &&
           !(j->first_failure >= 0 && (long)i > j->first_failure && j->ran < j->total);
}

/* True when a line of the log is an error located in the learner's file:
 * "DISPLAY:LINE:..." with "error:" in it. */
static bool has_located_error(const char *log, const char *display)
{
    size_t n = strlen(display);
    for (const char *p = log; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len > n + 1 && strncmp(p, display, n) == 0 && p[n] == ':' && p[n + 1] >= '0' &&
            p[n + 1] <= '9' && memmem(p, len, "error:", 6))
            return true;
        p += len + (nl != NULL);
    }
    return false;
}

/* The compiler's lines; indented, no editor takes them for places (a linker's
 * "harness/lcs.c:58: multiple definition of `main'" is not where to look). */
static void pass_log(FILE *out, const char *log, bool indent)
{
    for (const char *p = log; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        fputs(indent ? "  " : "", out);
        show_write(out, p, len);
        fputc('\n', out);
        p += len + (nl != NULL);
    }
}

/* "FILE:LINE:1: error: " */
static void locate(FILE *out, const judgement *j, long line)
{
    show_text(out, j->display);
    fprintf(out, ":%ld:1: error: ", line > 0 ? line : 1);
}

static void failure(FILE *out, const judgement *j, size_t i)
{
    const test_case *t = &j->plan.tests[i];
    const test_outcome *o = &j->mine[i];
    bool sanitizer = j->sanitized && o->v == VERDICT_RE;
    locate(out, j, sanitizer ? sanitizer_line(o->message, j->display) : 0);
    fprintf(out, "%s/", test_group_name(t->group));
    show_text(out, t->name); /* a custom test's name is the learner's */
    fprintf(out, ": %s %s", verdict_code(o->v), verdict_text(o->v));
    /* a checker's words about a hidden test quote its answer */
    if (o->message[0] && !(t->group == TEST_SECRET && o->from_checker)) {
        fputs(": ", out);
        show_text(out, o->message);
    }
    if (o->v == VERDICT_RE && !j->sanitized)
        fputs("; --sanitize names the line", out);
    fputc('\n', out);
}

static void summary(FILE *out, const judgement *j)
{
    fputs("judge: ", out);
    show_text(out, j->display);
    fprintf(out, ": %s %s", verdict_code(j->v), verdict_text(j->v));
    if (!j->compile.ok) {
        if (j->note[0]) {
            fputs(": ", out);
            show_text(out, j->note);
        }
    } else {
        fprintf(out, ": %zu/%zu tests passed", j->passed, j->total);
        if (j->ran < j->total)
            fputs(" (stopped at the first failure; --all runs every test)", out);
    }
    fputc('\n', out);
}

/* The verdict with its reason, on line 1: a failure that no test carries. */
static void whole_file(FILE *out, const judgement *j)
{
    locate(out, j, 1);
    fprintf(out, "%s %s", verdict_code(j->v), verdict_text(j->v));
    if (j->note[0]) {
        fputs(": ", out);
        show_text(out, j->note);
    }
    fputc('\n', out);
}

void report_gcc(FILE *out, const judgement *j)
{
    fputs("judge: judging ", out);
    show_text(out, j->display);
    fprintf(out, " (%s)\n", j->plan.prob->slug);
    /* a refused link, a compile bomb, an internal error: the reason has no
       place but the file */
    bool located = !j->compile.ok && has_located_error(j->compile.log, j->display);
    pass_log(out, j->compile.log, !j->compile.ok && !located);
    for (size_t i = 0; j->compile.ok && i < j->total; i++) {
        if (shown(j, i) && j->mine[i].v != VERDICT_AC) {
            failure(out, j, i);
            located = true;
        }
    }
    if (j->v != VERDICT_AC && !located)
        whole_file(out, j);
    summary(out, j);
}
