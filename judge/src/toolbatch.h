/* Runs a package tool on many inputs through its batch form (judge/proto/batch.h,
 * built as build/problems/<slug>/<tool>-batch): one process per part of the
 * jobs instead of one per job, each job still a fresh fork with its own CPU and
 * wall budget. What a job gets and reports is what tool_run() would give it.
 *
 * Ownership: the jobs and their strings are the caller's; results[0..n) are
 * filled by the call. The request and reply files and the feedback directories
 * it makes under scratch are removed before it returns. */
#ifndef TOOLBATCH_H
#define TOOLBATCH_H

#include "tool.h"

#include <stdbool.h>
#include <stddef.h>

enum { TOOLBATCH_MAX_FILES = 3 };

typedef struct {
    char *const *args;   /* NULL-terminated, without the tool's own name */
    const char *in_path; /* its stdin; NULL: empty */
    const char *in_data; /* its stdin from memory instead, in_len bytes, when not NULL */
    size_t in_len;
    const char *out_path; /* its stdout, created or truncated (0644); NULL: discarded */
    /* Files read by the judge and given after args as /proc/self/fd/N, then an
     * empty directory of the batch's when feedback: a Kattis checker's input,
     * answer and feedback directory, which a root judge's tool could not open
     * by their paths. */
    const char *files[TOOLBATCH_MAX_FILES];
    int nfiles;
    bool feedback;
} toolbatch_job;

/* The batch form of the tool at path ("<path>-batch") when it is built, else
 * NULL. The caller frees it. */
char *toolbatch_path(const char *path);

/* Runs jobs[0..n) through the batch tool at batch_path, split over `parallel`
 * processes, each job with cpu_ms of CPU (and the wall budget tool.h gives
 * that) and at most cap bytes of output kept (cap + 1 say it wrote more).
 * Returns 0 with results filled, ERR_PACKAGE when the batch tool itself fails,
 * ERR_INPUT when an input cannot be read, ERR_INTERRUPTED, ERR_INTERNAL or
 * ERR_NOMEM (all reported). */
int toolbatch_run(const char *batch_path, const char *scratch, const toolbatch_job *jobs, size_t n,
                  int parallel, long cpu_ms, size_t cap, tool_result *results);

#endif
