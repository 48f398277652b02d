/* Runs one job under the box's protections and limits and measures it: the
 * part of judge-box that both the one-shot mode and the server use. */
#ifndef BOX_SANDBOX_H
#define BOX_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "job.h"
#include "record.h"

typedef struct {
    bool namespaces; /* user+pid+ipc namespaces when the kernel allows them */
    bool seccomp;    /* the run profile's allowlist */
    bool landlock;   /* the compile profile's file rules, when the kernel has Landlock */
    int hangup_fd;   /* -1, or a socket whose hang-up aborts the current run */
} sandbox_options;

/* Sets the box up once: the seccomp filter, the page the keeper reports through,
 * the private scratch directory. On failure writes why into err. Returns 0 or a
 * negative errno. */
int sandbox_init(const sandbox_options *o, char *err, size_t errsize);

/* Runs j (checked with job_finish) and fills *out; a failure of the box itself is
 * a record with status ERROR. Returns 0, or -ECONNRESET when hangup_fd hung up
 * (the run was killed; the caller should stop). */
int sandbox_run(const job *j, record *out);

void sandbox_fini(void);

/* Makes SIGTERM a hangup: a run in progress is stopped and its scratch directory
 * removed, then sandbox_terminated() is true and the server ends. The judge
 * sends SIGTERM when it stops (Ctrl-C), and the default action would leave the
 * run's directory behind. */
void sandbox_catch_termination(void);
bool sandbox_terminated(void);

#endif
