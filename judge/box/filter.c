/* The seccomp allowlists of the run and sanitize profiles. libseccomp compiles
 * the rules once, in a throwaway child so that its heap never becomes part of the
 * box (every run is forked from the box, and a child's peak RSS includes what it
 * inherits); the box keeps only the exported BPF and each child loads it with one
 * prctl. */
#include "filter.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
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
    X(close)                                                                                       \
    X(dup)                                                                                         \
    X(dup2)                                                                                        \
    X(dup3)                                                                                        \
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

/* Denied with an errno in every profile, so that the program sees a failure it
 * can report rather than a crash; clone3 must say ENOSYS so that glibc falls back
 * to clone, whose flags the filter can see. */
#define FILTER_DENIED(X)                                                                           \
    X(socket, EACCES)                                                                              \
    X(socketpair, EACCES)                                                                          \
    X(fork, EPERM)                                                                                 \
    X(vfork, EPERM)                                                                                \
    X(execve, EPERM)                                                                               \
    X(tkill, EPERM)                                                                                \
    X(rt_sigqueueinfo, EPERM)                                                                      \
    X(rt_tgsigqueueinfo, EPERM)                                                                    \
    X(setrlimit, EPERM)                                                                            \
    X(clone3, ENOSYS)

/* A static program opens nothing and names no path. glibc's static start-up
 * calls readlink("/proc/self/exe") and carries on when it fails. */
#define FILTER_PATHS_DENIED(X)                                                                     \
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
    X(readlinkat, EACCES)

/* What the dynamic loader and the sanitizer runtime need on top of the run
 * profile: they read the libraries, /proc/self and the program's own debug
 * information (symbolisation is in-process, through libbacktrace), and UBSan
 * probes memory through a pipe. Landlock (confine.h) limits which files. */
#define FILTER_SANITIZE_ALLOWED(X)                                                                 \
    X(pipe)                                                                                        \
    X(pipe2)                                                                                       \
    X(getdents64)                                                                                  \
    X(mincore)

/* The calls that name a path, allowed in a sanitized run's own mount namespace
 * (a path names nothing there but the loader's files). Without namespaces the
 * metadata calls go to the keeper instead (notify.h) and access fails. */
#define FILTER_SANITIZE_PATHS(X)                                                                   \
    X(readlink)                                                                                    \
    X(readlinkat)                                                                                  \
    X(access)                                                                                      \
    X(faccessat)                                                                                   \
    X(faccessat2)                                                                                  \
    X(newfstatat)                                                                                  \
    X(statx)

/* Without namespaces: the metadata calls the keeper answers (on a descriptor,
 * or the runtime's readlink of /proc/self/exe), and access, which the loader
 * asks only of /etc/ld.so.preload and which says ENOENT for every path without
 * a look (so it tells nothing either way). */
#define FILTER_SANITIZE_FLAT_NOTIFIED(X)                                                           \
    X(readlink)                                                                                    \
    X(readlinkat)                                                                                  \
    X(newfstatat)                                                                                  \
    X(statx)
#define FILTER_SANITIZE_FLAT_DENIED(X)                                                             \
    X(access, ENOENT)                                                                              \
    X(faccessat, ENOENT)                                                                           \
    X(faccessat2, ENOENT)

/* Opening with any of these is writing or creating, which the sanitize profile
 * never does, or O_PATH, which Landlock does not check (it gives metadata). Only
 * O_TMPFILE's own bit: it includes O_DIRECTORY, which reading may use. */
#define FILTER_TMPFILE_BIT (O_TMPFILE & ~O_DIRECTORY)
#define FILTER_WRITE_FLAGS                                                                         \
    (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | FILTER_TMPFILE_BIT | O_PATH)

/* The fcntl commands a program needs; F_SETFL only without O_ASYNC, which with
 * F_SETOWN would let the kernel signal any process on the program's behalf
 * (F_SETFL with it fails with EPERM). Any other command (F_SETOWN, F_SETSIG,
 * F_SETLEASE, F_NOTIFY...) is a forbidden system call. */
