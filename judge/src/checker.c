/* The built-in output checkers (exact, tokens, float) and the reading of a custom
 * checker's end. Each comparison is one forward pass over both answers, without
 * recursion and without reading past either length, because both come from files
 * and programs we do not trust: any bytes, any size. */
#include "checker.h"

#include "err.h"
#include "show.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* At most this many bytes of escaped text show each value in a message, so two
 * values and their sentence always fit in check_result.message. */
#define SHOW_MAX 60
/* Quotes, two ellipses and the NUL around SHOW_MAX bytes. */
#define SHOW_BUF (SHOW_MAX + 10)
/* Bytes of context kept before a difference found deep inside a long value. */
#define SHOW_CONTEXT 10
/* A custom checker's judgemessage.txt: how much we read and how much we show. */
#define FEEDBACK_READ 4096
#define FEEDBACK_SHOW 200
/* Numbers shorter than this are parsed from a stack copy; longer ones are rare
 * (a learner printing a thousand digits) and get a heap copy. */
#define NUMBER_STACK 128

static const char *const kind_names[] = {
#define X(id, name) name,
    CHECK_KINDS(X)
#undef X
};

int check_kind_parse(const char *name, check_kind *out)
{
    for (int k = 0; k < CHECK_KIND_COUNT; k++) {
        if (strcmp(kind_names[k], name) == 0) {
            *out = (check_kind)k;
            return 0;
        }
    }
    return ERR_PACKAGE;
}

const char *check_kind_name(check_kind kind)
{
    return (unsigned)kind < CHECK_KIND_COUNT ? kind_names[kind] : "unknown";
}

check_spec check_spec_default(check_kind kind)
{
    return (check_spec){
        .kind = kind,
        .abs_tol = 1e-6,
        .rel_tol = 1e-6,
        .case_sensitive = true,
        .space_sensitive = false,
    };
}

/* ---- results ---- */

__attribute__((format(printf, 4, 5))) static void
set_result(check_result *out, check_outcome outcome, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    out->outcome = outcome;
    out->line = line;
    vsnprintf(out->message, sizeof out->message, fmt, ap);
    va_end(ap);
}

static void clear_result(check_result *out)
{
    memset(out, 0, sizeof *out);
    out->outcome = CHECK_ACCEPT;
}

/* ---- showing untrusted bytes ---- */

/* Values are quoted inside a sentence: a backslash is escaped too, so that the
 * learner's "\\n" and a newline read differently. */
static size_t escape(char *dst, size_t cap, const char *s, size_t len, size_t *consumed)
{
    return show_escape(dst, cap, s, len, SHOW_BACKSLASH, consumed);
}

/* Where to start showing a value whose interesting byte is at diff: from the
 * start when that byte fits in the shown window, else a little before it. */
static size_t window_from(const char *s, size_t len, size_t diff)
{
    char scratch[SHOW_MAX];
    size_t upto = diff < len ? diff + 1 : len, consumed;
    escape(scratch, SHOW_MAX - SHOW_CONTEXT, s, upto, &consumed);
    return consumed == upto || diff < SHOW_CONTEXT ? 0 : diff - SHOW_CONTEXT;
}

/* Writes s[from..len) quoted and escaped into dst[SHOW_BUF], with "..." where
 * it was cut at either end. A window never starts inside a UTF-8 sequence. */
