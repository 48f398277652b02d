/* The batch format between the judge (judge/src/toolbatch.c) and a package tool
 * built in batch form (judge/batch/serve.c): one process runs a generator, a
 * validator or an oracle on many inputs, a fork per input, so that stress pays
 * one exec per batch instead of one per input.
 *
 * The tool's stdin is a sequence of jobs, each BATCH_JOB_FMT (the input's length
 * in bytes, the number of arguments, the number of files, and 1 when the job
 * gets a feedback directory, else 0), then each argument on its own line, then
 * each file as BATCH_FILE_FMT (its length) and its bytes, then the input's bytes.
 * A job's argv is the tool's name, its arguments, then /proc/self/fd/N for each
 * file and for the feedback directory, N from BATCH_FIRST_FD: a Kattis checker's
 * `input answer feedback_dir`. The feedback directory is the one named on the
 * batch tool's command line, emptied before each job that gets it.
 *
 * Its stdout is, for each job in order, BATCH_DONE_FMT (the exit status or -1,
 * the signal or 0, the CPU time, the lengths of the output and of the first
 * stderr line) then those bytes. Arguments hold no newline; an output longer
 * than the cap given on the command line is cut to cap + 1 bytes, which says it
 * was too long. */
#ifndef PROTO_BATCH_H
#define PROTO_BATCH_H

/* `<tool>-batch CPU_MS WALL_MS CAP [FEEDBACK_DIR]`: each job's CPU and wall
 * budgets (the wall in whole seconds, rounded up), the output cap, and the
 * directory lent to the jobs that want one. */
#define BATCH_JOB_FMT "job %zu %d %d %d\n"
#define BATCH_JOB_SCAN "job %zu %d %d %d%c" /* a line without its newline: 4 fields, no more */
#define BATCH_FILE_FMT "file %zu\n"
#define BATCH_FILE_SCAN "file %zu%c"
#define BATCH_DONE_FMT "done %d %d %ld %zu %zu\n"
#define BATCH_DONE_SCAN "done %d %d %ld %zu %zu%c"

enum {
    BATCH_MAX_ARGS = 8,     /* arguments of one job */
    BATCH_MAX_FILES = 3,    /* files of one job */
    BATCH_FIRST_FD = 3,     /* a job's first file */
    BATCH_ARG_MAX = 255,    /* bytes of one argument */
    BATCH_WHY_MAX = 255,    /* bytes kept of a job's stderr: its first line */
    BATCH_LINE_MAX = 128,   /* a header line, with its newline */
    BATCH_SIGNAL_WALL = 14, /* SIGALRM: the job ran past its wall budget */
};

#endif
