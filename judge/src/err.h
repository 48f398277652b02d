/* Errors of the judge itself (never of a learner's program, which gets a verdict):
 * one closed table of codes, each with its exit status, and the one place that
 * prints an error line. Functions return 0 or one of these negative codes. */
#ifndef ERR_H
#define ERR_H

#define ERRORS(X)                                                                                  \
    X(USAGE, -1, 2, "usage error")                                                                 \
    X(PACKAGE, -2, 2, "problem package error")                                                     \
    X(INPUT, -3, 2, "unusable input file")                                                         \
    X(INTERNAL, -4, 3, "internal error")                                                           \
    X(NOMEM, -5, 3, "out of memory")                                                               \
    X(INTERRUPTED, -6, 130, "interrupted")

typedef enum {
#define X(id, value, exit_status, text) ERR_##id = value,
    ERRORS(X)
#undef X
} err_code;

/* Prints "judge: <message>" on stderr and returns code, so a failing step reads
 * `return err_report(ERR_INPUT, "cannot open '%s': %s", path, strerror(errno));`.
 * The message is shown through show.h: the values in it (a learner's file name,
 * a validator's reason) can never break the line or drive the terminal. */
int err_report(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prints "judge: note: <message>" on stderr, shown as err_report shows its
 * message: what went differently from the usual and is no error. */
void err_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* How the learner runs the judge, for the commands that messages suggest:
 * $KIT_COMMAND, which the kit script sets to how it was called ("./kit", or
 * "../kit" from another directory), else "judge". */
const char *err_command(void);

/* The process exit status for an error code (2 for usage and package errors,
 * 3 for internal ones). */
int err_exit_status(int code);

#endif
