/* Starts, bounds and collects a package's tools (tool.h). The child leads its
 * own session and process group, so that killing the group at the wall deadline
 * ends whatever the tool started; RLIMIT_CPU bounds its CPU time; it dies with
 * the judge (PR_SET_PDEATHSIG). The judge may have threads (libuv's pool), so
 * between fork and exec the child makes system calls only. */
#include "tool.h"

#include "assess.h"
#include "checker.h"
#include "err.h"
#include "stop.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* RLIMIT_CPU counts whole seconds: a budget in ms, rounded up. */
static long cpu_seconds(long ms) { return (ms + 999) / 1000; }

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* What the child is given: descriptors opened by the judge (all numbered at
 * LAUNCH_FD_MIN or above, so that moving them to 0..2 and TOOL_FIRST_FILE_FD..
 * clobbers none), the argv to exec, and whether to drop to TOOL_UID. */
enum { LAUNCH_FD_MIN = 64 };
struct launch {
    int in, out, err, exe;
    int files[TOOL_MAX_FILES];
    int nfiles;
    bool drop_uid;
    long cpu_ms;
    char *argv[TOOL_MAX_ARGS + TOOL_MAX_FILES + 1];
    char file_args[TOOL_MAX_FILES][32];
};

/* A root judge's tool becomes TOOL_UID with no group: it owns no file of the
 * machine's and, its uids all non-zero, holds no capability. When it cannot
 * (launch_prepare found a file it could not read), it stays uid 0 with an
 * empty bounding set and no_new_privs, so that its exec grants no capability. */
static int child_drop_privileges(const struct launch *l)
{
    if (geteuid() != 0)
        return 0;
    if (l->drop_uid && (setgroups(0, NULL) < 0 || setresgid(TOOL_UID, TOOL_UID, TOOL_UID) < 0 ||
                        setresuid(TOOL_UID, TOOL_UID, TOOL_UID) < 0))
        return ERR_INTERNAL;
    for (int cap = 0; cap <= 63 && !l->drop_uid; cap++)
        if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno == EINVAL)
            break;
    return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ? ERR_INTERNAL : 0;
}

/* The tool's limits: whole seconds of CPU (SIGXCPU at the budget, SIGKILL a
 * second later) and no core file. */
static int child_set_limits(long cpu_ms)
{
    rlim_t s = (rlim_t)cpu_seconds(cpu_ms);
    struct rlimit cpu = {s, s + 1}, core = {0, 0};
    return setrlimit(RLIMIT_CPU, &cpu) < 0 || setrlimit(RLIMIT_CORE, &core) < 0 ? ERR_INTERNAL : 0;
}

static int child_set_fds(const struct launch *l)
{
    if (dup2(l->in, 0) < 0 || dup2(l->out, 1) < 0 || dup2(l->err, 2) < 0)
        return ERR_INTERNAL;
    for (int i = 0; i < l->nfiles; i++)
        if (dup2(l->files[i], TOOL_FIRST_FILE_FD + i) < 0)
            return ERR_INTERNAL;
    /* nothing else the judge inherited reaches the tool (a test runner's pipe,
       a terminal); close-on-exec, not closed, as the exec needs l->exe */
    return close_range((unsigned)(TOOL_FIRST_FILE_FD + l->nfiles), ~0U, CLOSE_RANGE_CLOEXEC) < 0
               ? ERR_INTERNAL
               : 0;
}

static void child_main(const struct launch *l, pid_t parent)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    sigaction(SIGPIPE, &dfl, NULL); /* ignored stays ignored across exec */
    if (setsid() < 0 || child_set_fds(l) < 0 || child_set_limits(l->cpu_ms) < 0 ||
        child_drop_privileges(l) < 0)
        _exit(127);
    /* after the uid change, which clears it */
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0 || getppid() != parent)
        _exit(127);
    syscall(SYS_execveat, l->exe, "", l->argv, environ, AT_EMPTY_PATH);
    _exit(127);
}

static void tool_close_fds(tool *t)
{
    if (t->pidfd >= 0)
        close(t->pidfd);
    if (t->err_fd >= 0)
        close(t->err_fd);
    t->pidfd = t->err_fd = -1;
}

/* Moves fd to LAUNCH_FD_MIN or above (close-on-exec); -1 stays -1. */
static int high_fd(int fd)
{
    if (fd < 0 || fd >= LAUNCH_FD_MIN)
        return fd;
    int high = fcntl(fd, F_DUPFD_CLOEXEC, LAUNCH_FD_MIN);
    int saved = errno;
    close(fd);
    errno = saved;
    return high;
}

static void launch_release(struct launch *l)
{
    int *fds[] = {&l->in, &l->out, &l->exe};
    for (size_t i = 0; i < sizeof fds / sizeof *fds; i++)
        if (*fds[i] >= 0)
            close(*fds[i]);
    for (int i = 0; i < l->nfiles; i++)
        if (l->files[i] >= 0)
            close(l->files[i]);
}

