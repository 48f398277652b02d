/* Checks, by actually doing it in a throwaway child, which protections this
 * machine gives the sandbox. Each check's child exits 0 when the protection works
 * and with an errno otherwise, so the line can say why not. */
#include "probe.h"

#include "protections.h"

#include "confine.h"
#include "filter.h"
#include "notify.h"
#include "job.h"

#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t clone_flags(unsigned long flags)
{
    return (pid_t)syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
}

/* Waits for a probe child; returns its exit status, or 256 + signal. */
static int wait_probe(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return 255;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 256 + WTERMSIG(status);
}

static int check_ns(unsigned long flags, char *detail, size_t size, const char *what)
{
    pid_t pid = clone_flags(flags);
    if (pid == 0)
        _exit((flags & CLONE_NEWPID) && getpid() != 1 ? 1 : 0);
    if (pid < 0) {
        snprintf(detail, size, "cannot clone %s: %s", what, strerror(errno));
        return -1;
    }
    if (wait_probe(pid) != 0) {
        snprintf(detail, size, "clone %s did not give a new namespace", what);
        return -1;
    }
    snprintf(detail, size, "clone %s works", what);
    return 0;
}

static int probe_user_ns(char *detail, size_t size)
{
    int rc = check_ns(CLONE_NEWUSER, detail, size, "CLONE_NEWUSER");
    size_t n = strlen(detail);
    if (rc == 0 && geteuid() == 0)
        snprintf(detail + n, size - n, " (a root box needs none: see run-uid)");
    return rc;
}

static int probe_pid_ns(char *detail, size_t size)
{
    return check_ns(CLONE_NEWUSER | CLONE_NEWPID, detail, size, "CLONE_NEWUSER|CLONE_NEWPID");
}

static int probe_ipc_ns(char *detail, size_t size)
{
    return check_ns(CLONE_NEWUSER | CLONE_NEWIPC, detail, size, "CLONE_NEWUSER|CLONE_NEWIPC");
}

/* Runs fn in a forked child and describes the outcome. */
static int in_child(int (*fn)(void), char *detail, size_t size, const char *ok)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(fn());
    if (pid < 0) {
        snprintf(detail, size, "cannot fork: %s", strerror(errno));
        return -1;
    }
    int st = wait_probe(pid);
    if (st == 0) {
        snprintf(detail, size, "%s", ok);
        return 0;
    }
    if (st > 256)
        snprintf(detail, size, "the check was killed by signal %d", st - 256);
    else
        snprintf(detail, size, "%s", strerror(st));
    return -1;
}

static int nnp_child(void)
{
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return errno;
    return prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1 ? 0 : EINVAL;
}

static int probe_no_new_privs(char *detail, size_t size)
{
    return in_child(nnp_child, detail, size, "prctl PR_SET_NO_NEW_PRIVS works");
}

/* Loads the real filter (the kind without a chroot, the strictest), then
 * expects: socket EACCES, fork EPERM, O_ASYNC EPERM, stat by path EACCES, and
 * death by SIGSYS on mkdir (the parent checks that). */
static int seccomp_child(void)
{
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return errno;
    int rc = filter_install(FILTER_RUN_FLAT, getpid());
    if (rc < 0)
        return -rc;
    struct stat st;
    if (socket(AF_INET, SOCK_STREAM, 0) >= 0 || errno != EACCES)
        return EPROTO;
    if (fork() >= 0 || errno != EPERM)
        return EPROTO;
    if (fcntl(0, F_SETFL, O_ASYNC) >= 0 || errno != EPERM)
        return EPROTO;
    if (syscall(SYS_newfstatat, AT_FDCWD, "/", &st, 0) >= 0 || errno != EACCES)
        return EPROTO;
    syscall(SYS_mkdir, "/nonexistent", 0700);
    return EPROTO;
}

static int probe_seccomp(char *detail, size_t size)
{
    char err[200];
    int rc = filter_build(0x0123456789abcdefULL, err, sizeof err);
    if (rc < 0) {
        snprintf(detail, size, "%s", err);
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0)
        _exit(seccomp_child());
    if (pid < 0) {
        snprintf(detail, size, "cannot fork: %s", strerror(errno));
        return -1;
    }
    int st = wait_probe(pid);
    /* a sanitized run without namespaces has its path calls answered by the
       keeper, which needs user notification */
    int notify = notify_check();
    char flat[80];
    if (notify == 0)
        snprintf(flat, sizeof flat, "; the keeper answers the last one's path calls");
    else
        snprintf(flat, sizeof flat, "; no user notification for the last one: %s",
                 strerror(-notify));
    if (st == 256 + SIGSYS) {
        snprintf(detail, size,
                 "allowlists of %d, %d, %d and %d BPF instructions (run and sanitize, with and "
                 "without namespaces): socket EACCES, fork EPERM, O_ASYNC "
                 "EPERM, stat EACCES, mkdir SIGSYS%s",
                 filter_length(FILTER_RUN), filter_length(FILTER_RUN_FLAT),
                 filter_length(FILTER_SANITIZE), filter_length(FILTER_SANITIZE_FLAT), flat);
        return 0;
    }
    snprintf(detail, size, "the filter did not act as expected (%s)",
             st > 256 ? strsignal(st - 256) : strerror(st));
    return -1;
}

static int aslr_child(void)
{
    int p = personality(0xffffffff);
    if (p < 0 || personality((unsigned long)p | ADDR_NO_RANDOMIZE) < 0)
        return errno;
    return personality(0xffffffff) & ADDR_NO_RANDOMIZE ? 0 : EINVAL;
}

