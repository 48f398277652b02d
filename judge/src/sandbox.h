/* The judge's side of judge-box: starts a box server process per parallel worker
 * and sends it run requests over a SOCK_SEQPACKET socket, the run's descriptors
 * travelling with the request (SCM_RIGHTS); the box answers each with one record.
 *
 * Ownership: sandbox_start() allocates the sandbox; sandbox_close() ends the box
 * (closing its socket makes it exit) and frees the sandbox once libuv has closed
 * its handles. The descriptors in a request stay the caller's: the kernel
 * duplicates them into the box, so the caller closes its own copies after
 * sandbox_submit() returns. */
#ifndef JUDGE_SANDBOX_H
#define JUDGE_SANDBOX_H

#include "record.h"
#include "request.h"

#include <stdbool.h>
#include <uv.h>

enum { SANDBOX_MAX_FDS = REQUEST_MAX_FDS };

typedef struct sandbox sandbox;

typedef struct {
    const char *const *argv; /* NULL-terminated; argv[0] is the program's path */
    const char *profile;     /* "run" or "compile" */
    const char *dir;         /* working directory of the program; NULL: a private one */
    long cpu_ms, wall_ms, mem_kb, fsize_kb;
    int fds[SANDBOX_MAX_FDS]; /* become the program's fds 0..nfds-1 */
    int nfds;
    bool warm; /* the program has the warm start: the box may fork it from a template */
} sandbox_request;

/* Called once per request with the box's record (status ERROR when the box itself
 * failed). The record is only valid during the call. */
typedef void (*sandbox_done_cb)(const record *rec, void *data);

/* Starts `box_path --serve`. Returns 0 or ERR_INTERNAL (reported). */
int sandbox_start(uv_loop_t *loop, const char *box_path, sandbox **out);

/* Sends one request; at most one may be in flight per sandbox. Returns 0, or
 * ERR_INTERNAL (reported) when the request could not be sent, in which case cb
 * is never called. */
int sandbox_submit(sandbox *sb, const sandbox_request *req, sandbox_done_cb cb, void *data);

/* Asks the box to exit (it kills what it runs); a request in flight gets its
 * callback now with status ERROR. Frees sb after the loop closes its handles. */
void sandbox_close(sandbox *sb);

#endif
