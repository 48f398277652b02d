/* `judge watch`: re-judge a solution whenever its file is saved, until the learner
 * quits. watch_run() is the loop around any judging callback (the testable part);
 * watch_solution() is the CLI's entry, whose callback runs one session_judge() of
 * the file and prints its report.
 *
 * Ownership: the configs and everything they point to stay the caller's and must
 * outlive the call; nothing is kept after it returns. The terminal is put back as
 * it was on every way out (q, Ctrl-C, a signal, stdin closed). */
#ifndef WATCH_H
#define WATCH_H

#include "problem.h"
#include "session.h"

#include <stdbool.h>
#include <stdio.h>

/* Editors write a save within a few ms; 50 ms of quiet (watchexec's default too)
 * leaves room for a slow one and costs a fifth of the save-to-verdict time
 * (bench/bench_watch.c). */
enum {
    WATCH_POLL_MS = 250,   /* default polling interval */
    WATCH_DEBOUNCE_MS = 50 /* default quiet time after the last change of a save */
};

/* Judges the file once and prints the report on the screen. Returns 0, or a
 * negative error it has already reported: ERR_INTERRUPTED and ERR_NOMEM end the
 * watch, any other (an unusable file, a failed compiler start, ...) is left on the
 * screen and the watch waits for the next save. Called synchronously: saves made
 * while it runs are noted and answered by one judgement after it returns. */
typedef int (*watch_judge_cb)(void *data);

typedef struct {
    const char *path;    /* the file to watch */
    const char *display; /* its name as the learner wrote it, shown escaped; NULL: path */
    bool poll;           /* poll the file instead of watching its directory for events; also when
                            JUDGE_WATCH_POLL is set (not "0"), on a network file system, and
                            when file events cannot be started */
    int poll_ms;         /* polling interval; 0: WATCH_POLL_MS */
    int debounce_ms;     /* quiet time before a change is judged; 0: WATCH_DEBOUNCE_MS */
    watch_judge_cb judge;
    void *data;  /* handed to judge */
    FILE *out;   /* the screen (stdout): cleared before each judgement on a terminal,
                    a separator line otherwise */
    int keys_fd; /* r (run again), q (quit) are read from here: 0 is stdin; -1 none. A
                    terminal is put in raw mode (and back in normal mode while judging,
                    so Ctrl-C still interrupts a run); a pipe works too, and its end
                    (EOF) quits; a file or /dev/null gives no keys */
    bool silent; /* print nothing of the watch's own on out (its output is then only
                    the callback's, e.g. JSON lines); notes go to stderr */
} watch_config;

/* Judges the file once, then again after each save that changed its content (a
 * touch does not count), or on `r`. A file that disappears is waited for (said
 * once). Returns 0 after q, Ctrl-D or the end of the keys' input; ERR_INTERRUPTED
 * after SIGINT, SIGTERM or SIGHUP (or Ctrl-C on a raw terminal, or a judgement
 * interrupted); ERR_NOMEM; ERR_INTERNAL (reported) when the loop cannot start. */
int watch_run(const watch_config *cfg);

typedef struct {
    bool poll;       /* --poll */
    int poll_ms;     /* 0: WATCH_POLL_MS */
    int debounce_ms; /* 0: WATCH_DEBOUNCE_MS */
    bool json;       /* one JSON report per judgement, one per line, nothing else */
    bool gcc;        /* report_gcc()'s lines per judgement, nothing else (editors) */
    bool color;      /* ANSI colours in the text report */
    /* called after each judgement that produced a report, e.g. to record it in the
       history; NULL: none */
    void (*judged)(const judgement *j, const char *source, void *data);
    void *judged_data;
} watch_options;

/* `judge watch SLUG [FILE]`: watch_run() with a callback that judges source (an
 * absolute path; display is how the learner named it) on the plan pl with
 * session_judge() and prints report_text() (or one line of report_json(), or
 * report_gcc()'s lines) on stdout. The compile cache directory is created if missing. Returns what
 * watch_run() returns. */
int watch_solution(const session_config *scfg, const plan *pl, const char *source,
                   const char *display, const watch_options *opt);

#endif
