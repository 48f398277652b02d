/* Sanitizer reports, line by line: an ASan "ERROR: AddressSanitizer: KIND" header,
 * its access line ("WRITE of size 4 at ..."), and frames "#N 0xADDR in FUNC
 * FILE:LINE[:COL]"; or a UBSan "FILE:LINE:COL: runtime error: WHAT" line. */
#include "sanitizer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LINE_MAX_SHOWN = 400, PATH_MAX_SHOWN = 4096 };

typedef struct {
    const char *text;
    size_t len;
} span;

/* The next line of [*p, end), without its newline; false at the end. */
static bool next_line(const char **p, const char *end, span *line)
{
    if (*p >= end)
        return false;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    line->text = *p;
    line->len = (size_t)((nl ? nl : end) - *p);
    *p = nl ? nl + 1 : end;
    return true;
}

static const char *find(span s, const char *needle)
{
    return memmem(s.text, s.len, needle, strlen(needle));
}

/* Copies at most size-1 bytes of [from, from+n) as they are: the learner's code
 * can write anything on stderr, a forged report too, so the explanation holds
 * raw bytes that every report shows escaped (show.h), like any message. */
static void copy_text(char *to, size_t size, const char *from, size_t n)
{
    size_t k = n < size - 1 ? n : size - 1;
    memcpy(to, from, k);
    to[k] = '\0';
}

static bool all_digits(const char *from, const char *to)
{
    if (from >= to)
        return false;
    for (const char *c = from; c < to; c++)
        if (*c < '0' || *c > '9')
            return false;
    return true;
}

/* "    #0 0x4011d6 in solve /abs/x.c:12:7" -> function "solve", place "/abs/x.c:12"
 * (a column is dropped; a frame without a line keeps what it has). */
static bool parse_frame(span line, char *fn, size_t fn_size, char *place, size_t place_size)
{
    const char *in = find(line, " in ");
    if (!in)
        return false;
    const char *end = line.text + line.len;
    const char *name = in + 4, *space = memchr(name, ' ', (size_t)(end - name));
    if (!space)
        return false;
    copy_text(fn, fn_size, name, (size_t)(space - name));
    const char *file = space + 1, *last = memrchr(file, ':', (size_t)(end - file));
    const char *before = last ? memrchr(file, ':', (size_t)(last - file)) : NULL;
    if (before && all_digits(last + 1, end) && all_digits(before + 1, last))
        end = last;
    copy_text(place, place_size, file, (size_t)(end - file));
    return true;
}

/* The learner's spelling of a place in their file. */
static void show_place(char *out, size_t size, const char *place, const char *source,
                       const char *display)
{
    size_t n = strlen(source);
    if (strncmp(place, source, n) == 0 && place[n] == ':')
        snprintf(out, size, "%s%s", display, place + n);
    else
        snprintf(out, size, "%s", place);
}

/* "==12==ERROR: AddressSanitizer: heap-buffer-overflow on address ..." -> the
 * words from the tool's name to " on ". */
static void asan_kind(span header, char *what, size_t size)
{
    const char *tool = find(header, "Sanitizer: ");
    while (tool > header.text && tool[-1] != ' ')
        tool--;
    span rest = {tool, (size_t)(header.text + header.len - tool)};
    const char *on = find(rest, " on ");
    copy_text(what, size, rest.text, on ? (size_t)(on - rest.text) : rest.len);
}

static bool explain_asan(const char *p, const char *end, span header, const char *source,
                         const char *display, char *out, size_t size)
{
    char what[160], access[120] = "", fn[120] = "", place[600] = "";
    char first_fn[120] = "", first_place[600] = "";
    asan_kind(header, what, sizeof what);
    span line;
    size_t n = strlen(source);
    while (next_line(&p, end, &line) && !place[0]) {
        if (!access[0] && (find(line, "READ of size") || find(line, "WRITE of size"))) {
            const char *at = find(line, " at ");
            copy_text(access, sizeof access, line.text, at ? (size_t)(at - line.text) : line.len);
            continue;
        }
        char f[120], pl[600];
        if (!find(line, "#") || !parse_frame(line, f, sizeof f, pl, sizeof pl))
            continue;
        if (!first_place[0]) {
            snprintf(first_fn, sizeof first_fn, "%s", f);
            snprintf(first_place, sizeof first_place, "%s", pl);
        }
        if (strncmp(pl, source, n) == 0 && pl[n] == ':') {
            snprintf(fn, sizeof fn, "%s", f);
            snprintf(place, sizeof place, "%s", pl);
        }
    }
    if (!place[0]) {
        snprintf(fn, sizeof fn, "%s", first_fn);
        snprintf(place, sizeof place, "%s", first_place);
    }
    /* the kind in the learner's words: it is the deepest frame in their file */
    if (strcmp(what, "AddressSanitizer: stack-overflow") == 0)
        snprintf(what, sizeof what, "stack overflow (recursion too deep or endless)");
    char shown[700];
    show_place(shown, sizeof shown, place, source, display);
    snprintf(out, size, "%s%s%s%s%s%s%s%s", what, access[0] ? " (" : "", access,
             access[0] ? ")" : "", shown[0] ? " at " : "", shown, fn[0] ? " in " : "", fn);
    return true;
}

bool sanitizer_explain(const char *err, size_t len, const char *source, const char *display,
                       char *out, size_t size)
{
    const char *p = err, *end = err + len;
    span line;
    while (err && next_line(&p, end, &line)) {
        if (find(line, "ERROR: AddressSanitizer: ") || find(line, "ERROR: LeakSanitizer: "))
            return explain_asan(p, end, line, source, display, out, size);
        const char *ub = find(line, ": runtime error: ");
        if (ub) {
            char place[600], shown[700], what[LINE_MAX_SHOWN];
            /* FILE:LINE:COL: runtime error: WHAT -> FILE:LINE */
            size_t n = (size_t)(ub - line.text);
            const char *colon = memrchr(line.text, ':', n);
            copy_text(place, sizeof place, line.text, colon ? (size_t)(colon - line.text) : n);
            copy_text(what, sizeof what, ub + 17, (size_t)(line.text + line.len - ub - 17));
            show_place(shown, sizeof shown, place, source, display);
            snprintf(out, size, "UndefinedBehaviorSanitizer: %s at %s", what, shown);
            return true;
        }
    }
    return false;
}

long sanitizer_line(const char *explanation, const char *display)
{
    char mark[PATH_MAX_SHOWN + 8];
    snprintf(mark, sizeof mark, " at %s:", display);
    long line = 0;
    /* the last mark: the words before it quote the report, which may hold " at " */
    for (const char *hit = strstr(explanation, mark); hit; hit = strstr(hit + 1, mark)) {
        const char *digits = hit + strlen(mark), *end = digits;
        while (*end >= '0' && *end <= '9' && end - digits < 9)
            end++;
        if (end > digits && (*end == ' ' || *end == '\0'))
            line = strtol(digits, NULL, 10);
    }
    return line;
}
