/* Parses hints.md line by line: `## Hint N` headings (outside code fences) open
 * the sections, and each section's text runs to the next heading with its blank
 * edges trimmed. */
#include "hints.h"

#include "buf.h"
#include "err.h"
#include "fsutil.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *where;
    hints *out;
    const char *body; /* the current hint's text so far, NULL before the first */
    size_t body_len;
    long line, heading_line;
} parser;

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* The hint number of a `## Hint N` line, 0 when it is another `## ` heading. */
static int heading_number(const char *s, size_t n)
{
    const char prefix[] = "## Hint ";
    size_t p = sizeof prefix - 1;
    if (n <= p || memcmp(s, prefix, p) != 0 || s[p] < '1' || s[p] > '9')
        return 0;
    return is_blank(s + p + 1, n - p - 1) ? s[p] - '0' : 0;
}

/* Stores the section that ends here, without its blank lines at either end. */
static int close_hint(parser *ps)
{
    if (!ps->body)
        return 0;
    const char *s = ps->body, *end = ps->body + ps->body_len;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *eol = nl ? nl : end;
        if (!is_blank(s, (size_t)(eol - s)))
            break;
        s = nl ? nl + 1 : end;
    }
    while (end > s && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    if (end == s)
        return err_report(ERR_PACKAGE, "'%s' line %ld: hint %zu is empty", ps->where,
                          ps->heading_line, ps->out->n + 1);
    char *text = strndup(s, (size_t)(end - s));
    if (!text)
        return ERR_NOMEM;
    ps->out->text[ps->out->n++] = text;
    ps->body = NULL;
    return 0;
}

/* One line s[0..n), followed by a newline when nl. */
static int take_line(parser *ps, const char *s, size_t n, bool nl, bool in_fence)
{
    int number = in_fence ? 0 : heading_number(s, n);
    if (number) {
        int rc = close_hint(ps);
        if (rc < 0)
            return rc;
        if ((size_t)number != ps->out->n + 1)
            return err_report(ERR_PACKAGE,
                              "'%s' line %ld: '## Hint %d' where hint %zu was expected", ps->where,
                              ps->line, number, ps->out->n + 1);
        ps->body = s + n + nl;
        ps->body_len = 0;
        ps->heading_line = ps->line;
        return 0;
    }
    if (!in_fence && n >= 3 && memcmp(s, "## ", 3) == 0)
        return err_report(ERR_PACKAGE,
                          "'%s' line %ld: a heading that is not '## Hint N' (N from 1 to %d)",
                          ps->where, ps->line, HINTS_MAX);
    if (ps->body) {
        ps->body_len = (size_t)(s + n - ps->body) + nl;
        return 0;
    }
    if (is_blank(s, n) || (n >= 2 && memcmp(s, "# ", 2) == 0))
        return 0;
    return err_report(ERR_PACKAGE, "'%s' line %ld: text before '## Hint 1' is never shown",
                      ps->where, ps->line);
}

int hints_parse(const char *text, size_t len, const char *where, hints *out)
{
    memset(out, 0, sizeof *out);
    parser ps = {.where = where, .out = out};
    bool in_fence = false;
    int rc = 0;
    if (memchr(text, '\0', len))
        return err_report(ERR_PACKAGE, "'%s' is not a text file", where);
    for (const char *s = text, *end = text + len; rc == 0 && s < end;) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = (size_t)((nl ? nl : end) - s);
        ps.line++;
        bool fence = n >= 3 && memcmp(s, "```", 3) == 0;
        rc = take_line(&ps, s, n, nl != NULL, in_fence && !fence);
        in_fence ^= fence;
        s += n + (nl != NULL);
    }
    if (rc == 0)
        rc = close_hint(&ps);
    if (rc == 0 && out->n == 0)
        rc = err_report(ERR_PACKAGE, "'%s' has no '## Hint 1'", where);
    return rc;
}

int hints_load(const char *dir, hints *out)
{
    memset(out, 0, sizeof *out);
    char *path = fs_join(dir, "hints.md");
    if (!path)
        return ERR_NOMEM;
    if (!fs_exists(path)) {
        int missing = err_report(ERR_PACKAGE, "this problem has no hints: '%s' is missing", path);
        free(path);
        return missing;
    }
    buf text = BUF_INIT;
    int rc = fs_read_file(path, 256 << 10, ERR_PACKAGE, &text);
    if (rc == 0)
        rc = hints_parse(text.data ? text.data : "", text.len, path, out);
    buf_release(&text);
    free(path);
    return rc;
}

void hints_release(hints *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->text[i]);
    memset(h, 0, sizeof *h);
}
