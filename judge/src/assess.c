/* Verdict rules for a finished run, in the precedence of DESIGN.md: the box
 * decides time and memory before any signal is read as a crash, so here TLE wins
 * over MLE, MLE over OLE, OLE over RE; a clean exit goes to the checker unless the
 * harness's report is not whole (WA when it holds lines the harness did not
 * write, RE when the learner's code exited first), or reported a broken contract
 * (WA) or broken input (IE, unless the caller refutes the claim). */
#include "assess.h"

#include "harness_report.h"

#include <assert.h>
#include <errno.h>
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

/* The lines of a report. */
typedef struct {
    const char *time, *fact, *fail, *bad, *refused;
    size_t time_len, fact_len, fail_len, bad_len, refused_len;
    bool ended;   /* the harness's last line is there: it finished */
    bool foreign; /* a line the harness does not write, or not there */
} report_lines;

/* The value of the line [p, eol) when it is "KEY VALUE", else NULL. */
static const char *value_of(const char *p, const char *eol, const char *key, size_t *len)
{
    size_t k = strlen(key), n = (size_t)(eol - p);
    if (n <= k + 1 || memcmp(p, key, k) != 0 || p[k] != ' ')
        return NULL;
    *len = n - k - 1;
    return p + k + 1;
}

/* Reads the report in the harness's order: "time_ns", an optional "fact", an
 * optional "fail", then "end"; or a lone "bad-input" line. Each line ends in a
 * newline; the harness writes it all at once. */
static void read_report(const char *text, size_t len, report_lines *r)
{
    memset(r, 0, sizeof *r);
    enum { WANT_TIME, WANT_FACT, WANT_FAIL, WANT_END, DONE } step = WANT_TIME;
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl || step == DONE) {
            r->foreign = true;
            return;
        }
        const char *v;
        size_t n = 0;
        if (!r->refused && (v = value_of(p, nl, HARNESS_REPORT_ALLOC_FAILED, &n))) {
            r->refused = v; /* written when it happened, so before any other line */
            r->refused_len = n;
        } else if (step == WANT_TIME && (v = value_of(p, nl, HARNESS_REPORT_BAD_INPUT, &n))) {
            r->bad = v;
            r->bad_len = n;
            step = DONE;
        } else if (step == WANT_TIME && (v = value_of(p, nl, HARNESS_REPORT_TIME, &n))) {
            r->time = v;
            r->time_len = n;
            step = WANT_FACT;
        } else if (step == WANT_FACT && (v = value_of(p, nl, HARNESS_REPORT_FACT, &n))) {
            r->fact = v;
            r->fact_len = n;
            step = WANT_FAIL;
        } else if ((step == WANT_FACT || step == WANT_FAIL) &&
                   (v = value_of(p, nl, HARNESS_REPORT_FAIL, &n))) {
            r->fail = v;
            r->fail_len = n;
            step = WANT_END;
        } else if (step != WANT_TIME && (size_t)(nl - p) == strlen(HARNESS_REPORT_END) &&
                   memcmp(p, HARNESS_REPORT_END, strlen(HARNESS_REPORT_END)) == 0) {
            r->ended = true;
            step = DONE;
        } else {
            r->foreign = true;
            return;
        }
        p = nl + 1;
    }
}

static void drop_time(assessment *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void drop_time(assessment *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->fn_dropped, sizeof out->fn_dropped, fmt, ap);
    va_end(ap);
    out->fn_ns = -1;
}

/* The harness's function time, believed only when it is possible: the timer
 * runs in the learner's process, where their code can call it or replace what
 * it reads. Returns false for a value the harness never writes. */