#define FILTER_FCNTL_ALLOWED(X)                                                                    \
    X(F_DUPFD)                                                                                     \
    X(F_DUPFD_CLOEXEC)                                                                             \
    X(F_GETFD)                                                                                     \
    X(F_SETFD)                                                                                     \
    X(F_GETFL)                                                                                     \
    X(F_GETPIPE_SZ)

/* Stands for the child's pid in the kill/tgkill rules until filter_install
 * writes the real one; above PID_MAX_LIMIT, so it is never a real pid. */
#define FILTER_PID_PLACEHOLDER 0x5eed5eedU
#define FILTER_MAX_PID_SLOTS 16

static struct filter {
    struct sock_filter prog[BPF_MAXINSNS];
    unsigned short len;
    unsigned pid_slots[FILTER_MAX_PID_SLOTS];
    int pid_slot_count;
} filters[FILTER_KIND_COUNT];

/* One rule that allows when cmp holds and one that fails with err when it does not. */
static int allow_or_fail(scmp_filter_ctx ctx, int nr, int err, struct scmp_arg_cmp yes,
                         struct scmp_arg_cmp no)
{
    int rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 1, yes);
    return rc < 0 ? rc : seccomp_rule_add(ctx, SCMP_ACT_ERRNO(err), nr, 1, no);
}

/* fcntl: the commands listed above. */
static int add_fcntl_rules(scmp_filter_ctx ctx)
{
    int rc = 0;
    int nr = SCMP_SYS(fcntl);
    static const unsigned allowed[] = {
#define X(cmd) cmd,
        FILTER_FCNTL_ALLOWED(X)
#undef X
    };
    for (size_t i = 0; rc == 0 && i < sizeof allowed / sizeof allowed[0]; i++)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 1, SCMP_A1(SCMP_CMP_EQ, allowed[i]));
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 2, SCMP_A1(SCMP_CMP_EQ, F_SETFL),
                              SCMP_A2(SCMP_CMP_MASKED_EQ, O_ASYNC, 0));
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 2, SCMP_A1(SCMP_CMP_EQ, F_SETFL),
                              SCMP_A2(SCMP_CMP_MASKED_EQ, O_ASYNC, O_ASYNC));
    return rc;
}

/* The template of warm runs (warm.h) forks each run with glibc's fork, waits for
 * it, takes its descriptors over WARM_FD and lets the run load its own filter.
 * Every rule here is the template's alone: each run adds FILTER_RUN with its own
 * pid, which refuses all of them again, and signals only itself. Before its
 * first fork the template has run nothing but glibc's start-up and warm.c (the
 * judge links the warm start only when the learner's object can run no code
 * before it), so the template never signals anything. */
static int add_warm_rules(scmp_filter_ctx ctx)
{
    /* unconditional, so that each run's FILTER_RUN alone decides what its own
       calls of these get (stacked filters take the strictest answer) */
    static const int calls[] = {SCMP_SYS(clone), SCMP_SYS(kill),    SCMP_SYS(tgkill),
                                SCMP_SYS(wait4), SCMP_SYS(recvmsg), SCMP_SYS(seccomp)};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof calls / sizeof calls[0]; i++)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, calls[i], 0);
    return rc;
}

static bool is_sanitize(filter_kind kind)
{
    return kind == FILTER_SANITIZE || kind == FILTER_SANITIZE_FLAT;
}

/* open and openat in the sanitize profile: reading only, never O_PATH. A read
 * is allowed in a namespace (Landlock decides which files) and goes to the
 * keeper without one (notify.h). */
static int add_read_only_open_rules(scmp_filter_ctx ctx, uint32_t read_action)
{
    const struct {
        int nr;
        unsigned arg; /* the flags' argument */
    } calls[] = {{SCMP_SYS(open), 1}, {SCMP_SYS(openat), 2}};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof calls / sizeof calls[0]; i++) {
        struct scmp_arg_cmp ro = {calls[i].arg, SCMP_CMP_MASKED_EQ, FILTER_WRITE_FLAGS, 0};
        rc = seccomp_rule_add(ctx, read_action, calls[i].nr, 1, ro);
        /* each write flag alone: MASKED_EQ compares the masked value, so the
           complement of "none set" is one rule per flag */
        static const unsigned flags[] = {O_WRONLY, O_RDWR, O_CREAT,           O_TRUNC,
                                         O_APPEND, O_PATH, FILTER_TMPFILE_BIT};
        for (size_t f = 0; rc == 0 && f < sizeof flags / sizeof flags[0]; f++) {
            struct scmp_arg_cmp w = {calls[i].arg, SCMP_CMP_MASKED_EQ, flags[f], flags[f]};
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), calls[i].nr, 1, w);
        }
    }
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat2), 0);
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(creat), 0);
    return rc;
}

