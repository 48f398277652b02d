/* Runs a package's own programs (validators, generators, custom checkers, and
 * stress's and scale's calls of them): the one way the judge starts, bounds and
 * reads a tool. A tool is the kit's code, not the learner's, but it reads what
 * the learner wrote (an input, an answer), so it gets budgets: a CPU limit, a
 * wall deadline after which its whole process group is killed, and, when the
 * judge is root, no capability. Its stderr is kept for its first line.
 *
 * Ownership: tool_start() fills a caller-owned tool; the descriptors in a
 * tool_spec stay the caller's (they are duplicated into the tool). Every started
 * tool is ended by tool_wait() or tool_reap(), which release what it holds; a
 * tool the caller abandons is ended with tool_kill() then tool_wait(). */
#ifndef TOOL_H
#define TOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* A root judge's tools run as this uid and gid, just below the uids of the
 * box's submissions (60000..60999): they own no file, hold no capability and
 * cannot signal a submission, nor a submission them. */
#define TOOL_UID 59999
/* Files named as a tool's arguments become its descriptors from 3 on. */
enum { TOOL_MAX_ARGS = 8, TOOL_MAX_FILES = 4, TOOL_FIRST_FILE_FD = 3 };

/* The default CPU budget; the wall budget defaults to twice the CPU budget plus
 * a second. */
enum { TOOL_CPU_MS = 10000 };

/* The CPU budget of a tool of a problem whose time limit is time_ms: ten times
 * it, within 1 s .. 60 s. A validator, generator or checker reads what a
 * solution reads and does about as much work. */
long tool_budget_ms(long time_ms);

/* The default wall budget of a tool of cpu_ms: twice its CPU time in whole
 * seconds, plus a second. */
long tool_wall_ms(long cpu_ms);

typedef struct {
    char *const *argv;    /* NULL-terminated; argv[0] is the tool's path */
    int in_fd;            /* stdin; -1: in_path, or /dev/null when that is NULL too */
    const char *in_path;  /* opened for stdin when in_fd is -1 */
    const char *out_path; /* stdout, created or truncated (0644); NULL: /dev/null */
    long cpu_ms, wall_ms; /* 0: the defaults above */
    /* Files and directories the tool is given, appended to argv as
     * /proc/self/fd/N (N = TOOL_FIRST_FILE_FD + i): a Kattis checker's input,
     * answer and feedback directory. A directory is handed to the tool's uid. */
    const char *files[TOOL_MAX_FILES];
    int nfiles;
} tool_spec;

/* How a tool ended. */
typedef struct {
    int code;         /* its exit status, or -1 when it did not exit */
    int signal;       /* the signal that ended it, or 0 */
    bool out_of_cpu;  /* it reached its CPU budget (cpu_ms) */
    bool out_of_wall; /* it ran past its wall budget (wall_ms) and was killed */
    long cpu_ms;      /* the budgets it had */
    long wall_ms;
    char why[256]; /* the first line of its stderr ("" when it wrote none) */
} tool_result;

typedef struct {
    pid_t pid;   /* leads its own process group */
    uid_t uid;   /* the uid it runs as */
    int pidfd;   /* readable once the tool has exited */
    int err_fd;  /* a memfd holding its stderr */
    long cpu_ms; /* its budgets */
    long wall_ms;
    long long t0;  /* when it started (CLOCK_MONOTONIC, ms) */
    bool killed;   /* tool_kill() was called */
    char name[64]; /* argv[0]'s last component, for messages */
} tool;

/* Starts spec's tool: argv (at most TOOL_MAX_ARGS words) then the files. A root
 * judge's tool runs as TOOL_UID when that uid may use every file it is given,
 * else as uid 0 without capabilities. Returns 0, or ERR_INPUT when in_path
 * cannot be opened, ERR_PACKAGE when the program cannot be, ERR_INTERNAL when
 * it cannot be started (all reported; nothing is left). */
int tool_start(const tool_spec *spec, tool *t);

/* A descriptor that becomes readable when the tool has exited, for an event
 * loop's poll; then tool_reap() collects it without blocking. */
int tool_fd(const tool *t);

/* How long until the tool's wall budget runs out (0 when it has). */
long tool_ms_left(const tool *t);

/* Kills the tool's process group (it is then collected as out of wall time when
 * tool_ms_left() is 0, else as killed by SIGKILL). */
void tool_kill(tool *t);

/* Blocks until the tool exits or its wall budget runs out (it is then killed),
 * fills *out and releases t. Returns 0, ERR_INTERRUPTED when a stop signal
 * (stop.h) came meanwhile (the tool is killed), or ERR_INTERNAL (both reported). */
int tool_wait(tool *t, tool_result *out);

/* Whether the tool has exited (it is then a zombie until collected). An event
 * loop may report tool_fd() readable when it is not: ask this first. */
bool tool_exited(const tool *t);

/* tool_wait() for a tool that has exited (tool_exited()) or was killed. */
int tool_reap(tool *t, tool_result *out);

/* Starts and waits: tool_start() then tool_wait(). */
int tool_run(const tool_spec *spec, tool_result *out);

/* The Kattis reading of a validator's or checker's exit: 42 accepts, 43 rejects,
 * anything else is the tool's fault. */
typedef enum { TOOL_ACCEPT, TOOL_REJECT, TOOL_FAULT } tool_verdict;
tool_verdict tool_kattis(const tool_result *r);

/* How a tool ended, for a message: "exit status 3", "killed by signal 11",
 * "out of its 10 s CPU budget" (CPU time counts in whole seconds), "still
 * running after 21 s". Writes into buf and
 * returns it. */
const char *tool_failure(const tool_result *r, char *buf, size_t size);

#endif
