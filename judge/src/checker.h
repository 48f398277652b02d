/* Output checkers: decide whether a run's answer matches a test's expected answer.
 * The built-in ones (exact, tokens, float) work on memory; a custom checker is a
 * package program speaking the Kattis protocol, which the session starts through
 * tool.h, and whose end is interpreted here.
 *
 * Ownership: the caller owns every buffer passed in; results are plain structs
 * with fixed-size messages, nothing to free. */
/* Named checker.h, guarded by JUDGE_CHECK_H: the Check unit-test framework owns
 * <check.h> and CHECK_H, and the suites include both. */
#ifndef JUDGE_CHECK_H
#define JUDGE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#define CHECK_KINDS(X)                                                                             \
    X(EXACT, "exact")                                                                              \
    X(TOKENS, "tokens")                                                                            \
    X(FLOAT, "float")                                                                              \
    X(CUSTOM, "custom")

typedef enum {
#define X(id, name) CHECK_##id,
    CHECK_KINDS(X)
#undef X
        CHECK_KIND_COUNT
} check_kind;

/* What each kind accepts:
 * - exact: the bytes are equal. When they differ only in whitespace (same tokens)
 *   the result says so (whitespace_only), still a reject. The flags are ignored.
 * - tokens: the answers split on whitespace (space, \t, \n, \r, \v, \f) give the
 *   same tokens; NUL and every other byte belong to tokens. With space_sensitive
 *   every whitespace run (leading and trailing ones too) must also be byte-equal;
 *   without case_sensitive ASCII letters compare case-insensitively.
 * - float: tokens, except that an expected token which is wholly a decimal number
 *   ([+-]digits[.digits][e[+-]digits], ".5" and "1." too; inf, infinity, nan in
 *   any case; no hex) needs an actual token that is wholly a number too, with equal
 *   value or within abs_tol or within rel_tol*|e| (allowing for the rounding of
 *   both decimals into doubles, so a difference of exactly the tolerance passes).
 *   A negative tolerance disables that bound. An expected nan accepts only nan;
 *   an infinity (or a value too large for a double, which reads as one) only the
 *   same infinity; -0 equals 0. Expected tokens that are not numbers compare as
 *   text, case_sensitive applying.
 * A difference is described in message with at most about 60 bytes of each value,
 * escaped as show.h says with SHOW_BACKSLASH (printable text as it is; \n \r \t
 * \\ named; NUL, other controls and invalid UTF-8 as \xNN); "..." marks a value
 * cut at either end. */
typedef struct {
    check_kind kind;
    double abs_tol;       /* float: accepted when |a-e| <= abs_tol ... */
    double rel_tol;       /* ... or |a-e| <= rel_tol*|e| */
    bool case_sensitive;  /* tokens/float: compare letters exactly (default true) */
    bool space_sensitive; /* tokens/float: whitespace must match exactly (default false) */
} check_spec;

typedef enum { CHECK_ACCEPT, CHECK_REJECT, CHECK_FAULT } check_outcome;

typedef struct {
    check_outcome outcome;
    char message[256];    /* why it was rejected (or the checker fault), "" when accepted */
    long line;            /* 1-based line of the expected answer where they first differ
                             (past its end: its newline count + 1), 0 unknown or custom */
    bool whitespace_only; /* exact: the answers differ only in whitespace */
} check_result;

/* "exact" -> CHECK_EXACT; returns 0, or ERR_PACKAGE (not reported) for an
 * unknown name, which only a package can give. */
int check_kind_parse(const char *name, check_kind *out);
const char *check_kind_name(check_kind kind);
/* A spec with the defaults for kind: tolerances 1e-6, case-sensitive, space-insensitive. */
check_spec check_spec_default(check_kind kind);

/* Compares actual (the run's answer) with expected (the .ans) for the built-in
 * kinds. Neither buffer needs a NUL; both may hold any bytes, NULs included, and
 * either may be NULL when its length is 0 (asserted, as spec and out are). Linear
 * time, no recursion; memory is allocated only to parse a number token longer
 * than 127 bytes. Returns 0 with *out filled, or a negative error with
 * out->outcome CHECK_FAULT: ERR_INTERNAL for CHECK_CUSTOM or an unknown kind,
 * ERR_NOMEM. */
int check_compare(const check_spec *spec, const char *expected, size_t expected_len,
                  const char *actual, size_t actual_len, check_result *out);

/* The Kattis protocol's exit statuses, for checkers and validators alike. */
enum { CHECK_EXIT_ACCEPT = 42, CHECK_EXIT_REJECT = 43 };

/* Interprets a custom checker's end: exit 42 accept, 43 reject (message: the
 * first non-blank line of feedback_dir/judgemessage.txt, trimmed, escaped and
 * capped at 200 bytes, when it is a regular file; feedback_dir may be NULL),
 * anything else, a signal or a timeout is CHECK_FAULT: the package's fault, never
 * the learner's ("checker exited with status 7", "checker killed by signal 11
 * (SIGSEGV)", "checker timed out"; a timeout wins over the signal that ended it). */
void check_custom_result(int exit_status, int term_signal, bool timed_out, const char *feedback_dir,
                         check_result *out);

#endif /* JUDGE_CHECK_H */
