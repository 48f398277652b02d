/* `judge debug`: gdb on the learner's file, built -O0 -g as a judged binary is
 * linked (with the harness), started on a test's input with the harness's
 * descriptors where the judge puts them, and stopped in the learner's function.
 *
 * Unlike every other run of the judge this one is not sandboxed: it is the
 * learner's own program, run at their request under their debugger, on an input
 * they can read anyway (a sample or their own test, never a hidden one). Its
 * environment is emptied as the sandbox empties it.
 *
 * Ownership: the names and argv returned are the caller's (debug_strings_free);
 * a debug_spec borrows everything it points to. */
#ifndef DEBUG_H
#define DEBUG_H

#include "problem.h"

#include <stdbool.h>
#include <stddef.h>

/* The functions a function problem's header declares: what the harness calls,
 * hence where gdb stops. The names followed by '(' at file scope, outside
 * comments, strings, preprocessor lines, typedefs and struct bodies, keywords
 * and reserved names (_X, __x) left out; each name once, in the header's order.
 * Returns 0 with *names (a NULL-terminated array of *n names), or ERR_NOMEM. */
int debug_header_functions(const char *text, size_t len, char ***names, size_t *n);

/* The test `judge debug` runs: NULL names the first sample; else NAME or
 * GROUP/NAME of a sample or one of the learner's own tests, or a prefix of one
 * name only ("02"). A hidden test is refused (ERR_USAGE, with a line saying
 * so), as is a name no visible test has (the line lists the samples). */
int debug_pick_test(const problem *p, const char *name, const test_case **out);

typedef struct {
    const char *gdb;          /* gdb's path (debug_find_gdb) */
    const char *binary;       /* built with compile_input.debug */
    const char *input;        /* the test's .in: the program's stdin */
    const char *answer;       /* where the harness writes its answer (fd 3); NULL: a
                                 program problem, whose answer is its stdout */
    char *const *breakpoints; /* the functions to stop in, NULL-terminated */
    bool batch;               /* no prompt: the backtrace at the first stop, then run to the end */
} debug_spec;

/* gdb's command line for spec, NULL-terminated (free with debug_strings_free):
 * the environment emptied, a breakpoint on each function, then `run` with
 * stdin from the input, fd 3 on the answer file and fd 4 (the harness's report
 * to the judge) on /dev/null. Returns 0 or ERR_NOMEM. */
int debug_gdb_argv(const debug_spec *spec, char ***argv);

void debug_strings_free(char **strings);

/* The first gdb on PATH. Returns a malloc'd
 * path, or NULL after reporting that gdb is missing (ERR_INTERNAL's line). */
char *debug_find_gdb(void);

/* Runs gdb on spec in the foreground and waits for it; meanwhile the judge
 * ignores Ctrl-C and Ctrl-\ (gdb's to handle: they stop the program, not the
 * session). Returns gdb's exit status (0..255), or ERR_INTERNAL (reported)
 * when gdb cannot be started or is killed. */
int debug_run(const debug_spec *spec);

#endif