static void show(char dst[SHOW_BUF], const char *s, size_t len, size_t from)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = from < len ? from : len, back = 0, consumed, o = 0;
    while (start > 0 && start < len && back < 3 && (u[start] & 0xC0) == 0x80) {
        start--;
        back++;
    }
    dst[o++] = '\'';
    if (start > 0) {
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    o += escape(dst + o, SHOW_MAX, s + start, len - start, &consumed);
    if (start + consumed < len) {
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    dst[o++] = '\'';
    dst[o] = '\0';
}

/* A token that parsed as a number is plain ASCII, so it reads best unquoted. */
static void show_number(char dst[SHOW_BUF], const char *s, size_t len)
{
    size_t consumed, o = escape(dst, SHOW_MAX, s, len, &consumed);
    if (consumed < len) {
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    dst[o] = '\0';
}

/* ---- walking an answer ---- */

typedef struct {
    const char *p;
    size_t n;
} span;

typedef struct {
    const char *s;
    size_t len, pos;
    long line; /* 1-based line of pos */
} cursor;

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static cursor cursor_at(const char *s, size_t len) { return (cursor){s, len, 0, 1}; }

static span take_space(cursor *c)
{
    size_t start = c->pos;
    while (c->pos < c->len && is_space((unsigned char)c->s[c->pos])) {
        if (c->s[c->pos] == '\n')
            c->line++;
        c->pos++;
    }
    return (span){c->s + start, c->pos - start};
}

static span take_token(cursor *c)
{
    size_t start = c->pos;
    while (c->pos < c->len && !is_space((unsigned char)c->s[c->pos]))
        c->pos++;
    return (span){c->s + start, c->pos - start};
}

static long count_lines(const char *s, size_t n)
{
    long lines = 0;
    const char *end = s + n, *nl;
    while (s < end && (nl = memchr(s, '\n', (size_t)(end - s))) != NULL) {
        lines++;
        s = nl + 1;
    }
    return lines;
}

static bool span_equal(span a, span b) { return a.n == b.n && memcmp(a.p, b.p, a.n) == 0; }

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }

/* Offset of the first byte where a and b differ (ASCII case folded unless
 * case_sensitive); equals both lengths when they match. */
static size_t first_difference(span a, span b, bool case_sensitive)
{
    const unsigned char *x = (const unsigned char *)a.p, *y = (const unsigned char *)b.p;
    size_t n = a.n < b.n ? a.n : b.n, i = 0;
    if (case_sensitive) {
        while (n - i >= 64 && memcmp(x + i, y + i, 64) == 0)
            i += 64;
        while (i < n && x[i] == y[i])
            i++;
    } else {
        while (i < n && fold(x[i]) == fold(y[i]))
            i++;
    }
    return i;
}

/* ---- numbers ---- */

static size_t skip_digits(const char *s, size_t n, size_t *i)
{
    size_t start = *i;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9')
        (*i)++;
    return *i - start;
}

static bool word_is(span t, size_t from, const char *word)
{
    size_t wn = strlen(word);
    if (t.n - from != wn)
        return false;
    for (size_t i = 0; i < wn; i++) {
        if (fold((unsigned char)t.p[from + i]) != (unsigned char)word[i])
            return false;
    }
    return true;
}

/* Decimal numbers only ([+-]digits[.digits][e[+-]digits], inf, infinity, nan):
 * strtod alone would also take hex floats and nan(...) payloads, which would make
 * an answer like "0x1A" a number. */
static bool number_syntax(span t)
{
    size_t i = 0;
    if (i < t.n && (t.p[i] == '+' || t.p[i] == '-'))
        i++;
    if (word_is(t, i, "inf") || word_is(t, i, "infinity") || word_is(t, i, "nan"))
        return true;
    size_t mantissa = skip_digits(t.p, t.n, &i);
    if (i < t.n && t.p[i] == '.') {
        i++;
        mantissa += skip_digits(t.p, t.n, &i);
    }
    if (mantissa == 0)
        return false;
    if (i < t.n && (t.p[i] == 'e' || t.p[i] == 'E')) {
        i++;
        if (i < t.n && (t.p[i] == '+' || t.p[i] == '-'))
            i++;
        if (skip_digits(t.p, t.n, &i) == 0)
            return false;
    }
    return i == t.n;
}

/* Returns 1 and sets *value when the whole token is a number (one too large for a
 * double is the infinity of its sign), 0 when it is not, ERR_NOMEM. */
static int parse_number(span t, double *value)
{
    if (!number_syntax(t))
        return 0;
    char small[NUMBER_STACK];
    char *buf = t.n < sizeof small ? small : malloc(t.n + 1);
    if (buf == NULL)
        return ERR_NOMEM;
    memcpy(buf, t.p, t.n);
    buf[t.n] = '\0';
    char *end;
    *value = strtod(buf, &end);
    /* strtod follows LC_NUMERIC; under a locale with a decimal comma it stops
     * early, and the token is then treated as text rather than misread. */
    bool whole = end == buf + t.n;
    if (buf != small)
        free(buf);
    return whole;
}

/* True when a is close enough to the finite expected value e. Both came from
 * decimal text, so each carries up to half an ulp of rounding: the slack lets a
 * difference that is exactly the tolerance in decimal (0.300001 against 0.3 with
 * 1e-6) pass, and is far too small to let a real difference through. */
static bool within_tolerance(const check_spec *spec, double e, double a)
{
    if (a == e)
        return true;
    double diff = fabs(a - e);
    double slack = fmax(fabs(a), fabs(e)) * (2 * DBL_EPSILON); /* not (x*2)*eps: x*2 can overflow */
    return (spec->abs_tol >= 0 && diff <= spec->abs_tol + slack) ||
           (spec->rel_tol >= 0 && diff <= spec->rel_tol * fabs(e) + slack);
}

static bool number_matches(const check_spec *spec, double e, double a)
{
    if (isnan(e))
        return isnan(a);
    if (isinf(e))
        return a == e;
    return isfinite(a) && within_tolerance(spec, e, a);
}

/* The tolerance a finite expected value allows, for the message. */
static double allowed(const check_spec *spec, double e)
{
    double by_rel = spec->rel_tol >= 0 ? spec->rel_tol * fabs(e) : -1;
    return fmax(spec->abs_tol, by_rel);
}

/* " (off by diff, allowed limit)" with the fewest digits (3 or more) that tell
 * them apart, so "off by 0.50001, allowed 0.5" never reads "off by 0.5, allowed 0.5". */
static void format_excess(char *dst, size_t cap, double diff, double limit)
{
    char d[32], l[32];
    for (int digits = 3; digits <= 17; digits++) {
        snprintf(d, sizeof d, "%.*g", digits, diff);
        snprintf(l, sizeof l, "%.*g", digits, limit);
        if (strcmp(d, l) != 0)
            break;
    }
    snprintf(dst, cap, " (off by %s, allowed %s)", d, l);
}

/* Says how a number missed: by how much when both are finite and a tolerance
 * applies, else (nan, an infinity, no tolerance) just the two values. */
static void reject_number(const check_spec *spec, size_t index, long line, span e, double ev,
                          span a, double av, check_result *out)
{
    char es[SHOW_BUF], as[SHOW_BUF], excess[96] = "";
    show_number(es, e.p, e.n);
    show_number(as, a.p, a.n);
    if (isfinite(ev) && isfinite(av) && allowed(spec, ev) >= 0)
        format_excess(excess, sizeof excess, fabs(av - ev), allowed(spec, ev));
    set_result(out, CHECK_REJECT, line, "token %zu (line %ld): expected %s, got %s%s", index, line,
               es, as, excess);
}

/* The expected token is a number: the actual one must be a number near it. */
static int match_number(const check_spec *spec, size_t index, long line, span e, double ev, span a,
                        check_result *out)
{
    double av;
    int rc = parse_number(a, &av);
    if (rc < 0)
        return rc;
    if (rc == 0) {
        char es[SHOW_BUF], as[SHOW_BUF];
        show_number(es, e.p, e.n);
        show(as, a.p, a.n, 0);
        set_result(out, CHECK_REJECT, line,
                   "token %zu (line %ld): expected a number near %s, got %s", index, line, es, as);
    } else if (!number_matches(spec, ev, av)) {
        reject_number(spec, index, line, e, ev, a, av, out);
    }
    return 0;
}

/* ---- tokens ---- */

static void match_text(const check_spec *spec, size_t index, long line, span e, span a,
                       check_result *out)
{
    size_t diff = first_difference(e, a, spec->case_sensitive);
    if (diff == e.n && diff == a.n)
        return;
    char es[SHOW_BUF], as[SHOW_BUF];
    size_t from = window_from(e.p, e.n, diff);
    show(es, e.p, e.n, from);
    show(as, a.p, a.n, from);
    set_result(out, CHECK_REJECT, line, "token %zu (line %ld): expected %s, got %s", index, line,
               es, as);
}

static int match_token(const check_spec *spec, size_t index, long line, span e, span a,
                       check_result *out)
{
    /* Equal text is an equal value (nan included), so the common case of a right
     * answer never pays for strtod. */
    if (span_equal(e, a))
        return 0;
    if (spec->kind == CHECK_FLOAT) {
        double ev;
        int rc = parse_number(e, &ev);
        if (rc != 0)
            return rc < 0 ? rc : match_number(spec, index, line, e, ev, a, out);
    }
    match_text(spec, index, line, e, a, out);
    return 0;
}

/* Whitespace runs are shown like values, but an absent run reads as "nothing". */
static void show_space(char dst[SHOW_BUF], span run)
{
    if (run.n == 0)
        snprintf(dst, SHOW_BUF, "nothing");
    else
        show(dst, run.p, run.n, 0);
}

/* Runs e and a start on line; the line reported is where they first differ. */
static void reject_space(check_result *out, long line, size_t index, bool at_end, span e, span a)
{
    line += count_lines(e.p, first_difference(e, a, true));
    char es[SHOW_BUF], as[SHOW_BUF];
    show_space(es, e);
    show_space(as, a);
    if (at_end)
        set_result(out, CHECK_REJECT, line, "whitespace at the end (line %ld): expected %s, got %s",
                   line, es, as);
    else
        set_result(out, CHECK_REJECT, line,
                   "whitespace before token %zu (line %ld): expected %s, got %s", index, line, es,
                   as);
}

static void reject_missing(check_result *out, long line, size_t index, span e)
{
    char es[SHOW_BUF];
    show(es, e.p, e.n, 0);
    set_result(out, CHECK_REJECT, line, "expected more output: token %zu %s missing", index, es);
}

/* Shows the rest of the output from the first extra token, so a learner sees
 * whether it is one stray value or a whole second answer. */
static void reject_extra(check_result *out, long line, const cursor *act, span a)
{
    char as[SHOW_BUF];
    show(as, a.p, (size_t)(act->s + act->len - a.p), 0);
    set_result(out, CHECK_REJECT, line, "extra output after the expected answer: %s", as);
}

static int compare_tokens(const check_spec *spec, cursor *exp, cursor *act, check_result *out)
{
    for (size_t index = 1;; index++) {
        long space_line = exp->line;
        span ews = take_space(exp), aws = take_space(act);
        span e = take_token(exp), a = take_token(act);
        if (e.n == 0 && a.n > 0) {
            reject_extra(out, exp->line, act, a);
            return 0;
        }
        if (e.n > 0 && a.n == 0) {
            reject_missing(out, exp->line, index, e);
            return 0;
        }
        if (spec->space_sensitive && !span_equal(ews, aws)) {
            reject_space(out, space_line, index, e.n == 0, ews, aws);
            return 0;
        }
        if (e.n == 0)
            return 0;
        int rc = match_token(spec, index, exp->line, e, a, out);
        if (rc < 0 || out->outcome != CHECK_ACCEPT)
            return rc;
    }
}

/* ---- exact ---- */

static bool same_tokens(const char *e, size_t en, const char *a, size_t an)
{
    check_spec plain = check_spec_default(CHECK_TOKENS);
    check_result scratch;
    cursor ec = cursor_at(e, en), ac = cursor_at(a, an);
    clear_result(&scratch);
    compare_tokens(&plain, &ec, &ac, &scratch);
    return scratch.outcome == CHECK_ACCEPT;
}

/* The line starting at s, without its '\n'; *has_newline says whether one ends it. */
static span line_at(const char *s, size_t n, bool *has_newline)
{
    const char *nl = n > 0 ? memchr(s, '\n', n) : NULL;
    *has_newline = nl != NULL;
    return (span){s, nl != NULL ? (size_t)(nl - s) : n};
}

/* Both answers are equal up to the line starting at offset start, and differ at
 * offset diff into it. The line endings are shown only when they are where the
 * lines differ ("12\n" against "12"), so ordinary messages stay uncluttered. */
static void describe_line(check_result *out, long line, span e, span a, size_t diff, bool e_ended,
                          bool a_ended)
{
    bool e_nl, a_nl;
    span el = line_at(e.p, e.n, &e_nl), al = line_at(a.p, a.n, &a_nl);
    if (span_equal(el, al)) {
        el.n += e_nl;
        al.n += a_nl;
    }
    char es[SHOW_BUF], as[SHOW_BUF];
    size_t from = window_from(el.p, el.n, diff);
    show(es, el.p, el.n, from);
    show(as, al.p, al.n, from);
    if (a_ended)
        set_result(out, CHECK_REJECT, line, "line %ld: expected %s, but the output ended", line,
                   es);
    else if (e_ended)
        set_result(out, CHECK_REJECT, line, "line %ld: expected the output to end, got %s", line,
                   as);
    else
        set_result(out, CHECK_REJECT, line, "line %ld: expected %s, got %s", line, es, as);
}

static void compare_exact(const char *e, size_t en, const char *a, size_t an, check_result *out)
{
    size_t p = first_difference((span){e, en}, (span){a, an}, true);
    if (p == en && p == an)
        return;
    const char *nl = p > 0 ? memrchr(e, '\n', p) : NULL;
    size_t start = nl != NULL ? (size_t)(nl - e) + 1 : 0;
    long line = count_lines(e, start) + 1;
    describe_line(out, line, (span){e + start, en - start}, (span){a + start, an - start},
                  p - start, start == en, start == an);
    out->whitespace_only = same_tokens(e, en, a, an);
}

/* ---- entry points ---- */

int check_compare(const check_spec *spec, const char *expected, size_t expected_len,
                  const char *actual, size_t actual_len, check_result *out)
{
    assert(spec != NULL && out != NULL);
    assert(expected != NULL || expected_len == 0);
    assert(actual != NULL || actual_len == 0);
    clear_result(out);
    /* memcmp and friends must not see NULL, even for zero bytes. */
    if (expected == NULL)
        expected = "";
    if (actual == NULL)
        actual = "";
    switch (spec->kind) {
    case CHECK_EXACT:
        compare_exact(expected, expected_len, actual, actual_len, out);
        return 0;
    case CHECK_TOKENS:
    case CHECK_FLOAT: {
        cursor ec = cursor_at(expected, expected_len), ac = cursor_at(actual, actual_len);
        int rc = compare_tokens(spec, &ec, &ac, out);
        if (rc < 0)
            set_result(out, CHECK_FAULT, 0, "out of memory while checking");
        return rc;
    }
    case CHECK_CUSTOM:
    case CHECK_KIND_COUNT:
        break;
    }
    set_result(out, CHECK_FAULT, 0, "'%s' is not a built-in checker", check_kind_name(spec->kind));
    return ERR_INTERNAL;
}

/* Reads the start of feedback_dir/judgemessage.txt into buf (NUL-terminated),
 * returning its length, or 0 when it is absent or not a regular file. The
 * checker wrote that directory, so the name may be a FIFO or a symlink: neither
 * may block us or lead us elsewhere. */
static size_t read_feedback(const char *feedback_dir, char buf[FEEDBACK_READ + 1])
{
    char path[PATH_MAX];
    int n = snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return 0;
    struct stat st;
    size_t len = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        ssize_t got;
        while (len < FEEDBACK_READ && ((got = read(fd, buf + len, FEEDBACK_READ - len)) > 0 ||
                                       (got < 0 && errno == EINTR)))
            len += got > 0 ? (size_t)got : 0;
    }
    close(fd);
    buf[len] = '\0';
    return len;
}

