/* Output checkers: decide whether a run's answer matches a test's expected answer.
 * The built-in ones (exact, tokens, float) work on memory; a custom checker is a
 * package program speaking the Kattis protocol, spawned by the run module, whose
 * exit is interpreted here.
 *
 * Ownership: the caller owns every buffer passed in; results are plain structs
 * with fixed-size messages, nothing to free. */
#ifndef CHECK_H
#define CHECK_H

#include <stdbool.h>
#include <stddef.h>

#define CHECK_KINDS(X)                                                                   \
    X(EXACT, "exact")                                                                    \
    X(TOKENS, "tokens")                                                                  \
    X(FLOAT, "float")                                                                    \
    X(CUSTOM, "custom")

typedef enum {
#define X(id, name) CHECK_##id,
    CHECK_KINDS(X)
#undef X
        CHECK_KIND_COUNT
} check_kind;

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
    char message[256]; /* why it was rejected (or the checker fault), "" when accepted */
    long line;         /* 1-based line of the expected answer where they first differ, 0 unknown */
    bool whitespace_only; /* exact: the answers differ only in whitespace */
} check_result;

/* "exact" -> CHECK_EXACT; returns 0, or -1 for an unknown name. */
int check_kind_parse(const char *name, check_kind *out);
const char *check_kind_name(check_kind kind);
/* A spec with the defaults for kind: tolerances 1e-6, case-sensitive, space-insensitive. */
check_spec check_spec_default(check_kind kind);

/* Compares actual (the run's answer) with expected (the .ans) for the built-in
 * kinds. Neither buffer needs a NUL; both may hold any bytes, NULs included.
 * Returns 0 with *out filled, or a negative error for CHECK_CUSTOM. */
int check_compare(const check_spec *spec, const char *expected, size_t expected_len,
                  const char *actual, size_t actual_len, check_result *out);

/* Interprets a custom checker's end: exit 42 accept, 43 reject (message from
 * feedback_dir/judgemessage.txt when present), anything else, a signal or a
 * timeout is CHECK_FAULT: the package's fault, never the learner's. */
void check_custom_result(int exit_status, int term_signal, bool timed_out,
                         const char *feedback_dir, check_result *out);

#endif
