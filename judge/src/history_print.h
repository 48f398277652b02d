/* The renderers of the attempt history: the data of history.h as text tables or
 * JSON documents, for `judge history` and `judge stats`. They only read. */
#ifndef HISTORY_PRINT_H
#define HISTORY_PRINT_H

#include "history.h"

#include <stdbool.h>
#include <stdio.h>

/* A problem's attempts, newest first: a table (local time, verdict, tests passed,
 * CPU ms, the source hash's first 8 digits) or one JSON document:
 *   {"slug", "status": "new"|"tried"|"solved", "started": unix seconds of the first
 *    `judge start` or null, "hints_seen": n, "attempts": [{"time", "verdict",
 *    "passed", "total", "cpu_ms", "source_hash", "hints": hints seen before it}, ...]}
 * Returns 0, or ERR_NOMEM. */
int history_print_attempts(history *h, FILE *out, const char *slug, bool json);

/* Totals over the given problems (attempts at other slugs are left out): attempts;
 * problems solved, tried, new and in all, by difficulty (easy, medium, hard, then
 * others by name) and by tag (by name); first-try solves (the first attempt was
 * accepted); time from the first `judge start` to the first AC of each solved
 * problem, and its median, with the hints seen before that AC. Text, or one JSON
 * document:
 *   {"attempts", "solved", "solved_without_hints", "tried", "new", "total",
 *    "by_difficulty": [{"difficulty", "solved", "tried", "new", "total", "attempts"}],
 *    "by_tag": [{"tag", ...the same counts}], "first_try": [slug, ...],
 *    "start_to_ac": [{"slug", "seconds": n, or null when solved without a start,
 *                     "hints": hints seen before the first AC}],
 *    "median_start_to_ac_seconds": n or null}
 * Returns 0, or ERR_NOMEM. */
int history_print_stats(history *h, FILE *out, const history_problem *problems, size_t n,
                        bool json);

#endif
