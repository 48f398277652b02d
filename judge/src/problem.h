/* A problem package, loaded and validated: problem.json's metadata and limits,
 * the paths of its tools, and its tests (sample, secret, and generated at build
 * time) in the order they are run.
 *
 * Ownership: problem_load() fills a caller-owned struct whose strings and arrays
 * it allocates; problem_release() frees them, also after a failed load. */
#ifndef PROBLEM_H
#define PROBLEM_H

#include "checker.h"

#include <stdbool.h>
#include <stddef.h>

#define PROBLEM_KINDS(X)                                                                           \
    X(FUNCTION, "function")                                                                        \
    X(PROGRAM, "program")

typedef enum {
#define X(id, name) PROBLEM_##id,
    PROBLEM_KINDS(X)
#undef X
} problem_kind;

/* In run order: samples, the learner's own tests, then the hidden ones. */
#define TEST_GROUPS(X)                                                                             \
    X(SAMPLE, "sample")                                                                            \
    X(CUSTOM, "custom")                                                                            \
    X(SECRET, "secret")

typedef enum {
#define X(id, name) TEST_##id,
    TEST_GROUPS(X)
#undef X
} test_group;

typedef struct {
    char *name;     /* "01-example"; a custom test's is the learner's: any bytes, shown
                       escaped (show.h), while a package's is refused unless plain */
    char *in_path;  /* absolute or root-relative path of the .in */
    char *ans_path; /* the .ans; NULL for a custom test without one: the reference's
                       answer is then the expected one */
    test_group group;
} test_case;

#define PROBLEM_MAX_RUNGS 32

/* problem.json's optional "scaling": the ladder `judge scale` uses, validated at
 * load time; every field may be absent. */
typedef struct {
    long *sizes;    /* 2..PROBLEM_MAX_RUNGS sizes, positive and strictly ascending */
    size_t nsizes;  /* 0: none given */
    char *mode;     /* the generator's mode, a word of [a-z0-9_-]; NULL: none */
    char *variable; /* the size's name in the report, a short word; NULL: none */
    char *naive;    /* the attempt under solutions/<slug>/ that scale must tell from
                       the reference (the package check proves it); NULL: none */
} problem_scaling;

typedef struct {
    char *slug;
    char *root;      /* the kit root it was loaded from */
    char *dir;       /* problems/<slug> */
    char *build_dir; /* build/problems/<slug> */
    char *title, *difficulty, *complexity;
    char **tags;
    size_t ntags;
    problem_kind kind;
    long time_ms, memory_mb, output_kb;
    long static_bytes; /* cap on the writable static data of the learner's object
                          ("static_bytes"); 0 when the package sets none */
    check_spec checker;
    char *checker_path;   /* built custom checker, or NULL */
    char *validator_path; /* built validator, or NULL */
    char *header;         /* "lcs.h" (function problems) */
    char *stub;           /* "stub.c" */
    problem_scaling scaling;
    test_case *tests;
    size_t ntests;
} problem;

/* True when s is a word of [a-z0-9_-] of 1..max characters: a generator's mode,
 * the name of a ladder's variable. */
bool problem_word_ok(const char *s, size_t max);

/* True when slug is a plausible package name: [a-z0-9-], 1..64 characters, so it
 * can never name a path outside problems/. */
bool problem_slug_ok(const char *slug);

/* Loads problems/<slug> under root, with generated tests from build. Every
 * problem is reported on stderr with the file named; returns 0, ERR_USAGE (bad or
 * unknown slug), ERR_PACKAGE (broken package) or ERR_NOMEM. */
int problem_load(const char *root, const char *build, const char *slug, problem *out);

/* Like problem_load() without the tests (ntests is 0): for the commands that show
 * what a package is (list, show, stats), which need not scan its data. */
int problem_load_info(const char *root, const char *build, const char *slug, problem *out);
void problem_release(problem *p);

/* Adds the learner's own tests: every NAME.in in dir (NAME.ans optional), as
 * the custom group, placed after the samples. A missing dir adds nothing.
 * Returns 0 or a reported error. */
int problem_add_custom(problem *p, const char *dir);

/* The path of solutions/<slug>/<name> under the problem's kit root (name is
 * "reference.c", "brute.c"...), allocated for the caller to free; NULL when out
 * of memory. */
char *problem_solution_path(const problem *p, const char *name);

/* Removes test i (its strings freed), keeping the order of the others. */
void problem_drop_test(problem *p, size_t i);

/* The sorted slugs of every package under root/problems (caller frees with
 * fs_names_free). */
int problem_list(const char *root, char ***slugs, size_t *n);

const char *problem_kind_name(problem_kind kind);
const char *test_group_name(test_group group);

#endif
