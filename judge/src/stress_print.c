/* The report of `judge stress` (stress_print.h): the failing input shrunk, with
 * the oracle's answer and the learner's, and how to run it again; or what was
 * tried when nothing failed; or the compile report when nothing could run. */
#include "stress_print.h"

#include "err.h"

#include "buf.h"
#include "report.h"
#include "show.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A path as the learner reads it: relative to the current directory when inside it. */
static const char *shown_path(const char *path)
{
    static char cwd[PATH_MAX];
    size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
    if (n && strncmp(path, cwd, n) == 0 && path[n] == '/')
        return path + n + 1;
    return path;
}

/* The title of the failing input's block: how shrinking went, and the generator
 * arguments that made the original. */
static void describe_shrink(const stress_result *r, char *title, size_t size)
{
    const char *budget = r->shrink_complete ? "" : ", stopped by the time budget";
    const char *plural = r->shrink_steps == 1 ? "" : "s";
    if (r->input_len < r->original_len)
        snprintf(title, size,
                 "input (shrunk from %zu to %zu bytes in %d step%s%s; it was `gen %s`)",
                 r->original_len, r->input_len, r->shrink_steps, plural, budget, r->gen_args);
    else if (r->shrink_steps > 0)
        snprintf(title, size, "input (simplified in %d step%s%s; it was `gen %s`)", r->shrink_steps,
                 plural, budget, r->gen_args);
    else
        snprintf(title, size, "input (no smaller input fails%s; it is `gen %s`)",
                 r->shrink_complete ? "" : " within the time budget", r->gen_args);
}

static void print_failure(FILE *out, const stress_result *r)
{
    int width = report_style_of_stdout().width;
    char line[1024];
    snprintf(line, sizeof line, "stress %s: %s fails on generated input %ld (seed %llu): %s %s",
             r->slug, r->shown, r->tried, r->seed, verdict_code(r->v), verdict_text(r->v));
    report_wrap(out, line, 0, 2, width);
    if (r->alone != r->v)
        fprintf(out, "  (judged alone it now gets %s: %s)\n", verdict_code(r->alone),
                r->v == VERDICT_TLE ? "its time is close to the limit"
                                    : "does your program depend on more than its input?");
    if (r->alone_message[0]) {
        fputs("  ", out);
        show_text(out, r->alone_message);
        fputc('\n', out);
    }
    char title[320];
    describe_shrink(r, title, sizeof title);
    report_block(out, width, 2, title, r->input, r->input_len, r->input_len);
    snprintf(title, sizeof title, "expected (the %s's answer)", stress_oracle_name(r->brute));
    if (r->diff_line > 1) {
        fprintf(out, "  first difference: line %ld of the expected answer\n", r->diff_line);
        report_block_around(out, width, 2, title, r->expected.data, r->expected.len,
                            r->expected.len, r->diff_line);
        report_block_around(out, width, 2, "your answer", r->answer.data, r->answer.len,
                            r->answer_total, r->diff_line);
    } else {
        report_block(out, width, 2, title, r->expected.data, r->expected.len, r->expected.len);
        report_block(out, width, 2, "your answer", r->answer.data, r->answer.len, r->answer_total);
    }
    if (r->out_total)
        report_block(out, width, 2, "your stdout (printf debugging; not part of the answer)",
                     r->out.data, r->out.len, r->out_total);
    if (r->err_total)
        report_block(out, width, 2, "your stderr", r->err.data, r->err.len, r->err_total);
    const char *saved = shown_path(r->saved);
    snprintf(line, sizeof line, "saved as %s: `%s test %s` runs it with your own tests", saved,
             err_command(), r->slug);
    report_wrap(out, line, 0, 2, width);
    /* the same seed gives the same inputs: this many of them end on this failure */
    snprintf(line, sizeof line, "%s stress %s %s --seed %llu --iterations %ld%s", err_command(),
             r->slug, r->shown, r->seed, r->tried, r->brute ? " --brute" : "");
    report_command(out, width, 0, "reproduce", line);
    snprintf(line, sizeof line, "%s run %s %s --input %s", err_command(), r->slug, r->shown, saved);
    report_command(out, width, 0, "run alone", line);
}

static void print_nothing(FILE *out, const stress_result *r)
{
    buf line = BUF_INIT;
    int rc = buf_appendf(&line,
                         "stress %s: %s passed %ld generated inputs in %.1f s (%.0f inputs/s), "
                         "sizes 1 to %ld",
                         r->slug, r->shown, r->tried, r->seconds,
                         r->seconds > 0 ? (double)r->tried / r->seconds : 0.0, r->largest);
    if (rc == 0 && r->modes)
        rc = buf_appendf(&line, ", modes %s", r->modes);
    if (rc == 0)
        rc = buf_appendf(&line, "; against the %s; seed %llu", stress_oracle_name(r->brute),
                         r->seed);
    if (rc == 0)
        report_wrap(out, line.data, 0, 2, report_style_of_stdout().width);
    buf_release(&line);
}

void stress_print(FILE *out, const stress_result *r)
{
    if (r->not_built) {
        report_style style = report_style_of_stdout();
        report_text(out, r->not_built, &style);
    } else if (r->found) {
        print_failure(out, r);
    } else {
        print_nothing(out, r);
    }
}
