/* One program run inside a sandbox, with its output captured: the test input (or
 * /dev/null) on fd 0, pipes on fds 1-4 read by the event loop, each stream capped.
 * The answer stream stops at its cap (output limit exceeded: the pipe is closed so
 * the program's next write fails); the others keep draining but keep only their
 * first bytes, so an endless stderr can neither block the program nor grow the
 * judge.
 *
 * Ownership: run_start() copies what it needs from the spec. The result handed
 * to the callback owns its buffers; the callback takes them over (run_result_release()). */
#ifndef RUN_H
#define RUN_H

#include "buf.h"
#include "record.h"
#include "sandbox.h"

#include <stdbool.h>
#include <uv.h>

/* The program's output streams, in descriptor order: stream s is its fd s + 1
 * (stdout 1, stderr 2, and for a function problem the harness's answer 3 and
 * report 4), the box's request carrying stdin first. */
typedef enum { RUN_STDOUT, RUN_STDERR, RUN_ANSWER, RUN_REPORT, RUN_STREAM_COUNT } run_stream;

typedef struct {
    sandbox *box;
    const char *const *argv;
    const char *profile; /* "run" or "compile" */
    const char *dir;
    const char *input_path; /* NULL: /dev/null */
    long cpu_ms, wall_ms, mem_kb, fsize_kb;
    int nstreams;                    /* 2: stdout+stderr, 4: also answer and report */
    bool warm;                       /* sandbox_request.warm */
    size_t cap[RUN_STREAM_COUNT];    /* bytes kept per stream */
    bool hard_cap[RUN_STREAM_COUNT]; /* past the cap: close the pipe, flag overflow */
} run_spec;

typedef struct {
    record rec;
    buf stream[RUN_STREAM_COUNT];
    size_t total[RUN_STREAM_COUNT];  /* bytes the program wrote (at least) */
    bool overflow[RUN_STREAM_COUNT]; /* a hard cap was passed */
} run_result;

typedef void (*run_done_cb)(run_result *result, void *data);

/* Starts the run. Returns 0, ERR_INPUT when the input cannot be opened, or
 * ERR_INTERNAL; on error cb is never called. */
int run_start(uv_loop_t *loop, const run_spec *spec, run_done_cb cb, void *data);

void run_result_release(run_result *r);

#endif
