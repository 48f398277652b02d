/* What one run is: the program, its descriptors and its limits, as given on the
 * command line or in a server request, with the box's defaults and ranges. */
#ifndef JOB_H
#define JOB_H

#include "request.h"

#include <stddef.h>

/* A run profile: "run" for a submission (seccomp allowlist, empty environment),
 * "compile" for the compiler (no seccomp, fork and exec allowed, a PATH),
 * "sanitize" for a submission built with AddressSanitizer/UBSan (dynamically
 * linked, so no seccomp; no address-space limit, since ASan reserves terabytes of
 * shadow memory it never touches; the sanitizers' options in the environment). */
#define JOB_PROFILES(X)                                                                            \
    X(RUN, "run")                                                                                  \
    X(COMPILE, "compile")                                                                          \
    X(SANITIZE, "sanitize")

typedef enum {
#define X(id, name) JOB_##id,
    JOB_PROFILES(X)
#undef X
        JOB_PROFILE_COUNT
} job_profile;

#define JOB_MAX_FDS REQUEST_MAX_FDS
/* When the box runs as root, programs run as one uid and gid of JOB_RUN_UID ..
 * JOB_RUN_UID + JOB_RUN_UIDS - 1 instead, one per box: no capability, no file of
 * the machine's is theirs, and RLIMIT_NPROC applies to each box's runs alone. */
#define JOB_RUN_UID 60000
#define JOB_RUN_UIDS 1000
/* The most tasks (threads) a program may have at once: a run that reaches it is
 * killed (RECORD_TASKS). */
#define JOB_TASK_CAP 64

typedef struct {
    unsigned long long id;
    long cpu_ms;     /* CPU time limit */
    long wall_ms;    /* wall-clock limit; 0 = 3 * cpu_ms + 500 */
    long mem_kb;     /* peak RSS limit */
    long fsize_kb;   /* RLIMIT_FSIZE */
    const char *dir; /* working directory; NULL = a private scratch directory */
    job_profile profile;
    int nfds;             /* the program gets descriptors 0 .. nfds-1 */
    int fds[JOB_MAX_FDS]; /* the box's descriptor for each, -1 = leave closed */
    char *const *argv;    /* argv[0] is the program (searched in /usr/bin:/bin
                             when it has no '/') */
    int warm;             /* may be forked from a template of the program (warm.h) */
} job;

/* Fills j with the defaults: 1000 ms CPU, 256 MB, 64 MB files, profile run. */
void job_defaults(job *j);

/* Sets the default wall limit when none was given and checks every limit against
 * its range; on failure writes why into err. Returns 0 or -EINVAL. */
int job_finish(job *j, char *err, size_t errsize);

/* Parses a canonical non-negative decimal in [min, max]. Returns 0 or -EINVAL. */
int job_parse_number(const char *s, long min, long max, long *out);

int job_profile_parse(const char *name, job_profile *out);

#endif
