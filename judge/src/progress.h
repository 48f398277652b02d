/* The one live line of progress on stderr ("judging lcs: 12/80 runs", stress's
 * counter, the shrinker's): each update replaces the line in place, and
 * progress_clear() removes it before anything else is printed, or
 * progress_keep() ends it where it stands. The callers show it only on a
 * terminal (their configuration's progress flag). */
#ifndef PROGRESS_H
#define PROGRESS_H

/* Replaces the line with the formatted text (no newline), flushed. */
void progress_show(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Removes the line: the cursor is back at the start of an empty line. Nothing
 * when no line is shown. */
void progress_clear(void);

/* Ends the line shown with a newline, so that it stays on the screen (stress's
 * last count) and what is printed next starts on a line of its own: an error
 * ("interrupted") printed by a module that did not draw the line. Nothing when
 * no line is shown. */
void progress_keep(void);

#endif