static int probe_aslr_off(char *detail, size_t size)
{
    return in_child(aslr_child, detail, size, "personality ADDR_NO_RANDOMIZE works");
}

static int rlimits_child(void)
{
    static const int resources[] = {RLIMIT_AS, RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE,
                                    RLIMIT_CORE};
    for (size_t i = 0; i < sizeof resources / sizeof resources[0]; i++) {
        struct rlimit want = {16 << 20, 16 << 20}, got;
        if (resources[i] == RLIMIT_CORE)
            want.rlim_cur = want.rlim_max = 0;
        if (resources[i] == RLIMIT_NOFILE)
            want.rlim_cur = want.rlim_max = 64;
        if (setrlimit(resources[i], &want) < 0)
            return errno;
        if (getrlimit(resources[i], &got) < 0 || got.rlim_cur != want.rlim_cur)
            return EINVAL;
    }
    return 0;
}

static int probe_rlimits(char *detail, size_t size)
{
    return in_child(rlimits_child, detail, size, "AS CPU FSIZE NOFILE CORE can be set");
}

static int probe_landlock(char *detail, size_t size)
{
    int abi = confine_version();
    if (abi < 1) {
        snprintf(detail, size,
                 "%s: the compiler may read any file the judge's user can (a source can "
                 "#include or .incbin it)",
                 abi < 0 ? strerror(-abi) : "no ABI");
        return -1;
    }
    snprintf(detail, size,
             "ABI %d: the compiler reads only its toolchain, its inputs and their headers", abi);
    return 0;
}

static int run_uid_child(void)
{
    if (setgroups(0, NULL) < 0 || setresgid(JOB_RUN_UID, JOB_RUN_UID, JOB_RUN_UID) < 0 ||
        setresuid(JOB_RUN_UID, JOB_RUN_UID, JOB_RUN_UID) < 0)
        return errno;
    return geteuid() == JOB_RUN_UID ? 0 : EINVAL;
}

/* Which uid the programs run as: the judge's own, or a root box's BOX_RUN_UID. */
static int probe_run_uid(char *detail, size_t size)
{
    if (geteuid() != 0 || in_child(run_uid_child, detail, size, "") < 0) {
        snprintf(detail, size, "the judge's own uid %d%s: programs hold no capability",
                 (int)geteuid(),
                 geteuid() == 0 ? " (root of a user namespace that does not map uid 60000)"
                                : " (not root)");
        return 0;
    }
    char ok[240];
    snprintf(ok, sizeof ok,
             "one uid and gid of %d-%d per box, no groups: the judge is root, its programs and "
             "compiler are not (the compiler is uid 0 with no capability where that uid cannot "
             "read the source or the kit)",
             JOB_RUN_UID, JOB_RUN_UID + JOB_RUN_UIDS - 1);
    return in_child(run_uid_child, detail, size, ok);
}

/* How the number of a run's tasks is capped: RLIMIT_NPROC counts per user
 * namespace since Linux 5.14; the keeper counts them in every mode. */
static int probe_thread_cap(char *detail, size_t size)
{
    struct utsname u;
    int major = 0, minor = 0;
    if (uname(&u) == 0)
        sscanf(u.release, "%d.%d", &major, &minor);
    bool per_ns = major > 5 || (major == 5 && minor >= 14);
    const char *how = geteuid() == 0 ? "RLIMIT_NPROC on each box's own run uid"
                      : per_ns       ? "RLIMIT_NPROC in each run's user namespace"
                                     : "no per-namespace RLIMIT_NPROC before Linux 5.14";
    snprintf(detail, size, "%d tasks at once: %s, and the keeper's count at each wake-up",
             JOB_TASK_CAP, how);
    return 0;
}

static int probe_pidfd(char *detail, size_t size)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    if (pid < 0) {
        snprintf(detail, size, "cannot fork: %s", strerror(errno));
        return -1;
    }
    int fd = (int)syscall(SYS_pidfd_open, pid, 0);
    int err = errno;
    wait_probe(pid);
    if (fd < 0) {
        snprintf(detail, size, "cannot pidfd_open: %s (runs are polled instead)", strerror(err));
        return -1;
    }
    close(fd);
    snprintf(detail, size, "pidfd_open works");
    return 0;
}

int probe_print(FILE *out, bool namespaces, bool seccomp, bool landlock)
{
    static const struct {
        const char *name;
        int (*fn)(char *, size_t);
    } probes[] = {
#define X(fn, name, without) {name, probe_##fn},
        PROTECTIONS(X)
#undef X
    };
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        char detail[256];
        bool yes;
        if (!namespaces && strstr(probes[i].name, "namespace")) {
            snprintf(detail, sizeof detail,
                     "disabled (--no-namespaces or JUDGE_BOX_NO_NAMESPACES=1)");
            yes = false;
        } else if (!seccomp && strcmp(probes[i].name, "seccomp") == 0) {
            snprintf(detail, sizeof detail, "disabled (--no-seccomp)");
            yes = false;
        } else if (!landlock && strcmp(probes[i].name, "landlock") == 0) {
            snprintf(detail, sizeof detail,
                     "disabled (--no-landlock or JUDGE_BOX_NO_LANDLOCK=1): the compiler may "
                     "read any file the judge's user can");
            yes = false;
        } else {
            yes = probes[i].fn(detail, sizeof detail) == 0;
        }
        fprintf(out, "%s %s %s\n", probes[i].name, yes ? "yes" : "no", detail);
    }
    if (fflush(out) == EOF || ferror(out))
        return -EIO;
    return 0;
}