/* The rules whose outcome depends on the arguments: each is a pair of
 * complementary rules (libseccomp takes one comparison per argument per rule). */
static int add_argument_rules(scmp_filter_ctx ctx, filter_kind kind, uint64_t token,
                              const char **what)
{
    int rc;

    /* execveat: only the box's own, of the program it opened at FILTER_EXEC_FD, with
     * its secret token as the otherwise unused sixth argument (random per box, and
     * the program's address space never holds it). */
    *what = "execveat";
    int nr = SCMP_SYS(execveat);
    if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 3, SCMP_A0(SCMP_CMP_EQ, FILTER_EXEC_FD),
                               SCMP_A4(SCMP_CMP_EQ, AT_EMPTY_PATH), SCMP_A5(SCMP_CMP_EQ, token))) <
            0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1,
                               SCMP_A0(SCMP_CMP_NE, FILTER_EXEC_FD))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1,
                               SCMP_A4(SCMP_CMP_NE, AT_EMPTY_PATH))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1, SCMP_A5(SCMP_CMP_NE, token))) < 0)
        return rc;

    /* clone: threads only (glibc's pthread_create); fork-like clones fail. */
    *what = "clone";
    if (kind == FILTER_WARM) {
        if ((rc = add_warm_rules(ctx)) < 0)
            return rc;
    } else if ((rc = allow_or_fail(ctx, SCMP_SYS(clone), EPERM,
                                   SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD),
                                   SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0))) < 0) {
        return rc;
    }

    /* kill and tgkill: only the program itself (raise, abort), so that without a
     * pid namespace it still cannot signal the judge or the user's processes. */
    *what = "kill";
    if (kind != FILTER_WARM &&
        ((rc = allow_or_fail(ctx, SCMP_SYS(kill), EPERM,
                             SCMP_A0(SCMP_CMP_EQ, FILTER_PID_PLACEHOLDER),
                             SCMP_A0(SCMP_CMP_NE, FILTER_PID_PLACEHOLDER))) < 0 ||
         (rc = allow_or_fail(ctx, SCMP_SYS(tgkill), EPERM,
                             SCMP_A0(SCMP_CMP_EQ, FILTER_PID_PLACEHOLDER),
                             SCMP_A0(SCMP_CMP_NE, FILTER_PID_PLACEHOLDER))) < 0))
        return rc;

    *what = "fcntl";
    if ((rc = add_fcntl_rules(ctx)) < 0)
        return rc;

    /* prlimit64 (glibc's getrlimit) and getrlimit: reading its own limits only.
     * Setting them fails, so that a process that kept capabilities cannot lift
     * its limits. In the run profile reading RLIMIT_STACK fails too: glibc sizes
     * every thread's default stack from it, and the run's finite stack limit
     * (sandbox.c) would make each thread reserve most of the address-space limit;
     * when the read fails, glibc falls back to its own 2 MB default, as for an
     * unlimited stack. A sanitized run keeps the usual stack. */
    *what = "prlimit64";
    nr = SCMP_SYS(prlimit64);
    bool hide_stack = !is_sanitize(kind);
    struct scmp_arg_cmp self = SCMP_A0(SCMP_CMP_EQ, 0), get = SCMP_A2(SCMP_CMP_EQ, 0),
                        not_stack = SCMP_A1(SCMP_CMP_NE, RLIMIT_STACK);
    if ((rc = hide_stack ? seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 3, self, not_stack, get)
                         : seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 2, self, get)) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1, SCMP_A0(SCMP_CMP_NE, 0))) < 0 ||
        (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1, SCMP_A2(SCMP_CMP_NE, 0))) < 0 ||
        (hide_stack && (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1,
                                              SCMP_A1(SCMP_CMP_EQ, RLIMIT_STACK))) < 0))
        return rc;
    *what = "getrlimit";
    if ((rc = hide_stack ? allow_or_fail(ctx, SCMP_SYS(getrlimit), EPERM,
                                         SCMP_A0(SCMP_CMP_NE, RLIMIT_STACK),
                                         SCMP_A0(SCMP_CMP_EQ, RLIMIT_STACK))
                         : seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(getrlimit), 0)) < 0)
        return rc;

    /* ioctl: TCGETS only (isatty, stdio's buffering choice); anything else, such
     * as TIOCSTI typing into the user's terminal or FIOASYNC, is "not a terminal". */
    *what = "ioctl";
    if ((rc = allow_or_fail(ctx, SCMP_SYS(ioctl), ENOTTY, SCMP_A1(SCMP_CMP_EQ, TCGETS),
                            SCMP_A1(SCMP_CMP_NE, TCGETS))) < 0)
        return rc;

    /* File metadata by path. In a run chrooted into its empty scratch directory
     * (FILTER_RUN) a path names nothing. Without that chroot (FILTER_RUN_FLAT) the
     * flags cannot tell fstat from stat (AT_EMPTY_PATH still resolves an absolute
     * path), so both fail and the program's fstat() fails with them. */
    *what = "newfstatat";
    if (kind == FILTER_RUN || kind == FILTER_WARM) {
        if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 0)) < 0 ||
            (rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(statx), 0)) < 0)
            return rc;
    } else if (kind == FILTER_RUN_FLAT) {
        if ((rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(newfstatat), 0)) < 0 ||
            (rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(statx), 0)) < 0)
            return rc;
    }
    if (is_sanitize(kind)) {
        *what = "open";
        rc = add_read_only_open_rules(ctx,
                                      kind == FILTER_SANITIZE ? SCMP_ACT_ALLOW : SCMP_ACT_NOTIFY);
    }
    /* sendmsg: only the flat sanitized run's own, of its listener to the keeper
     * between the filter's load and the execve (FILTER_NOTIFY_FD is closed by
     * the exec, and above the program's RLIMIT_NOFILE). */
    if (rc == 0 && kind == FILTER_SANITIZE_FLAT) {
        *what = "sendmsg";
        rc = allow_or_fail(ctx, SCMP_SYS(sendmsg), EACCES, SCMP_A0(SCMP_CMP_EQ, FILTER_NOTIFY_FD),
                           SCMP_A0(SCMP_CMP_NE, FILTER_NOTIFY_FD));
    }
    return rc;
}

