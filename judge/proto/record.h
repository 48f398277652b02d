/* The one-line record judge-box writes for every run, and its parser. Shared by
 * the box (which formats it) and the judge (which parses it), so the format is
 * defined in exactly one place:
 *
 *   id=7 status=CPU cpu_ms=1003 wall_ms=1010 rss_kb=1234 exit=0 signal=9 msg=free text
 *
 * Fields are space-separated key=value pairs in any order; msg is always last and
 * runs to the end of the line (it may hold spaces, never a newline). */
#ifndef PROTO_RECORD_H
#define PROTO_RECORD_H

#include <stddef.h>

/* How a run ended, as the box saw it. Decided in this order: SETUP/ERROR, then
 * CPU, WALL (killed for time), then MEM (peak RSS over the limit, even when the
 * program then died of a signal), TASKS (killed at the cap of threads), then
 * SIGNAL, EXIT (non-zero), OK. */
#define RECORD_STATUSES(X)                                                                         \
    X(OK, "exited with status 0")                                                                  \
    X(EXIT, "exited with a non-zero status")                                                       \
    X(SIGNAL, "killed by a signal")                                                                \
    X(CPU, "CPU time limit exceeded")                                                              \
    X(WALL, "wall-clock limit exceeded")                                                           \
    X(MEM, "memory limit exceeded")                                                                \
    X(TASKS, "thread limit reached")                                                               \
    X(SETUP, "could not be started")                                                               \
    X(ERROR, "sandbox failure")

typedef enum {
#define X(id, text) RECORD_##id,
    RECORD_STATUSES(X)
#undef X
        RECORD_STATUS_COUNT
} record_status;

typedef struct {
    unsigned long long id;
    record_status status;
    long cpu_ms;  /* user + system CPU of the program (and children it reaped) */
    long wall_ms; /* from fork to reap */
    long rss_kb;  /* peak resident set size (ru_maxrss) */
    int exit_code;
    int signal; /* terminating signal, 0 if it exited */
    char msg[256];
} record;

const char *record_status_name(record_status s); /* "OK", "CPU", ... */
const char *record_status_text(record_status s);

/* Formats r as one line ending in '\n' into buf. Returns the length written, or
 * -1 when it does not fit. A msg with newlines has them replaced by spaces. */
int record_format(const record *r, char *buf, size_t size);

/* Parses one record line (a trailing '\n' is allowed) of len bytes (no NUL
 * needed). Returns 0 and fills *out, or -1 for a malformed line: unknown key,
 * unknown status, a number out of range or a missing status. */
int record_parse(const char *line, size_t len, record *out);

#endif
