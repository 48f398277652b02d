/* A package's hints, problems/<slug>/hints.md: a title line, then sections headed
 * `## Hint 1`, `## Hint 2`, ... in order, from a nudge to nearly the answer.
 * `judge hint` shows them one at a time and the history remembers how many a
 * learner has seen.
 *
 * Ownership: hints_load() fills a caller-owned struct whose strings it allocates;
 * hints_release() frees them, also after a failed load. */
#ifndef HINTS_H
#define HINTS_H

#include <stddef.h>

enum { HINTS_MAX = 9 };

typedef struct {
    char *text[HINTS_MAX]; /* text[i] is hint i + 1, without its heading or blank edges */
    size_t n;
} hints;

/* Parses the markdown of one hints file; where names it in errors. Returns 0, or
 * ERR_PACKAGE (reported, naming the line) for a file that is not in that shape:
 * no hint, a heading out of order, an empty hint, text before the first hint
 * other than the title. */
int hints_parse(const char *text, size_t len, const char *where, hints *out);

/* Reads problems/<slug>/hints.md from the package directory dir. ERR_PACKAGE
 * when it is missing or malformed. */
int hints_load(const char *dir, hints *out);

void hints_release(hints *h);

#endif
