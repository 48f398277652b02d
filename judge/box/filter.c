/* The seccomp allowlist of the run profile. libseccomp compiles the rules once,
 * in a throwaway child so that its heap never becomes part of the box (every run
 * is forked from the box, and a child's peak RSS includes what it inherits); the
 * box keeps only the exported BPF and each child loads it with one prctl. */
#include "filter.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/* What a static glibc C program needs, threads included. Anything not listed in
 * these tables or below is fatal: SIGSYS ("forbidden system call"). */
#define FILTER_ALLOWED(X)                                                                          \
    X(read)                                                                                        \
    X(write)                                                                                       \
    X(readv)                                                                                       \
    X(writev)                                                                                      \
    X(pread64)                                                                                     \
    X(pwrite64)                                                                                    \
    X(preadv)                                                                                      \
    X(pwritev)                                                                                     \
    X(lseek)                                                                                       \
    X(fstat)                                                                                       \
    X(newfstatat)                                                                                  \
    X(statx)                                                                                       \
    X(close)                                                                                       \
    X(dup)                                                                                         \
    X(dup2)                                                                                        \
    X(dup3)                                                                                        \
    X(fcntl)                                                                                       \
    X(fsync)                                                                                       \
    X(fdatasync)                                                                                   \
    X(getcwd)                                                                                      \
    X(mmap)                                                                                        \
    X(munmap)                                                                                      \
    X(mremap)                                                                                      \
    X(mprotect)                                                                                    \
    X(brk)                                                                                         \
    X(madvise)                                                                                     \
    X(exit)                                                                                        \
    X(exit_group)                                                                                  \
    X(rt_sigaction)                                                                                \
    X(rt_sigprocmask)                                                                              \
    X(rt_sigreturn)                                                                                \
    X(rt_sigsuspend)                                                                               \
    X(rt_sigpending)                                                                               \
    X(rt_sigtimedwait)                                                                             \
    X(sigaltstack)                                                                                 \
    X(restart_syscall)                                                                             \
    X(pause)                                                                                       \
    X(poll)                                                                                        \
    X(ppoll)                                                                                       \
    X(select)                                                                                      \
    X(pselect6)                                                                                    \
    X(alarm)                                                                                       \
    X(setitimer)                                                                                   \
    X(getitimer)                                                                                   \
    X(nanosleep)                                                                                   \
    X(clock_nanosleep)                                                                             \
    X(clock_gettime)                                                                               \
    X(clock_getres)                                                                                \
    X(gettimeofday)                                                                                \
    X(time)                                                                                        \
    X(times)                                                                                       \
    X(getrusage)                                                                                   \
    X(getpid)                                                                                      \
    X(gettid)                                                                                      \
    X(getppid)                                                                                     \
    X(getuid)                                                                                      \
    X(geteuid)                                                                                     \
    X(getgid)                                                                                      \
    X(getegid)                                                                                     \
    X(getresuid)                                                                                   \
    X(getresgid)                                                                                   \
    X(getgroups)                                                                                   \
    X(getpgrp)                                                                                     \
    X(getpgid)                                                                                     \
    X(getsid)                                                                                      \
    X(getrandom)                                                                                   \
    X(arch_prctl)                                                                                  \
    X(set_tid_address)                                                                             \
    X(set_robust_list)                                                                             \
    X(rseq)                                                                                        \
    X(futex)                                                                                       \
    X(uname)                                                                                       \
    X(sysinfo)                                                                                     \
    X(getcpu)                                                                                      \
    X(sched_getaffinity)                                                                           \
    X(sched_yield)

/* Denied with an errno, so that the program sees a failure it can report rather
 * than a crash. glibc's static start-up calls readlink("/proc/self/exe") and
 * carries on when it fails; clone3 must say ENOSYS so that glibc falls back to
 * clone, whose flags the filter can see. */
#define FILTER_DENIED(X)                                                                           \
    X(open, EACCES)                                                                                \
    X(openat, EACCES)                                                                              \
    X(openat2, EACCES)                                                                             \
    X(creat, EACCES)                                                                               \
    X(stat, EACCES)                                                                                \
    X(lstat, EACCES)                                                                               \
    X(access, EACCES)                                                                              \
    X(faccessat, EACCES)                                                                           \
    X(faccessat2, EACCES)                                                                          \
    X(readlink, EACCES)                                                                            \
    X(readlinkat, EACCES)                                                                          \
    X(socket, EACCES)                                                                              \
    X(socketpair, EACCES)                                                                          \
    X(fork, EPERM)                                                                                 \
    X(vfork, EPERM)                                                                                \
    X(execveat, EPERM)                                                                             \
    X(tkill, EPERM)                                                                                \
    X(rt_sigqueueinfo, EPERM)                                                                      \
    X(rt_tgsigqueueinfo, EPERM)                                                                    \
    X(setrlimit, EPERM)                                                                            \
    X(clone3, ENOSYS)

