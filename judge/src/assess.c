/* Verdict rules for a finished run, in the precedence of DESIGN.md: the box
 * decides time and memory before any signal is read as a crash, so here TLE wins
 * over MLE, MLE over OLE, OLE over RE; a clean exit goes to the checker unless the
 * harness itself reported a broken contract (WA) or broken input (IE). */
#include "assess.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *assess_signal_name(int sig, char *buf, size_t size)
{
    const char *abbrev = sigabbrev_np(sig);
    if (abbrev)
        snprintf(buf, size, "SIG%s", abbrev);
    else
        snprintf(buf, size, "signal %d", sig);
    return buf;
}

static const char *signal_hint(int sig)
{
    switch (sig) {
    case SIGSEGV:
        return ": invalid memory access (null or dangling pointer, out-of-bounds index, "
               "or stack overflow from deep recursion)";
    case SIGABRT:
        return ": the program aborted (failed assert, or the allocator found a corrupted "
               "heap: double free, write past a block)";
    case SIGFPE:
        return ": arithmetic error (integer division by zero or overflow)";
    case SIGBUS:
        return ": bus error (misaligned or unmapped memory)";
    case SIGSYS:
        return ": forbidden system call (files, processes and network are not allowed)";
    case SIGPIPE:
        return ": wrote to a closed pipe";
    case SIGXFSZ:
        return ": wrote past the file size limit";
    default:
        return "";
    }
}

/* The report stream is writable by the learner's code, so the fact (like the
 * failure message) may hold any bytes: kept as they are, shown escaped. */
static void keep_fact(assessment *out, const char *text, size_t len)
{
    size_t n = len < sizeof out->fact - 1 ? len : sizeof out->fact - 1;
    memcpy(out->fact, text, n);
    out->fact[n] = '\0';
}

/* Reads "time_ns N", "fact TEXT", "fail MSG" and "bad-input MSG" lines from the
 * harness. */
static void read_report(const char *report, size_t len, assessment *out, const char **fail,
                        size_t *fail_len, const char **bad, size_t *bad_len)
{
    const char *p = report, *end = report + len;
    while (report && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        if ((size_t)(eol - p) > 8 && strncmp(p, "time_ns ", 8) == 0)
            out->fn_ns = strtoll(p + 8, NULL, 10);
        else if ((size_t)(eol - p) > 5 && strncmp(p, "fact ", 5) == 0)
            keep_fact(out, p + 5, (size_t)(eol - p - 5));
        else if ((size_t)(eol - p) > 5 && strncmp(p, "fail ", 5) == 0 && !*fail) {
            *fail = p + 5;
            *fail_len = (size_t)(eol - p - 5);
        } else if ((size_t)(eol - p) > 10 && strncmp(p, "bad-input ", 10) == 0 && !*bad) {
            *bad = p + 10;
            *bad_len = (size_t)(eol - p - 10);
        }
        p = eol + 1;
    }
}

static void set(assessment *out, verdict v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set(assessment *out, verdict v, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->message, sizeof out->message, fmt, ap);
    va_end(ap);
    out->v = v;
    out->needs_check = false;
}

void assess_run(const record *rec, bool output_overflow, const char *report, size_t report_len,
                assessment *out)
{
    memset(out, 0, sizeof *out);
    out->fn_ns = -1;
    const char *fail = NULL, *bad = NULL;
    size_t fail_len = 0, bad_len = 0;
    read_report(report, report_len, out, &fail, &fail_len, &bad, &bad_len);
    char sig[32];
    switch (rec->status) {
    case RECORD_ERROR:
        set(out, VERDICT_IE, "sandbox failure: %s", rec->msg);
        return;
    case RECORD_SETUP:
        set(out, VERDICT_RE, "the program could not be started: %s", rec->msg);
        return;
    case RECORD_CPU:
        set(out, VERDICT_TLE, "used %ld ms of CPU time", rec->cpu_ms);
        return;
    case RECORD_WALL:
        set(out, VERDICT_TLE,
            "still running after %ld ms of wall-clock time (%ld ms CPU): is it waiting, "
            "sleeping or reading more input than there is?",
            rec->wall_ms, rec->cpu_ms);
        return;
    case RECORD_MEM:
        set(out, VERDICT_MLE, "peak memory %.1f MB", (double)rec->rss_kb / 1024.0);
        return;
    case RECORD_TASKS:
        set(out, VERDICT_RE, "too many threads: %s", rec->msg);
        return;
    default:
        break;
    }
    if (output_overflow) {
        set(out, VERDICT_OLE, "the answer passed the output limit");
        return;
    }
    if (rec->status == RECORD_SIGNAL) {
        set(out, VERDICT_RE, "killed by %s%s", assess_signal_name(rec->signal, sig, sizeof sig),
            signal_hint(rec->signal));
        return;
    }
    if (bad) {
        set(out, VERDICT_IE, "the test input is broken: %.*s", (int)bad_len, bad);
        return;
    }
    if (rec->status == RECORD_EXIT) {
        set(out, VERDICT_RE, "exited with status %d", rec->exit_code);
        return;
    }
    if (fail) {
        set(out, VERDICT_WA, "%.*s", (int)fail_len, fail);
        return;
    }
    out->needs_check = true;
}
