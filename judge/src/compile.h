/* Building a submission (the learner's file or a package's reference) into a static
 * binary, through the sandbox, with the pinned flags; binaries are cached by a hash
 * of everything that went into them (the source and its path, header, harness
 * archives, flags, compiler), so an unchanged re-run does not recompile.
 *
 * The cache (CACHE/bin): KEY is a binary, KEY.deps the files its compiler read
 * (gcc -MD: the learner's own headers too, and the system's) with a hash of each;
 * an entry is used only while every one of them is unchanged. After each build
 * the least recently used entries (a hit counts as a use) are removed until the
 * cache holds at most 256 MB (KIT_CACHE_MB, fractions allowed) and 1000 entries.
 *
 * Ownership: compile_result strings are malloc'd and freed by
 * compile_result_release(); the inputs stay the caller's and may be freed once
 * compile_start() returns. */
#ifndef COMPILE_H
#define COMPILE_H

#include "problem.h"
#include "sandbox.h"

#include <stdbool.h>
#include <uv.h>

typedef struct {
    const problem *prob;
    const char *source;  /* absolute path of the .c */
    const char *display; /* the path as the learner wrote it, for diagnostics */
    const char *build;   /* build directory (harness archives) */
    const char *cache;   /* cache directory */
    const char *scratch; /* working directory for the compiler */
    bool sanitize;       /* build with AddressSanitizer and UBSan (dynamically linked) */
    bool debug;          /* `judge debug`: -O0 -g for gdb, no static-data check */
    /* link the warm start (warm.h) first when the learner's object can run no
       code before its constructors (objsize.h); not with sanitize or debug */
    bool warm;
} compile_input;

typedef struct {
    bool ok;       /* a binary is ready */
    bool internal; /* failed through no fault of the source (IE) */
    bool cached;
    bool warm;    /* the binary has the warm start */
    long ms;      /* wall time of the compile, 0 when cached */
    char *binary; /* path of the cached binary when ok */
    char *log;    /* compiler diagnostics (paths as the learner wrote them), capped */
    char *reason; /* one line: why it failed ("the compiler ran out of time") */
} compile_result;

typedef void (*compile_done_cb)(compile_result *result, void *data);

/* The flags that decide what a submission's C means (the standard, feature
 * macros, warnings), NULL-terminated, static: every compile starts with them, and
 * `judge start` writes them for the learner's editor, so that clangd reads the
 * code as the judge does. */
const char *const *compile_language_flags(void);

/* What `--sanitize` adds after the source, NULL-terminated, static: AddressSanitizer
 * and UBSan, -O1 -g, a dynamic link (`judge doctor` builds its check with them). */
const char *const *compile_sanitize_flags(void);

/* Checks that path is a source worth starting boxes for: readable, not empty,
 * text, at most 1 MB. Returns 0 or ERR_INPUT (reported, naming display). */
int compile_check_source(const char *path, const char *display);

/* Checks the source (as compile_check_source()) and starts the build.
 * Returns 0 either with *cached filled and cached->cached true, when the cache
 * holds the binary (cb is not called), or with cached->cached false, when the
 * build started (cb is called later); else a negative error (reported):
 * ERR_INPUT for an unusable source. */
int compile_start(uv_loop_t *loop, sandbox *box, const compile_input *in, compile_result *cached,
                  compile_done_cb cb, void *data);

void compile_result_release(compile_result *r);

#endif
