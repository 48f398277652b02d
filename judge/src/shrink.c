/* The candidates of one shrinking round: a text read as lines of tokens, and the
 * edits tried on it in a fixed order, coarse first, each rendered back to text
 * and offered to the caller, who judges it. */
#include "shrink.h"

#include "err.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One round: the caller's callback, and whether it asked to stop. */
typedef struct {
    shrink_offer offer;
    void *ctx;
    bool stop;
} round;

/* The input as lines of tokens (split at spaces and tabs): the text shrinking works
 * on, and renders back with single spaces. */
typedef struct {
    char *store;
    char **tok;
    size_t ntok;
    size_t *first, *count; /* tokens of each line */
    size_t nlines;
    bool final_newline;
} doc;

static void doc_release(doc *d)
{
    free(d->store);
    free(d->tok);
    free(d->first);
    free(d->count);
    memset(d, 0, sizeof *d);
}

static int doc_parse(const char *text, size_t len, doc *d)
{
    memset(d, 0, sizeof *d);
    d->store = malloc(len + 1);
    d->tok = malloc((len / 2 + 1) * sizeof *d->tok);
    d->first = malloc((len + 1) * sizeof *d->first);
    d->count = malloc((len + 1) * sizeof *d->count);
    if (!d->store || !d->tok || !d->first || !d->count)
        return ERR_NOMEM;
    memcpy(d->store, text, len);
    d->store[len] = '\0';
    d->final_newline = len > 0 && text[len - 1] == '\n';
    size_t end = d->final_newline ? len - 1 : len;
    if (len == 0)
        return 0;
    for (size_t at = 0;;) {
        size_t stop = at;
        while (stop < end && d->store[stop] != '\n')
            stop++;
        d->first[d->nlines] = d->ntok;
        for (size_t i = at; i < stop;) {
            while (i < stop && (d->store[i] == ' ' || d->store[i] == '\t'))
                d->store[i++] = '\0';
            if (i == stop)
                break;
            d->tok[d->ntok++] = &d->store[i];
            while (i < stop && d->store[i] != ' ' && d->store[i] != '\t')
                i++;
        }
        d->store[stop] = '\0';
        d->count[d->nlines] = d->ntok - d->first[d->nlines];
        d->nlines++;
        if (stop >= end)
            break;
        at = stop + 1;
    }
    return 0;
}

/* One candidate: the current doc with some lines or tokens left out, one token
 * replaced, and one token of the first line moved by delta. */
typedef struct {
    size_t line_from, line_to; /* lines left out */
    size_t tok_from, tok_to;   /* tokens left out (indexes over the whole doc) */
    size_t repl_tok;           /* the token replaced by repl, when repl */
    const char *repl;
    size_t count_tok; /* the token adjusted by delta, when delta */
    long long delta;
} edit;

static bool parse_int(const char *s, long long *v)
{
    if (!*s)
        return false;
    const char *digits = s + (*s == '-');
    for (const char *c = digits; *c; c++)
        if (*c < '0' || *c > '9')
            return false;
    if (!*digits)
        return false;
    errno = 0;
    char *end;
    *v = strtoll(s, &end, 10);
    return errno == 0 && *end == '\0';
}

static int render(const doc *d, const edit *e, buf *out)
{
    int rc = 0;
    bool any = false;
    for (size_t l = 0; rc == 0 && l < d->nlines; l++) {
        if (l >= e->line_from && l < e->line_to)
            continue;
        if (any)
            rc = buf_append(out, "\n", 1);
        any = true;
        bool first = true;
        for (size_t t = d->first[l]; rc == 0 && t < d->first[l] + d->count[l]; t++) {
            if (t >= e->tok_from && t < e->tok_to)
                continue;
            if (!first)
                rc = buf_append(out, " ", 1);
            first = false;
            long long v;
            if (rc < 0)
                break;
            if (e->repl && t == e->repl_tok)
                rc = buf_append(out, e->repl, strlen(e->repl));
            else if (e->delta && t == e->count_tok && parse_int(d->tok[t], &v))
                rc = buf_appendf(out, "%lld", v + e->delta);
            else
                rc = buf_append(out, d->tok[t], strlen(d->tok[t]));
        }
    }
    if (rc == 0 && any && d->final_newline)
        rc = buf_append(out, "\n", 1);
    if (rc == 0 && !out->data)
        rc = buf_append(out, "", 0);
    return rc;
}

/* Renders one candidate and offers it; a non-zero answer of the callback stops
 * the round (1) or fails it (negative). */
static int emit(round *sh, const doc *d, const edit *e)
{
    if (sh->stop)
        return 0;
    buf text = BUF_INIT;
    int rc = render(d, e, &text);
    if (rc == 0)
        rc = sh->offer(sh->ctx, &text);
    buf_release(&text);
    if (rc > 0) {
        sh->stop = true;
        rc = 0;
    }
    return rc;
}

/* A removal, preceded by its variants that keep a count in the first line right:
 * a number there equal to the lines (or tokens) after the first line goes down by
 * as many as were removed. */
static int emit_removal(round *sh, const doc *d, edit e, size_t lines, size_t toks)
{
    bool header_kept = d->nlines > 0 && (e.line_to == 0 || e.line_from > 0) &&
                       (e.tok_to == 0 || e.tok_from >= d->count[0]);
    size_t body_lines = d->nlines ? d->nlines - 1 : 0;
    size_t body_toks = d->nlines ? d->ntok - d->count[0] : 0;
    for (size_t t = 0; header_kept && t < d->count[0]; t++) {
        long long v;
        if (!parse_int(d->tok[t], &v))
            continue;
        e.count_tok = t;
        int rc = 0;
        if (lines && v == (long long)body_lines) {
            e.delta = -(long long)lines;
            rc = emit(sh, d, &e);
        }
        if (rc == 0 && toks && v == (long long)body_toks &&
            (v != (long long)body_lines || toks != lines)) {
            e.delta = -(long long)toks;
            rc = emit(sh, d, &e);
        }
        if (rc < 0)
            return rc;
    }
    e.delta = 0;
    return emit(sh, d, &e);
}