/* Stands for the child's pid in the kill/tgkill rules until filter_install
 * writes the real one; above PID_MAX_LIMIT, so it is never a real pid. */
#define FILTER_PID_PLACEHOLDER 0x5eed5eedU
#define FILTER_MAX_PID_SLOTS 16

static struct sock_filter prog[BPF_MAXINSNS];
static unsigned short prog_len;
static unsigned pid_slots[FILTER_MAX_PID_SLOTS];
static int pid_slot_count;

/* The rules whose outcome depends on the arguments: each is a pair of
 * complementary rules (libseccomp takes one comparison per argument per rule). */
static int add_argument_rules(scmp_filter_ctx ctx, const char *exec_path, uint64_t token,
                              const char **what)
{
    int rc;
    uint64_t path = (uint64_t)(uintptr_t)exec_path;

    /* execve: only the box's own, from its buffer with its secret token (ASLR is
     * on in the box, and the token is random per box start). */
    *what = "execve";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(execve), 2, SCMP_A0(SCMP_CMP_EQ, path),
                               SCMP_A3(SCMP_CMP_EQ, token))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(execve), 1,
                               SCMP_A0(SCMP_CMP_NE, path))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(execve), 1,
                               SCMP_A3(SCMP_CMP_NE, token))) < 0)
        return rc;

    /* clone: threads only (glibc's pthread_create); fork-like clones fail. */
    *what = "clone";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                               SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                               SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0))) < 0)
        return rc;

    /* kill and tgkill: only the program itself (raise, abort), so that without a
     * pid namespace it still cannot signal the judge or the user's processes. */
    *what = "kill";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1,
                               SCMP_A0(SCMP_CMP_EQ, FILTER_PID_PLACEHOLDER))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(kill), 1,
                               SCMP_A0(SCMP_CMP_NE, FILTER_PID_PLACEHOLDER))) < 0)
        return rc;
    *what = "tgkill";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
                               SCMP_A0(SCMP_CMP_EQ, FILTER_PID_PLACEHOLDER))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(tgkill), 1,
                               SCMP_A0(SCMP_CMP_NE, FILTER_PID_PLACEHOLDER))) < 0)
        return rc;

    /* prlimit64 (glibc's getrlimit) and getrlimit: reading its own limits only.
     * Setting them fails, so that a process that kept capabilities cannot lift
     * its limits. Reading RLIMIT_STACK fails too: glibc sizes every thread's
     * default stack from it, and the run's finite stack limit (sandbox.c) would
     * make each thread reserve most of the address-space limit; when the read
     * fails, glibc falls back to its own 2 MB default, as for an unlimited stack. */
    *what = "prlimit64";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 3, SCMP_A0(SCMP_CMP_EQ, 0),
                               SCMP_A1(SCMP_CMP_NE, RLIMIT_STACK), SCMP_A2(SCMP_CMP_EQ, 0))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(prlimit64), 1,
                               SCMP_A0(SCMP_CMP_NE, 0))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(prlimit64), 1,
                               SCMP_A1(SCMP_CMP_EQ, RLIMIT_STACK))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(prlimit64), 1,
                               SCMP_A2(SCMP_CMP_NE, 0))) < 0)
        return rc;
    *what = "getrlimit";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(getrlimit), 1,
                               SCMP_A0(SCMP_CMP_NE, RLIMIT_STACK))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(getrlimit), 1,
                               SCMP_A0(SCMP_CMP_EQ, RLIMIT_STACK))) < 0)
        return rc;

    /* ioctl: TCGETS only (isatty, stdio's buffering choice); anything else, such
     * as TIOCSTI typing into the user's terminal, is "not a terminal". */
    *what = "ioctl";
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                               SCMP_A1(SCMP_CMP_EQ, TCGETS))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOTTY), SCMP_SYS(ioctl), 1,
                               SCMP_A1(SCMP_CMP_NE, TCGETS))) < 0)
        return rc;
    return 0;
}

/* Runs in the throwaway child: compiles the rules and writes 'B' and the BPF, or
 * 'E' and an error message, to fd. */
static int compile_rules(int fd, const char *exec_path, uint64_t token)
{
    int rc = 0;
    const char *what = "init";
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
    if (!ctx) {
        rc = -ENOMEM;
        goto cleanup;
    }
    what = "attributes";
    if ((rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS)) < 0 ||
        (rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2)) < 0)
        goto cleanup;