/* Runs in the throwaway child: compiles the rules and writes 'B' and the BPF, or
 * 'E' and an error message, to fd. */
static int compile_rules(int fd, filter_kind kind, uint64_t token)
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
    if (!is_sanitize(kind)) {
        FILTER_PATHS_DENIED(X)
    }
    if (kind == FILTER_SANITIZE_FLAT) {
        FILTER_SANITIZE_FLAT_DENIED(X)
    }
#undef X
#define X(name)                                                                                    \
    what = #name;                                                                                  \
    if ((rc = seccomp_rule_add(ctx, action, SCMP_SYS(name), 0)) < 0)                               \
        goto cleanup;
    uint32_t action = SCMP_ACT_ALLOW;
    if (is_sanitize(kind)) {
        FILTER_SANITIZE_ALLOWED(X)
    }
    if (kind == FILTER_SANITIZE) {
        FILTER_SANITIZE_PATHS(X)
    }
    action = SCMP_ACT_NOTIFY;
    if (kind == FILTER_SANITIZE_FLAT) {
        FILTER_SANITIZE_FLAT_NOTIFIED(X)
    }
#undef X
    if ((rc = add_argument_rules(ctx, kind, token, &what)) < 0)
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

/* Builds one kind into f, in a throwaway child. */
static int build_kind(struct filter *f, filter_kind kind, uint64_t token, char *err, size_t errsize)
{
    static char buf[1 + sizeof f->prog];
    int rc = 0;
    int fds[2] = {-1, -1};
    pid_t pid = -1;

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
        _exit(compile_rules(fds[1], kind, token) < 0 ? 1 : 0);
    }
    close(fds[1]);
    fds[1] = -1;
    ssize_t n = read_all(fds[0], buf, sizeof buf);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
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
    if (n < 1 || buf[0] != 'B' || bytes == 0 || bytes % sizeof f->prog[0] != 0 ||
        !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        snprintf(err, errsize, "cannot build the seccomp filter: the compiling child failed");
        rc = -EIO;
        goto cleanup;
    }
    memcpy(f->prog, buf + 1, bytes);
    f->len = (unsigned short)(bytes / sizeof f->prog[0]);
    f->pid_slot_count = 0;
    for (unsigned i = 0; i < f->len; i++) {
        if (f->prog[i].code != (BPF_JMP | BPF_JEQ | BPF_K) ||
            f->prog[i].k != FILTER_PID_PLACEHOLDER)
            continue;
        if (f->pid_slot_count == FILTER_MAX_PID_SLOTS) {
            rc = -E2BIG;
            break;
        }
        f->pid_slots[f->pid_slot_count++] = i;
    }
    if (rc == 0 && f->pid_slot_count == 0 && kind != FILTER_WARM)
        rc = -ENOENT;
    if (rc < 0) {
        snprintf(err, errsize, "cannot build the seccomp filter: unexpected pid comparisons");
        f->len = 0;
    }