static size_t halve(size_t c) { return (c + 1) / 2; }

static int remove_lines(round *sh, const doc *d)
{
    size_t n = d->nlines;
    for (size_t c = n; c >= 1 && !sh->stop; c = halve(c)) {
        for (size_t a = 0; a < n && !sh->stop; a += c) {
            size_t b = a + c < n ? a + c : n, toks = 0;
            for (size_t l = a; l < b; l++)
                toks += d->count[l];
            edit e = {.line_from = a, .line_to = b};
            int rc = emit_removal(sh, d, e, b - a, toks);
            if (rc < 0)
                return rc;
        }
        if (c == 1)
            break;
    }
    return 0;
}

static int remove_tokens(round *sh, const doc *d)
{
    for (size_t l = 0; l < d->nlines && !sh->stop; l++) {
        size_t n = d->count[l], base = d->first[l];
        for (size_t c = n; c >= 1 && !sh->stop; c = halve(c)) {
            for (size_t a = 0; a < n && !sh->stop; a += c) {
                size_t b = a + c < n ? a + c : n;
                edit e = {.tok_from = base + a, .tok_to = base + b};
                int rc = emit_removal(sh, d, e, 0, b - a);
                if (rc < 0)
                    return rc;
            }
            if (c == 1)
                break;
        }
    }
    return 0;
}

static char simplest(char c)
{
    if (c >= 'a' && c <= 'z')
        return 'a';
    if (c >= 'A' && c <= 'Z')
        return 'A';
    if (c >= '0' && c <= '9')
        return '0';
    return c;
}

/* Words (tokens that are not integers): runs of characters left out, then each
 * character made the simplest of its class ('a', 'A', '0'). */
static int simplify_words(round *sh, const doc *d)
{
    for (size_t t = 0; t < d->ntok && !sh->stop; t++) {
        long long v;
        const char *w = d->tok[t];
        size_t n = strlen(w);
        if (parse_int(w, &v))
            continue;
        char *repl = malloc(n + 1);
        if (!repl)
            return ERR_NOMEM;
        int rc = 0;
        for (size_t c = halve(n); n >= 2 && c >= 1 && rc == 0 && !sh->stop; c = halve(c)) {
            for (size_t a = 0; a < n && rc == 0 && !sh->stop; a += c) {
                size_t b = a + c < n ? a + c : n;
                memcpy(repl, w, a);
                memcpy(repl + a, w + b, n - b + 1);
                edit e = {.repl_tok = t, .repl = repl};
                rc = emit(sh, d, &e);
            }
            if (c == 1)
                break;
        }
        for (size_t i = 0; i < n && rc == 0 && !sh->stop; i++) {
            if (simplest(w[i]) == w[i])
                continue;
            memcpy(repl, w, n + 1);
            repl[i] = simplest(w[i]);
            edit e = {.repl_tok = t, .repl = repl};
            rc = emit(sh, d, &e);
        }
        free(repl);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The smaller values tried for v, in order: 0, +-1, then v moved toward 0 by half
 * of itself, a quarter, ... down to one step: over rounds this is a binary search for
 * the smallest value that still fails (a threshold such as 2^31 is found in about
 * 31 rounds, not one round per unit). Returns how many were written. */
static int smaller_values(long long v, long long *out)
{
    int n = 0;
    if (v == 0 || v == LLONG_MIN)
        return 0;
    long long sign = v < 0 ? -1 : 1;
    out[n++] = 0;
    out[n++] = sign;
    for (int k = 1; k < 63; k++) {
        long long step = v / (1LL << k);
        out[n++] = step ? v - step : v - sign;
        if (!step)
            break;
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
        bool repeated = out[i] == v;
        for (int k = 0; k < kept; k++)
            repeated |= out[k] == out[i];
        if (!repeated)
            out[kept++] = out[i];
    }
    return kept;
}

/* Integers, level by level over every number: all made 0 first, then halved, ...
 * so the largest simplifications come first. */
static int simplify_numbers(round *sh, const doc *d)
{
    long long values[66];
    for (int level = 0; !sh->stop; level++) {
        bool any = false;
        for (size_t t = 0; t < d->ntok && !sh->stop; t++) {
            long long v;
            if (!parse_int(d->tok[t], &v) || smaller_values(v, values) <= level)
                continue;
            any = true;
            char repl[24];
            snprintf(repl, sizeof repl, "%lld", values[level]);
            edit e = {.repl_tok = t, .repl = repl};
            int rc = emit(sh, d, &e);
            if (rc < 0)
                return rc;
        }
        if (!any)
            break;
    }
    return 0;
}

int shrink_candidates(const char *text, size_t len, shrink_offer offer, void *ctx)
{
    round sh = {.offer = offer, .ctx = ctx};
    doc d;
    int rc = doc_parse(text, len, &d);
    if (rc == 0)
        rc = remove_lines(&sh, &d);
    if (rc == 0)
        rc = remove_tokens(&sh, &d);
    if (rc == 0)
        rc = simplify_words(&sh, &d);
    if (rc == 0)
        rc = simplify_numbers(&sh, &d);
    doc_release(&d);
    return rc;
}