#define X(name)                                                                                    \
    what = #name;                                                                                  \
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(name), 0)) < 0)                       \
        goto cleanup;
    FILTER_ALLOWED(X)
#undef X
#define X(name, err)                                                                               \
    what = #name;                                                                                  \
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(err), SCMP_SYS(name), 0)) < 0)                  \
        goto cleanup;
    FILTER_DENIED(X)
#undef X
    if ((rc = add_argument_rules(ctx, exec_path, token, &what)) < 0)
        goto cleanup;
    what = "export";
    if (write(fd, "B", 1) != 1) {
        rc = -errno;
        goto cleanup;
    }
    rc = seccomp_export_bpf(ctx, fd);
cleanup:
    if (rc < 0) {
        char msg[200];
        int n = snprintf(msg, sizeof msg, "Ecannot build the seccomp filter (%s): %s", what,
                         strerror(-rc));
        if (n > 0 && write(fd, msg, (size_t)n) < 0)
            rc = -errno;
    }
    if (ctx)
        seccomp_release(ctx);
    return rc;
}

/* Reads everything the compiling child wrote. Returns bytes read or -errno. */
static ssize_t read_all(int fd, char *buf, size_t size)
{
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

int filter_build(const char *exec_path, uint64_t token, char *err, size_t errsize)
{
    static char buf[1 + sizeof prog];
    int rc = 0;
    int fds[2] = {-1, -1};
    pid_t pid = -1;

    uint64_t path = (uint64_t)(uintptr_t)exec_path;
    if ((uint32_t)path == FILTER_PID_PLACEHOLDER ||
        (uint32_t)(path >> 32) == FILTER_PID_PLACEHOLDER ||
        (uint32_t)token == FILTER_PID_PLACEHOLDER ||
        (uint32_t)(token >> 32) == FILTER_PID_PLACEHOLDER) {
        snprintf(err, errsize, "cannot build the seccomp filter: placeholder clash, retry");
        rc = -EAGAIN;
        goto cleanup;
    }
    if (pipe2(fds, O_CLOEXEC) < 0) {
        rc = -errno;
        snprintf(err, errsize, "cannot create a pipe: %s", strerror(errno));
        goto cleanup;
    }
    pid = fork();
    if (pid < 0) {
        rc = -errno;
        snprintf(err, errsize, "cannot fork: %s", strerror(errno));
        goto cleanup;
    }
    if (pid == 0) {
        close(fds[0]);
        _exit(compile_rules(fds[1], exec_path, token) < 0 ? 1 : 0);
    }
    close(fds[1]);
    fds[1] = -1;
    ssize_t n = read_all(fds[0], buf, sizeof buf);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pid = -1;
    if (n < 0) {
        rc = (int)n;
        snprintf(err, errsize, "cannot read the seccomp filter: %s", strerror((int)-n));
        goto cleanup;
    }
    if (n > 0 && buf[0] == 'E') {
        snprintf(err, errsize, "%.*s", (int)(n - 1), buf + 1);
        rc = -EINVAL;
        goto cleanup;
    }
    size_t bytes = n > 0 ? (size_t)n - 1 : 0;
    if (n < 1 || buf[0] != 'B' || bytes == 0 || bytes % sizeof prog[0] != 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        snprintf(err, errsize, "cannot build the seccomp filter: the compiling child failed");
        rc = -EIO;
        goto cleanup;
    }
    memcpy(prog, buf + 1, bytes);
    prog_len = (unsigned short)(bytes / sizeof prog[0]);
    pid_slot_count = 0;
    for (unsigned i = 0; i < prog_len; i++) {
        if (prog[i].code != (BPF_JMP | BPF_JEQ | BPF_K) || prog[i].k != FILTER_PID_PLACEHOLDER)
            continue;
        if (pid_slot_count == FILTER_MAX_PID_SLOTS) {
            rc = -E2BIG;
            break;
        }
        pid_slots[pid_slot_count++] = i;
    }
    if (rc == 0 && pid_slot_count == 0)
        rc = -ENOENT;
    if (rc < 0) {
        snprintf(err, errsize, "cannot build the seccomp filter: unexpected pid comparisons");
        prog_len = 0;
    }
cleanup:
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0)
        close(fds[1]);
    return rc;
}

int filter_install(pid_t self)
{
    if (prog_len == 0)
        return -EINVAL;
    for (int i = 0; i < pid_slot_count; i++)
        prog[pid_slots[i]].k = (uint32_t)self;
    struct sock_fprog fp = {.len = prog_len, .filter = prog};
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fp, 0, 0) < 0)
        return -errno;
    return 0;
}

int filter_length(void) { return prog_len; }
