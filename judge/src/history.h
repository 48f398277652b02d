/* The learner's attempt history: every judged attempt and every `judge start`,
 * kept in an SQLite database in the user's data directory, and the queries the CLI
 * shows (a problem's status, its attempts, totals by difficulty and tag), as
 * data: history_print.h renders them.
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
    const char *file;        /* the file as the learner named it; NULL: "" */
    const char *flags;       /* the options that changed the judging ("--sanitize"); NULL: "" */
    const char *uncounted;   /* why this run is kept but is no attempt ("the unedited
                                stub", "--sanitize"); NULL when it counts */
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

/* Records an attempt / a `judge start` (when: unix seconds, 0 for now). A run
 * with a reason in uncounted is listed by history_log_of() but counts nowhere:
 * not as an attempt, not for solved or first try, not in the stats. Returns 0
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

/* What the history knows of one problem: its attempts, whether and when it was
 * first solved (first_ac), whether the first attempt was (first_try), when it was
 * first started, the hints seen in all and before the first AC. */
typedef struct {
    long attempts;
    bool solved, first_try, started;
    long long first_ac, start; /* valid when solved / started */
    int hints_seen;            /* of the problem's hints, by `judge hint` */
    int ac_hints;              /* hints seen before the first AC (valid when solved) */
} history_facts;

history_status history_status_from(const history_facts *f);

/* One attempt as the database holds it. Its text fields are whatever the file
 * says (anyone with the learner's rights may have written it): shown escaped. */
typedef struct {
    long long time; /* unix seconds */
    char verdict[16];
    long long passed, total, cpu_ms, hints;
    char source_hash[72];
    char file[160], flags[64];
    char uncounted[64]; /* "" when the row is an attempt */
} history_row;

/* A problem's facts and its judged runs, newest first (facts.attempts counts
 * those that are attempts). */
typedef struct {
    history_facts facts;
    history_row *rows;
    size_t nrows;
} history_log;

/* Fills *out (no attempts when there is no history, or the query failed after
 * the one warning); history_log_release() frees it. Returns 0 or ERR_NOMEM. */
int history_log_of(history *h, const char *slug, history_log *out);
void history_log_release(history_log *l);

/* Counts of one difficulty or tag. name is borrowed from the problems given. */
typedef struct {
    const char *name;
    long solved, tried, total, attempts;
} history_tally;

typedef struct {
    history_tally *items;
    size_t n, cap;
} history_tally_list;

/* The totals over the given problems (attempts at other slugs are left out):
 * each problem's facts (facts[i] is problems[i]'s), the counts, the tallies by
 * difficulty (easy, medium, hard, then others by name) and by tag (by name), and
 * the start-to-first-AC times with their median. */
typedef struct {
    const history_problem *problems;
    size_t n;
    history_facts *facts;
    long attempts, solved, tried;
    history_tally_list levels, tags;
    long long *waits; /* start-to-AC seconds of the solved problems that were started */
    size_t nwaits;
    bool has_median;
    long long median;
} history_stats;

/* Fills *s for the n problems (borrowed until history_stats_release(), which
 * frees what it allocated, also after a failure). Returns 0 or ERR_NOMEM. */
int history_stats_gather(history *h, const history_problem *problems, size_t n, history_stats *s);
void history_stats_release(history_stats *s);

#endif