static bool take_time(const record *rec, const char *v, size_t n, assessment *out)
{
    if (n == strlen(HARNESS_REPORT_UNBALANCED) && memcmp(v, HARNESS_REPORT_UNBALANCED, n) == 0) {
        drop_time(out, "the harness's timer was stopped without a start or started twice: "
                       "code other than the harness's called it");
        return true;
    }
    if (n == strlen(HARNESS_REPORT_RUNNING) && memcmp(v, HARNESS_REPORT_RUNNING, n) == 0) {
        drop_time(out, "the harness's timer was still running when the harness finished");
        return true;
    }
    char digits[24];
    if (n >= sizeof digits)
        return false;
    memcpy(digits, v, n);
    digits[n] = '\0';
    char *stop;
    errno = 0;
    long long ns = strtoll(digits, &stop, 10);
    if (errno || stop == digits || *stop ||
        !(digits[0] == '-' || (digits[0] >= '0' && digits[0] <= '9')))
        return false;
    /* the box's CPU time is the whole process's, cut to the millisecond */
    if (ns < 0)
        drop_time(out, "the harness reported a negative function time (%lld ns)", ns);
    else if (ns > (rec->cpu_ms + 1) * 1000000LL)
        drop_time(out,
                  "the harness reported %.3f ms, more than the %ld ms of CPU time the whole "
                  "process used",
                  (double)ns / 1e6, rec->cpu_ms);
    else
        out->fn_ns = ns;
    return true;
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

static const char claim_prefix[] = "the test input is broken: ";

/* "512 bytes", "1.5 KB", "200.0 MB", "8.0 GB" */
static const char *bytes_text(double bytes, char *buf, size_t size)
{
    static const char *const units[] = {"KB", "MB", "GB", "TB", "PB", "EB"};
    if (bytes < 1024) {
        snprintf(buf, size, "%.0f bytes", bytes);
        return buf;
    }
    size_t u = 0;
    for (bytes /= 1024; bytes >= 1024 && u + 1 < sizeof units / sizeof *units; u++)
        bytes /= 1024;
    snprintf(buf, size, "%.1f %s", bytes, units[u]);
    return buf;
}

/* The harness's "FUNCTION BYTES" of a refused allocation; false when the line is
 * not one the harness writes. */
static bool refusal_of(const char *v, size_t n, char name[32], double *bytes)
{
    const char *sp = memchr(v, ' ', n);
    size_t k = sp ? (size_t)(sp - v) : 0;
    if (!sp || k == 0 || k >= 32 || n - k - 1 == 0 || n - k - 1 > 20)
        return false;
    for (size_t i = 0; i < k; i++)
        if (!((v[i] >= 'a' && v[i] <= 'z') || v[i] == '_'))
            return false;
    double total = 0;
    for (size_t i = k + 1; i < n; i++) {
        if (v[i] < '0' || v[i] > '9')
            return false;
        total = total * 10 + (v[i] - '0');
    }
    memcpy(name, v, k);
    name[k] = '\0';
    *bytes = total;
    return true;
}

void assess_run(const record *rec, const assess_limits *lim, bool output_overflow,
                const assess_report *report, assessment *out)
{
    assert(rec && lim && out);
    memset(out, 0, sizeof *out);
    out->fn_ns = -1;
    report_lines lines = {0};
    if (report)
        read_report(report->text ? report->text : "", report->text ? report->len : 0, &lines);
    if (lines.time && !lines.foreign && !take_time(rec, lines.time, lines.time_len, out))
        lines.foreign = true;
    if (lines.fact && !lines.foreign)
        keep_fact(out, lines.fact, lines.fact_len);
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
        /* a program on the CPU a quarter of the time was computing: the machine is
           busy (the wall limit is three CPU limits plus half a second) */
        if (rec->cpu_ms * 4 >= rec->wall_ms)
            set(out, VERDICT_TLE,
                "still running after %ld ms of wall-clock time, computing (%ld ms CPU): "
                "this machine is busy, so it got less CPU than the wall limit allows",
                rec->wall_ms, rec->cpu_ms);
        else
            set(out, VERDICT_TLE,
                "still running after %ld ms of wall-clock time (%ld ms CPU): is it waiting, "
                "sleeping or reading more input than there is?",
                rec->wall_ms, rec->cpu_ms);
        return;
    case RECORD_MEM:
        set(out, VERDICT_MLE, "peak memory %.1f MB, over the %ld MB memory limit",
            (double)rec->rss_kb / 1024.0, lim->memory_mb);
        return;
    case RECORD_TASKS:
        set(out, VERDICT_RE, "too many threads: %s", rec->msg);
        return;
    default:
        break;
    }
    char name[32], size_text[32];
    double bytes;
    if (lines.refused && !refusal_of(lines.refused, lines.refused_len, name, &bytes))
        lines.foreign = true;
    else if (lines.refused) {
        set(out, VERDICT_MLE, "%s of %s failed: the memory limit is %ld MB", name,
            bytes_text(bytes, size_text, sizeof size_text), lim->memory_mb);
        return;
    }
    if (output_overflow) {
        set(out, VERDICT_OLE, "the answer passed the output limit of %s",
            bytes_text((double)lim->output_kb * 1024, size_text, sizeof size_text));
        return;
    }
    if (rec->status == RECORD_SIGNAL) {
        set(out, VERDICT_RE, "killed by %s%s", assess_signal_name(rec->signal, sig, sizeof sig),
            signal_hint(rec->signal));
        return;
    }
    if (report && (report->overflow || lines.foreign)) {
        out->fn_ns = -1;
        out->fn_dropped[0] = out->fact[0] = '\0';
        set(out, VERDICT_WA, "%s: your code wrote to fd 4 or called the harness's own functions",
            report->overflow ? "the harness's report (fd 4) overflowed"
                             : "the harness's report (fd 4) holds lines the harness did not write");
        return;
    }
    if (lines.bad) {
        set(out, VERDICT_IE, "%s%.*s", claim_prefix, (int)lines.bad_len, lines.bad);
        out->bad_input = true;
        return;
    }
    if (rec->status == RECORD_EXIT) {
        set(out, VERDICT_RE, "exited with status %d", rec->exit_code);
        return;
    }
    if (report && !lines.ended) {
        set(out, VERDICT_RE,
            "your code exited before the harness finished (exit() or _exit() in your code, or "
            "fd 4 closed): return from your function instead");
        return;
    }
    if (lines.fail)
        snprintf(out->broken, sizeof out->broken, "%.*s", (int)lines.fail_len, lines.fail);
    out->needs_check = true;
}

void assess_refute_claim(assessment *a)
{
    if (!a->bad_input)
        return;
    char claim[sizeof a->message];
    snprintf(claim, sizeof claim, "%s", a->message + strlen(claim_prefix));
    a->bad_input = false;
    set(a, VERDICT_WA,
        "the harness said the test input is broken (%.160s), but the package's validator "
        "accepts it: your code made that claim or made the harness fail",
        claim);
}