cleanup:
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0)
        close(fds[1]);
    return rc;
}

int filter_build(uint64_t token, char *err, size_t errsize)
{
    if ((uint32_t)token == FILTER_PID_PLACEHOLDER ||
        (uint32_t)(token >> 32) == FILTER_PID_PLACEHOLDER) {
        snprintf(err, errsize, "cannot build the seccomp filter: placeholder clash, retry");
        return -EAGAIN;
    }
    int rc = 0;
    for (int k = 0; rc == 0 && k < FILTER_KIND_COUNT; k++)
        rc = build_kind(&filters[k], (filter_kind)k, token, err, errsize);
    return rc;
}

/* Loads kind's filter with its pid rules set to self; with a listener when
 * listener is not NULL (the kernel makes it close-on-exec). */
static int install(filter_kind kind, pid_t self, int *listener)
{
    assert(kind >= 0 && kind < FILTER_KIND_COUNT);
    struct filter *f = &filters[kind];
    if (f->len == 0)
        return -EINVAL;
    for (int i = 0; i < f->pid_slot_count; i++)
        f->prog[f->pid_slots[i]].k = (uint32_t)self;
    struct sock_fprog fp = {.len = f->len, .filter = f->prog};
    if (!listener)
        return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fp, 0, 0) < 0 ? -errno : 0;
    long fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &fp);
    if (fd < 0)
        return -errno;
    *listener = (int)fd;
    return 0;
}

int filter_install(filter_kind kind, pid_t self)
{
    /* a kind with notified calls needs its listener: without one they would
       fail with ENOSYS, and the program with them */
    if (kind == FILTER_SANITIZE_FLAT)
        return -EINVAL;
    return install(kind, self, NULL);
}

int filter_install_listener(filter_kind kind, pid_t self, int *listener)
{
    return install(kind, self, listener);
}

int filter_length(filter_kind kind) { return filters[kind].len; }

int filter_export(filter_kind kind, warm_filter *out)
{
    assert(kind >= 0 && kind < FILTER_KIND_COUNT);
    const struct filter *f = &filters[kind];
    if (f->len == 0)
        return -EINVAL;
    _Static_assert(FILTER_MAX_PID_SLOTS <= WARM_MAX_PID_SLOTS, "the slots fit the message");
    memset(out, 0, sizeof *out);
    out->type = WARM_FILTER;
    out->len = f->len;
    out->nslots = f->pid_slot_count;
    memcpy(out->slots, f->pid_slots, sizeof f->pid_slots[0] * (size_t)f->pid_slot_count);
    memcpy(out->prog, f->prog, sizeof f->prog[0] * f->len);
    out->placeholder = FILTER_PID_PLACEHOLDER;
    return 0;
}