/* stdin and stdout, opened by the judge so that the tool needs no path. */
static int open_streams(const tool_spec *spec, struct launch *l)
{
    l->in = high_fd(spec->in_fd >= 0 ? fcntl(spec->in_fd, F_DUPFD_CLOEXEC, 3)
                    : spec->in_path  ? open(spec->in_path, O_RDONLY | O_CLOEXEC)
                                     : open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (l->in < 0)
        return spec->in_path && spec->in_fd < 0
                   ? err_report(ERR_INPUT, "cannot open '%s': %s", spec->in_path, strerror(errno))
                   : err_report(ERR_INTERNAL, "cannot give '%s' its input: %s", spec->argv[0],
                                strerror(errno));
    l->out = high_fd(spec->out_path
                         ? open(spec->out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)
                         : open("/dev/null", O_WRONLY | O_CLOEXEC));
    if (l->out < 0)
        return err_report(ERR_INTERNAL, "cannot create '%s': %s",
                          spec->out_path ? spec->out_path : "/dev/null", strerror(errno));
    return 0;
}

/* The program and the files named as arguments, opened by the judge: the tool
 * reaches them through /proc/self/fd whatever the directories above them allow
 * its uid. A root judge drops the tool's uid only when that uid may use them
 * all: the program executable by others, each file readable by others (a umask
 * of 077 makes them not), each directory given to it. */
static int open_files(const tool_spec *spec, struct launch *l)
{
    struct stat sb;
    l->exe = high_fd(open(spec->argv[0], O_PATH | O_CLOEXEC));
    if (l->exe < 0 || fstat(l->exe, &sb) < 0)
        return err_report(ERR_PACKAGE, "cannot run '%s': %s", spec->argv[0], strerror(errno));
    l->drop_uid = geteuid() == 0 && (sb.st_mode & S_IXOTH);
    for (int i = 0; i < spec->nfiles; i++) {
        const char *path = spec->files[i];
        int fd = high_fd(open(path, O_RDONLY | O_CLOEXEC));
        l->files[l->nfiles++] = fd;
        if (fd < 0 || fstat(fd, &sb) < 0)
            return err_report(ERR_INTERNAL, "cannot give '%s' to '%s': %s", path, spec->argv[0],
                              strerror(errno));
        if (S_ISDIR(sb.st_mode))
            l->drop_uid = l->drop_uid && fchown(fd, TOOL_UID, TOOL_UID) == 0;
        else
            l->drop_uid = l->drop_uid && (sb.st_mode & S_IROTH);
        snprintf(l->file_args[i], sizeof l->file_args[i], "/proc/self/fd/%d",
                 TOOL_FIRST_FILE_FD + i);
    }
    return 0;
}

static int launch_prepare(const tool_spec *spec, struct launch *l)
{
    int n = 0;
    while (spec->argv[n])
        n++;
    assert(n <= TOOL_MAX_ARGS && spec->nfiles <= TOOL_MAX_FILES);
    *l = (struct launch){.in = -1, .out = -1, .err = -1, .exe = -1};
    int rc = open_streams(spec, l);
    if (rc == 0)
        rc = open_files(spec, l);
    for (int i = 0; i < n; i++)
        l->argv[i] = spec->argv[i];
    for (int i = 0; i < l->nfiles; i++)
        l->argv[n + i] = l->file_args[i];
    l->argv[n + l->nfiles] = NULL;
    return rc;
}

int tool_start(const tool_spec *spec, tool *t)
{
    assert(spec->argv && spec->argv[0]);
    const char *base = strrchr(spec->argv[0], '/');
    *t = (tool){.pid = -1,
                .pidfd = -1,
                .err_fd = -1,
                .cpu_ms = spec->cpu_ms > 0 ? spec->cpu_ms : TOOL_CPU_MS,
                .wall_ms = spec->wall_ms};
    if (t->wall_ms <= 0)
        t->wall_ms = tool_wall_ms(t->cpu_ms);
    snprintf(t->name, sizeof t->name, "%s", base ? base + 1 : spec->argv[0]);
    struct launch l;
    int rc = launch_prepare(spec, &l);
    if (rc == 0 && (t->err_fd = high_fd(memfd_create("tool-stderr", MFD_CLOEXEC))) < 0)
        rc = err_report(ERR_INTERNAL, "cannot capture the stderr of '%s': memfd_create: %s",
                        spec->argv[0], strerror(errno));
    if (rc < 0)
        goto cleanup;
    l.err = t->err_fd;
    l.cpu_ms = t->cpu_ms;
    t->uid = l.drop_uid ? TOOL_UID : geteuid();
    pid_t parent = getpid();
    fflush(NULL);
    t->t0 = now_ms();
    t->pid = fork();
    if (t->pid == 0)
        child_main(&l, parent);
    if (t->pid < 0) {
        rc = err_report(ERR_INTERNAL, "cannot run '%s': fork: %s", spec->argv[0], strerror(errno));
        goto cleanup;
    }
    t->pidfd = (int)syscall(SYS_pidfd_open, t->pid, 0);
    if (t->pidfd < 0) {
        rc = err_report(ERR_INTERNAL, "cannot watch '%s': pidfd_open: %s", spec->argv[0],
                        strerror(errno));
        kill(-t->pid, SIGKILL);
        kill(t->pid, SIGKILL);
        waitpid(t->pid, NULL, 0);
    }
cleanup:
    launch_release(&l);
    if (rc < 0)
        tool_close_fds(t);
    return rc;
}

long tool_budget_ms(long time_ms)
{
    long ms = 10 * time_ms;
    return ms < 1000 ? 1000 : ms > 60000 ? 60000 : ms;
}

long tool_wall_ms(long cpu_ms) { return 2 * cpu_seconds(cpu_ms) * 1000 + 1000; }

int tool_fd(const tool *t) { return t->pidfd; }

long tool_ms_left(const tool *t)
{
    long long left = t->t0 + t->wall_ms - now_ms();
    return left > 0 ? (long)left : 0;
}

void tool_kill(tool *t)
{
    t->killed = true;
    kill(-t->pid, SIGKILL);
    kill(t->pid, SIGKILL); /* in case it died before its setsid */
}

/* The first line of what the tool wrote on stderr, without its newline. */
static void read_why(int fd, char *why, size_t size)
{
    ssize_t n = pread(fd, why, size - 1, 0);
    why[n > 0 ? n : 0] = '\0';
    why[strcspn(why, "\n")] = '\0';
}

bool tool_exited(const tool *t)
{
    siginfo_t si = {0};
    return waitid(P_PID, (id_t)t->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 &&
           si.si_pid == t->pid;
}

int tool_reap(tool *t, tool_result *out)
{
    *out = (tool_result){.code = -1, .cpu_ms = t->cpu_ms, .wall_ms = t->wall_ms};
    /* the tool is a zombie, or killed and soon one: its pid cannot be reused
       before wait4, so its group is still its own; whatever it started dies with
       it. Only then: an event loop may report the pidfd readable spuriously. */
    assert(t->killed || tool_exited(t));
    kill(-t->pid, SIGKILL);
    int status = 0;
    struct rusage ru = {0};
    pid_t got;
    while ((got = wait4(t->pid, &status, 0, &ru)) < 0 && errno == EINTR)
        ;
    int rc = 0;
    if (got != t->pid)
        rc = err_report(ERR_INTERNAL, "cannot collect '%s': wait4: %s", t->name, strerror(errno));
    else if (WIFEXITED(status))
        out->code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        out->signal = WTERMSIG(status);
    long cpu = ru.ru_utime.tv_sec * 1000L + ru.ru_utime.tv_usec / 1000 +
               ru.ru_stime.tv_sec * 1000L + ru.ru_stime.tv_usec / 1000;
    out->out_of_cpu = out->signal == SIGXCPU || (out->signal == SIGKILL && cpu >= t->cpu_ms);
    out->out_of_wall = t->killed && !out->out_of_cpu && tool_ms_left(t) == 0;
    read_why(t->err_fd, out->why, sizeof out->why);
    tool_close_fds(t);
    return rc;
}

int tool_wait(tool *t, tool_result *out)
{
    for (;;) {
        struct pollfd p = {.fd = t->pidfd, .events = POLLIN};
        long left = tool_ms_left(t);
        int n = left > 0 ? poll(&p, 1, (int)(left < 1000000 ? left : 1000000)) : 0;
        if (n < 0 && errno == EINTR && stop_signal() && !t->killed) {
            tool_kill(t); /* Ctrl-C: the command is stopping */
            tool_reap(t, out);
            return err_report(ERR_INTERRUPTED, "interrupted: stopping '%s'", t->name);
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 && tool_ms_left(t) == 0 && !t->killed)
            tool_kill(t);
        if ((n > 0 && tool_exited(t)) || t->killed)
            return tool_reap(t, out);
    }
}

int tool_run(const tool_spec *spec, tool_result *out)
{
    tool t;
    int rc = tool_start(spec, &t);
    return rc < 0 ? rc : tool_wait(&t, out);
}

tool_verdict tool_kattis(const tool_result *r)
{
    return r->code == CHECK_EXIT_ACCEPT   ? TOOL_ACCEPT
           : r->code == CHECK_EXIT_REJECT ? TOOL_REJECT
                                          : TOOL_FAULT;
}

const char *tool_failure(const tool_result *r, char *buf, size_t size)
{
    if (r->out_of_cpu)
        snprintf(buf, size, "out of its %ld s CPU budget", cpu_seconds(r->cpu_ms));
    else if (r->out_of_wall)
        snprintf(buf, size, "still running after %g s", (double)r->wall_ms / 1000);
    else if (r->signal) {
        char name[32];
        snprintf(buf, size, "killed by signal %d (%s)", r->signal,
                 assess_signal_name(r->signal, name, sizeof name));
    } else if (r->code == 127)
        snprintf(buf, size, "could not be started (exit status 127)");
    else
        snprintf(buf, size, "exit status %d", r->code);
    return buf;
}
