/* The warm start of a submission: a preinit function that, when the box started
 * this process as a template (WARM_FD open), forks one process per run from it,
 * so that a run skips the exec and glibc's start-up (about a third of a small
 * run in a virtual machine, where each of glibc's cpuid probes traps).
 *
 * Theory of operation. The judge links this object first, so its preinit entry
 * runs before any other, and only for an object that can run no code of its
 * own before then (no indirect function, no definition of a C library symbol):
 * by the first fork the template has run glibc's start-up and this file only.
 * Each child returns from warm_start into the rest of the start-up (the other
 * preinit entries, the constructors, main), as a freshly exec'd process would.
 * The protocol is in warm.h; the template's filter (FILTER_WARM) allows what
 * this file needs, and each child loads FILTER_RUN over it with its own pid. */
#include "warm.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static warm_filter filter;

static void note(int type, int pid, int status, const struct rusage *ru, const char *msg)
{
    warm_note n = {.type = type, .pid = pid, .status = status};
    if (ru)
        n.ru = *ru;
    if (msg)
        snprintf(n.msg, sizeof n.msg, "%s", msg);
    while (write(WARM_FD, &n, sizeof n) < 0 && errno == EINTR)
        ;
}

/* In the child: makes fds its 0 .. nfds-1 (each first moved above them, so that
 * no source is overwritten before it is used), loads the run's filter with its
 * own pid and closes WARM_FD. Returns 0, or -1 after sending WARM_FAILED. */
static int become_run(const int *fds, int nfds)
{
    int high[WARM_MAX_FDS];
    for (int i = 0; i < nfds; i++) {
        high[i] = fds[i] >= 0 ? fcntl(fds[i], F_DUPFD_CLOEXEC, nfds) : -1;
        if (fds[i] >= 0 && high[i] < 0) {
            note(WARM_FAILED, getpid(), 0, NULL, "cannot move the run's descriptors");
            return -1;
        }
        if (fds[i] >= 0)
            close(fds[i]);
    }
    for (int i = 0; i < nfds; i++) {
        if (high[i] >= 0 ? dup2(high[i], i) < 0 : close(i) < 0 && errno != EBADF) {
            note(WARM_FAILED, getpid(), 0, NULL, "cannot set the run's descriptors");
            return -1;
        }
        if (high[i] >= 0)
            close(high[i]);
    }
    pid_t self = getpid();
    for (unsigned i = 0; i < filter.nslots; i++)
        filter.prog[filter.slots[i]].k = (unsigned)self;
    struct sock_fprog fp = {.len = (unsigned short)filter.len, .filter = filter.prog};
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) < 0) {
        note(WARM_FAILED, self, 0, NULL, "cannot load the seccomp filter");
        return -1;
    }
    close(WARM_FD);
    return 0;
}

/* Checks the filter the keeper sent first. */
static int receive_filter(void)
{
    ssize_t n;
    while ((n = read(WARM_FD, &filter, sizeof filter)) < 0 && errno == EINTR)
        ;
    if (n != (ssize_t)sizeof filter || filter.type != WARM_FILTER || filter.len == 0 ||
        filter.len > BPF_MAXINSNS || filter.nslots > WARM_MAX_PID_SLOTS)
        return -1;
    for (unsigned i = 0; i < filter.nslots; i++)
        if (filter.slots[i] >= filter.len || filter.prog[filter.slots[i]].k != filter.placeholder)
            return -1;
    return 0;
}

static void warm_start(int argc, char **argv, char **envp)
{
    (void)argc, (void)argv, (void)envp;
    if (fcntl(WARM_FD, F_GETFD) < 0)
        return; /* a cold run */
    if (receive_filter() < 0)
        _exit(127);
    note(WARM_READY, 0, 0, NULL, NULL);
    for (;;) {
        warm_run run;
        int fds[WARM_MAX_FDS];
        if (warm_receive_run(WARM_FD, &run, fds) < 0)
            _exit(0); /* the keeper is done with this template */
        pid_t pid = fork();
        if (pid == 0) {
            if (become_run(fds, run.nfds) < 0)
                _exit(127);
            return; /* on to the learner's constructors and main */
        }
        for (int i = 0; i < run.nfds; i++)
            if (fds[i] >= 0)
                close(fds[i]);
        if (pid < 0) {
            note(WARM_FAILED, 0, 0, NULL, "cannot fork the run");
            continue;
        }
        note(WARM_STARTED, pid, 0, NULL, NULL);
        int status = 0;
        struct rusage ru;
        memset(&ru, 0, sizeof ru);
        while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
            ;
        note(WARM_ENDED, pid, status, &ru, NULL);
    }
}

__attribute__((section(".preinit_array"),
               used)) static void (*const warm_entry)(int, char **, char **) = warm_start;