/* The first non-blank line of the checker's message, trimmed and escaped. */
static bool feedback_line(const char *feedback_dir, char *dst, size_t cap)
{
    char buf[FEEDBACK_READ + 1];
    size_t len = read_feedback(feedback_dir, buf);
    cursor c = cursor_at(buf, len);
    take_space(&c);
    bool nl;
    span line = line_at(buf + c.pos, len - c.pos, &nl);
    while (line.n > 0 && is_space((unsigned char)line.p[line.n - 1]))
        line.n--;
    if (line.n == 0)
        return false;
    size_t consumed, o = escape(dst, cap - 4, line.p, line.n, &consumed);
    if (consumed < line.n) {
        memcpy(dst + o, "...", 3);
        o += 3;
    }
    dst[o] = '\0';
    return true;
}

void check_custom_result(int exit_status, int term_signal, bool timed_out, const char *feedback_dir,
                         check_result *out)
{
    assert(out != NULL);
    clear_result(out);
    if (timed_out) {
        set_result(out, CHECK_FAULT, 0, "checker timed out");
    } else if (term_signal > 0) {
        const char *abbrev = sigabbrev_np(term_signal);
        if (abbrev != NULL)
            set_result(out, CHECK_FAULT, 0, "checker killed by signal %d (SIG%s)", term_signal,
                       abbrev);
        else
            set_result(out, CHECK_FAULT, 0, "checker killed by signal %d", term_signal);
    } else if (exit_status == CHECK_EXIT_ACCEPT) {
        out->outcome = CHECK_ACCEPT;
    } else if (exit_status == CHECK_EXIT_REJECT) {
        char why[FEEDBACK_SHOW + 4];
        if (feedback_dir != NULL && feedback_line(feedback_dir, why, sizeof why))
            set_result(out, CHECK_REJECT, 0, "%s", why);
        else
            set_result(out, CHECK_REJECT, 0, "the checker rejected the output");
    } else {
        set_result(out, CHECK_FAULT, 0, "checker exited with status %d", exit_status);
    }
}
