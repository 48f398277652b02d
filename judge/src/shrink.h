/* Candidate inputs for shrinking a failing test: smaller or simpler variants of a
 * text, produced in a fixed order, coarse first, so that the first one that
 * still fails is a big step.
 *
 * The text is read as lines of tokens split at spaces and tabs, and rendered back
 * with single spaces (its final newline kept). The order of one round:
 *   1. runs of lines left out: all of them, halves, quarters, ... single lines;
 *   2. runs of tokens of each line left out, likewise;
 *   3. words (tokens that are not integers): runs of characters left out, then
 *      each character made the simplest of its class ('a', 'A', '0');
 *   4. integers, level by level over all of them: 0, then +-1, then moved toward
 *      0 by half of themselves, a quarter, ... one step (over rounds, a binary
 *      search for the smallest value that still fails).
 * A removal is preceded by its variants that keep a count right: a number of the
 * first line equal to the lines (or tokens) after it goes down with them, so a
 * validator sees "n" follow the values it counts. Nothing here knows the format:
 * the caller's validator rejects what is malformed. */
#ifndef SHRINK_H
#define SHRINK_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>

/* Called with each candidate, in order; candidate is the caller's to read (and
 * may be taken: it is released after the call, so a caller that keeps the data
 * moves it out and leaves candidate as BUF_INIT). Returns 0 to go on, 1 to end
 * the round, or a negative error code, which ends it and is returned. */
typedef int (*shrink_offer)(void *ctx, buf *candidate);

/* Offers the candidates of one round for text[0..len). Returns 0 when the round
 * ended (all offered, or the callback said 1), ERR_NOMEM, or the callback's
 * error. The same text always gives the same candidates in the same order, some
 * of which may repeat or equal the text itself: the caller filters those. */
int shrink_candidates(const char *text, size_t len, shrink_offer offer, void *ctx);

#endif
