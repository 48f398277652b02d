/* Warm runs, as the box's keeper (judge/box/sandbox.c) and the submission's warm
 * start (harness/lib/warm.c) read and write them: the messages over the
 * template's SOCK_SEQPACKET socket at WARM_FD.
 *
 * A submission linked with the warm start checks at its first preinit call
 * whether WARM_FD is open. In a cold run it is not, and start-up goes on. In a
 * warm one the process is a template: glibc has started it, nothing of the
 * learner's has run (the judge links the warm start only then), and it serves
 * runs until its socket closes:
 *
 *   keeper -> template  WARM_FILTER once: FILTER_RUN, its pid rules unset
 *   template -> keeper  WARM_READY
 *   keeper -> template  WARM_RUN, with the run's descriptors (SCM_RIGHTS)
 *   template            forks; the child makes them its 0 .. nfds-1, loads the
 *                       filter with its own pid and goes on to the learner's
 *                       constructors and main, as a fresh process would
 *   template -> keeper  WARM_STARTED (pid), later WARM_ENDED (wait status and
 *                       rusage, from its wait4); a child that cannot set itself
 *                       up sends WARM_FAILED (its pid, why) and exits with 127;
 *                       a fork that fails is WARM_FAILED with pid 0 */
#ifndef PROTO_WARM_H
#define PROTO_WARM_H

#include "fdpass.h"

#include <linux/filter.h>
#include <sys/resource.h>

/* Above the run's RLIMIT_NOFILE (64), like FILTER_EXEC_FD: a run cannot make one. */
#define WARM_FD 253
#define WARM_MAX_PID_SLOTS 16
#define WARM_MAX_FDS 5
_Static_assert(WARM_MAX_FDS <= FDPASS_MAX, "a run's descriptors fit one message");

enum warm_type { WARM_FILTER = 1, WARM_READY, WARM_RUN, WARM_STARTED, WARM_FAILED, WARM_ENDED };

typedef struct {
    int type; /* WARM_FILTER */
    unsigned len, nslots, placeholder;
    unsigned slots[WARM_MAX_PID_SLOTS]; /* the instructions whose k is the run's pid */
    struct sock_filter prog[BPF_MAXINSNS];
} warm_filter;

typedef struct {
    int type;    /* WARM_RUN */
    int nfds;    /* the run gets 0 .. nfds-1 */
    int present; /* bit i: descriptor i came with the message (else it stays closed) */
} warm_run;

typedef struct {
    int type; /* WARM_READY, WARM_STARTED, WARM_FAILED or WARM_ENDED */
    int pid;
    int status;
    struct rusage ru;
    char msg[160];
} warm_note;

/* Sends a WARM_RUN with fds[i] for each bit i of msg->present. Returns 0 or
 * -errno. The descriptors stay the caller's. */
int warm_send_run(int sock, const warm_run *msg, const int *fds);

/* Receives a WARM_RUN, again after EINTR, with its descriptors in fds (-1 for
 * each the run does not get; the caller closes the others). Returns 0, or -1 at
 * the end or on a malformed message (nothing is left open then). */
int warm_receive_run(int sock, warm_run *msg, int fds[WARM_MAX_FDS]);

#endif
