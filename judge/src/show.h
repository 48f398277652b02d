/* Showing untrusted bytes: what a submission, a compiler or a checker wrote, and
 * the names a learner gave their files and tests, reach the terminal only
 * through here, so that no output can move the cursor, retitle the window,
 * open a hyperlink or rewrite a line into a fake verdict. JSON output does not
 * come here: jansson escapes it exactly.
 *
 * Kept as they are: printable ASCII, the backslash included, and valid UTF-8
 * of printable characters. Made visible: \n, \r and \t by name; every other
 * byte of C0 and DEL, every byte of invalid UTF-8, and the UTF-8 bytes of a C1
 * control (U+0080..U+009F, which some terminals obey like ESC), of a
 * bidirectional mark, embedding, override or isolate (U+061C, U+200E, U+200F,
 * U+202A..U+202E, U+2066..U+2069: they reorder the text around them) and of a
 * line or paragraph separator (U+2028, U+2029), as \xNN each.
 *
 * Shown text holds only printable ASCII and printable UTF-8, so showing it
 * again changes nothing: a line may be shown whole even when a part of it was
 * shown already (a checker's message quoting the learner's answer). The cost is
 * that a backslash is not escaped by default, so the learner's own text "\x1b"
 * looks like an escaped ESC; SHOW_BACKSLASH tells them apart where that matters.
 *
 * Nothing here allocates or fails; the caller owns every buffer. */
#ifndef SHOW_H
#define SHOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* show_escape flags: a backslash is written \\, so that a value quoted in a
 * sentence tells the two characters "\n" from a newline (the checkers' messages). */
#define SHOW_BACKSLASH 1u

/* Escapes s[0..len) (any bytes, NULs included) into dst, at most cap bytes and
 * never part of a character or of an escape; no NUL is written. Returns the
 * bytes written; *consumed gets how many bytes of s they show. */
size_t show_escape(char *dst, size_t cap, const char *s, size_t len, unsigned flags,
                   size_t *consumed);

/* s (NUL-terminated; NULL shows as "") escaped into dst[size], cut with "..."
 * when it does not fit. Returns dst, for printf's arguments. size >= 4. */
const char *show_str(char *dst, size_t size, const char *s);

/* s[0..len) escaped onto out, whole: one line, newlines included as \n. */
void show_write(FILE *out, const char *s, size_t len);

/* show_write of a NUL-terminated s (NULL shows as ""). */
void show_text(FILE *out, const char *s);

/* s[0..len) line by line, each escaped, indented by indent spaces and ended
 * with a newline (the last one too, whether or not s ends with one). */
void show_lines(FILE *out, int indent, const char *s, size_t len);

/* True when showing s[0..len) would change nothing (no flags). */
bool show_is_plain(const char *s, size_t len);

#endif
