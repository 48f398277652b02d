/* The learner's attempt history: every judged attempt and every `judge start`,
 * kept in an SQLite database in the user's data directory, and the queries the CLI
 * shows (a problem's status, its attempts, totals by difficulty and tag).
 *
 * History is never worth a failed judgement: when the database cannot be opened,
 * created, read or written (damaged, locked past a 200 ms busy timeout, read-only,
 * in a directory that cannot be made, written by a newer judge), the module prints
 * one line on stderr, once per process,
 *   judge: history unavailable: '<path>' <what> (<call>: <why>): judging goes on without it
 * and from then on behaves as an empty history: history_open() returns NULL, and
 * every other function accepts NULL (or a handle whose database failed later) as
 * "no history": writes do nothing, every problem is new, listings are empty.
 * A damaged file is left exactly as it was, never replaced.
 *
 * Ownership: history_open() returns a handle that history_close() frees; strings
 * passed in stay the caller's. history_default_path() returns a malloc'd string. */
#ifndef HISTORY_H
#define HISTORY_H

#include "verdict.h"
#include "verdict.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define HISTORY_STATUSES(X)                                                                        \
    X(NEW, "new")       /* never judged */                                                         \
    X(TRIED, "tried")   /* judged, never accepted */                                               \
    X(SOLVED, "solved") /* accepted at least once */

typedef enum {
#define X(id, name) HISTORY_##id,
    HISTORY_STATUSES(X)
#undef X
} history_status;

typedef struct history history;

typedef struct {
    const char *slug;
    long long time; /* unix seconds; 0 means now */
    verdict v;
    long passed, total;      /* tests passed, tests in the problem */
    long cpu_ms;             /* CPU time of the learner's runs, summed */
    const char *source_hash; /* hex digest of the source, any length */
} history_attempt;

/* What `judge stats` needs to know of each problem (the database knows only slugs). */
typedef struct {
    const char *slug;
    const char *difficulty; /* "easy", "medium", "hard" or anything else */
    char *const *tags;
    size_t ntags;
} history_problem;

/* $XDG_DATA_HOME/ckit/history.sqlite3 (when that variable holds an absolute path),
 * else ~/.local/share/ckit/history.sqlite3. Malloc'd; NULL when there is no home
 * directory or no memory. */
char *history_default_path(void);

/* Opens (creating it and its directories when missing, and migrating an older
 * schema) the database at path, or at history_default_path() when path is NULL.
 * Returns NULL after the one warning when the history is unavailable. */
history *history_open(const char *path);
void history_close(history *h);

/* Records an attempt / a `judge start` (when: unix seconds, 0 for now). Returns 0
 * when recorded, ERR_INTERNAL when not (no history, or it just failed and said
 * so): the caller carries on either way. An internal error (IE) is the judge's
 * failure, not an attempt, and is not recorded. */
int history_record_attempt(history *h, const history_attempt *a);
int history_record_start(history *h, const char *slug, long long when);
/* Records that the learner was shown hint number (1-based) of slug. */
int history_record_hint(history *h, const char *slug, int number, long long when);
/* The highest hint number of slug shown so far; 0 when none or no history. */
int history_hints_seen(history *h, const char *slug);

/* The hex digest of the file's bytes, an attempt's source_hash; "" when it
 * cannot be read (it was just compiled: a race with the learner's editor, not
 * worth a message). */
void history_source_hash(const char *path, char hex[33]);

history_status history_status_of(history *h, const char *slug);
bool history_solved(history *h, const char *slug);
const char *history_status_name(history_status s);

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
