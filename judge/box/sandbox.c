/* Runs one job in the sandbox and measures it.
 *
 * Theory of operation. The box is a small long-lived process; everything costly
 * (the seccomp BPF, the report page, the scratch directory) is made once in
 * sandbox_init, because the box forks for every run and a forked child's peak
 * RSS starts from what it inherits.
 *
 *   box ──clone(NEWUSER|NEWPID)──> keeper (pid 1) ──clone(VM|VFORK)──> program (pid 2)
 *
 * The keeper is a fork of the box and pid 1 of a fresh pid namespace (and IPC
 * namespace, for runs without the seccomp filter), so when it exits the kernel
 * kills whatever the program left behind; the program is pid 2, so signals it
 * raises (abort) act normally, which they would not on a pid 1. The program's
 * process borrows the keeper's memory until its execve, as posix_spawn does
 * (the page tables are not copied twice; the keeper is suspended meanwhile). It
 * sets its descriptors, limits and personality, loads the seccomp filter and
 * execs; if anything fails before the exec it writes why into the shared report
 * page and exits, and the run is SETUP. The keeper waits on a pidfd with a
 * timeout of the wall or CPU time left, reads the program's CPU clock at every
 * wake-up and kills it at either limit, reaps it with wait4 for its rusage,
 * decides the status and writes the record into the report page. The box reaps
 * the keeper (killing it if it overruns the wall limit by 2 s, or when the
 * server's socket hangs up) and reads the record from the page.
 *
 * Without namespaces (disabled, or refused by the kernel) the keeper is a plain
 * fork: it becomes a child subreaper, the program leads its own session and
 * process group, and after the run the keeper kills the group and every orphan
 * that was reparented to it. The seccomp filter then also keeps the program from
 * signalling anything but itself, and a root box clears the capability bounding
 * set so that the program holds no capability.
 *
 * Memory: the verdict comes from the peak RSS. The keeper also reads the
 * program's resident set every MEM_POLL_MS and kills it once it is over the
 * limit, as a cgroup would: the run stops at the limit rather than at the
 * RLIMIT_AS backstop, so MLE comes quickly and does not turn into TLE where
 * fresh memory is slow to map (a new virtual machine maps a page its host has
 * never backed about 7x slower). RLIMIT_AS still bounds a runaway allocation
 * between two reads. A submission's stack is 7/8 of the memory limit, so that
 * endless recursion is a stack overflow (SIGSEGV) before it is MLE; the filter
 * hides that limit from glibc, which would otherwise give every thread a stack
 * that large.
 * An image too large for RLIMIT_AS fails its exec after the point of no return
 * (the kernel sends SIGSEGV): after such a death the keeper reads the image's
 * size and says "could not be started" instead.
 *
 * The compiler (profile compile) has no seccomp filter: it must fork and exec its
 * passes. Its file access is confined with Landlock where the kernel has it
 * (confine.h): the keeper builds the rules, the compiler's process applies them
 * before its execve. Its temporary files go to its working directory (TMPDIR).
 *
 * A submission (profiles run and sanitize) is started by execveat on a
 * descriptor the box opened (FILTER_EXEC_FD), so it needs no path: in namespaces
 * it is chrooted into its scratch directory first. A sanitized one, dynamically
 * linked, gets a mount namespace instead, rooted in its scratch directory with
 * the system's libraries bound in, plus its own seccomp allowlist and Landlock
 * rules (filter.h, confine.h). Without namespaces it has no such root: its
 * filter sends its opens, stats and readlinks to the keeper instead (seccomp
 * user notification, notify.h). Its process loads that filter with a listener
 * and sends the listener to the keeper over a socket pair made before the
 * clone, then execs without it; the keeper takes it once clone returns,
 * answers its notifications while it waits for the program (keeper_serve) and
 * closes it when the run ends. A root box makes no user namespace (the keeper is
 * only pid 1 of a new pid namespace): its submissions drop to a uid of the box's
 * own before they exec, so that they own nothing and RLIMIT_NPROC, which root
 * ignores, caps their tasks. The keeper also counts the tasks at each wake-up
 * and stops a run that reaches JOB_TASK_CAP, in every mode. */
#include "sandbox.h"

#include "confine.h"
#include "filter.h"
#include "image.h"
#include "notify.h"
#include "warm.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <grp.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* How long past its wall limit the box waits for a keeper before killing it. */
#define KEEPER_GRACE_MS 2000
/* RLIMIT_AS is the memory limit plus a quarter plus 32 MB: address space counts
 * reservations that are never resident (thread stacks, glibc's 64 MB malloc
 * arenas, the image itself), so an AS equal to the limit would fail programs whose
 * real use is well under it. The verdict comes from the peak RSS; the AS limit
 * only bounds a runaway allocation to about 1.25 times the limit. */
#define AS_GRACE_BYTES (32L << 20)
/* What a program maps beyond its image before its first instruction (stack,
 * vdso, TLS, the first heap): an image within this of RLIMIT_AS cannot start. */
#define IMAGE_SLACK_BYTES (4ULL << 20)
/* The IPC namespace is left out when the seccomp filter is on: the filter kills
 * every SysV and POSIX IPC call anyway, and the namespace costs ~25 us a run. */
#define NS_CLONE_FLAGS (CLONE_NEWUSER | CLONE_NEWPID)
/* A root box needs no user namespace: its programs drop to an unprivileged uid
 * of their own (which a user namespace could only map at a cost per run). */
#define NS_ROOT_CLONE_FLAGS CLONE_NEWPID
#define MS 1000000LL
/* How often the keeper reads a running program's resident set. The first read
 * comes one period into the run, so a short run never pays for it. */
#define MEM_POLL_MS 10

/* The page the keeper (and, for SETUP, the program) reports through. */
struct report {
    record rec;  /* filled by the keeper */
    int done;    /* the keeper finished rec */
    pid_t child; /* the program's pid, without namespaces only */
    int setup_failed;
    char setup_msg[sizeof((record *)0)->msg];
};

/* One run, as the keeper and the program need it. */
struct run {
    const job *j;
    const char *dir; /* chdir here, or fchdir(dir_fd) when NULL */
    int dir_fd;
    bool in_ns;
    bool drop_uid; /* the box is root: the program runs as box.run_uid */
    bool lent;     /* dir is lent to box.run_uid for this run; its owner is: */
    uid_t dir_uid;
    gid_t dir_gid;
    pid_t box;
    bool warm; /* the keeper serves warm runs (warm.h) from a template */
};

static struct {
    bool namespaces;
    bool seccomp;
    bool landlock; /* the compiler's file rules (confine.h) can be enforced */
    bool root;     /* programs run as run_uid */
    uid_t run_uid; /* JOB_RUN_UID + this box's slot: each box's runs count alone */
    int hangup_fd;
    int scratch_fd; /* an empty directory already removed: nothing can be made in it */
    long ncpu;
    char cwd[PATH_MAX];
    char tmp[PATH_MAX - 64]; /* room for /judge-box.XXXXXX */
    struct report *report;
} box = {.hangup_fd = -1, .scratch_fd = -1};

/* The program's path, opened at FILTER_EXEC_FD for the runs' execveat. The one
 * execveat the filter allows passes, as its otherwise unused sixth argument, the
 * token: random per box, and never in the program's address space. */
static char exec_path[PATH_MAX];
static uint64_t exec_token;

static char *const run_env[] = {NULL};
static char env_path[] = "PATH=/usr/bin:/bin";
static char env_lc_all[] = "LC_ALL=C";
/* The compiler's temporary files go to its working directory: private to the
 * run, removed with it, and the one place besides its output it may write. */
static char env_tmpdir[PATH_MAX + 8] = "TMPDIR=.";
static char *const compile_env[] = {env_path, env_lc_all, env_tmpdir, NULL};
/* The first error ends the run with a report on stderr, which the judge reads
 * for the learner's file and line; no leak check (a leak is not a crash). */
/* Symbolisation is in-process (gcc's runtime has libbacktrace): nothing is forked.
 * The box has set RLIMIT_CORE to 0 already, and the filter refuses setrlimit. */
static char env_asan[] = "ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:abort_on_error=0:"
                         "exitcode=86:print_summary=1:symbolize=1:color=never:"
                         "disable_coredump=0";
static char env_ubsan[] = "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86:"
                          "color=never";
static char *const sanitize_env[] = {env_path, env_lc_all, env_asan, env_ubsan, NULL};

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static struct timespec ns_to_timespec(int64_t ns)
{
    return (struct timespec){.tv_sec = ns / 1000000000LL, .tv_nsec = ns % 1000000000LL};
}

static int pidfd_open(pid_t pid) { return (int)syscall(SYS_pidfd_open, pid, 0); }

/* Records why the program could not be started; returns its exit status. The
 * child path returns rather than calling _exit: it runs on its own stack, where
 * AddressSanitizer cannot follow a noreturn call. */
__attribute__((format(printf, 1, 2))) static int child_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(box.report->setup_msg, sizeof box.report->setup_msg, fmt, ap);
    va_end(ap);
    box.report->setup_failed = 1;
    return 127;
}

/* Makes j's descriptors the program's 0 .. nfds-1 and closes every other one
 * but FILTER_EXEC_FD and, for a flat sanitized run, FILTER_NOTIFY_FD. Each is
 * first duplicated above nfds, so a source that is also a target (say fds =
 * {1, 0}) is never overwritten before it is used. */
static int move_fds(const job *j, bool keep_notify, bool keep_warm)
{
    int tmp[JOB_MAX_FDS];
    for (int i = 0; i < j->nfds; i++) {
        tmp[i] = -1;
        if (j->fds[i] >= 0 && (tmp[i] = fcntl(j->fds[i], F_DUPFD_CLOEXEC, j->nfds)) < 0)
            return -errno;
    }
    for (int i = 0; i < j->nfds; i++) {
        if (tmp[i] >= 0 ? dup2(tmp[i], i) < 0 : close(i) < 0 && errno != EBADF)
            return -errno;
    }
    /* FILTER_EXEC_FD stays: the runs exec through it; FILTER_NOTIFY_FD sends
       the listener (both are close-on-exec) */
    _Static_assert(FILTER_NOTIFY_FD + 1 == FILTER_EXEC_FD, "the kept descriptors are adjacent");
    unsigned last = keep_notify ? FILTER_NOTIFY_FD - 1 : FILTER_EXEC_FD - 1;
    /* a template keeps its socket (warm.h) across the exec */
    _Static_assert(WARM_FD < FILTER_NOTIFY_FD, "the template's socket is below the kept ones");
    unsigned kept = keep_warm ? WARM_FD : last + 1;
    if (close_range((unsigned)j->nfds, kept - 1, 0) < 0 ||
        (kept < last && close_range(kept + 1, last, 0) < 0) ||
        close_range(FILTER_EXEC_FD + 1, ~0U, 0) < 0)
        return -errno;
    return 0;
}

/* The address-space limit of a job, in bytes (none for ASan's shadow memory). */
static rlim_t as_limit(const job *j)
{
    if (j->profile == JOB_SANITIZE)
        return RLIM_INFINITY;
    return (rlim_t)j->mem_kb * 1280 + AS_GRACE_BYTES;
}

static int set_limits(const job *j, bool own_uid, bool warm)
{
    struct rlimit l;
    /* A submission's stack is 7/8 of the memory limit: deep recursion then
     * overflows the stack (SIGSEGV, a run-time error naming the stack) before
     * the peak RSS, which counts the stack, passes the limit (MLE). That needs
     * the filter, which hides RLIMIT_STACK from glibc (see filter.c): otherwise
     * every thread's default stack would be that large, and two threads would
     * exhaust RLIMIT_AS. Without the filter, and for the compiler, the stack
     * takes the hard limit (normally unlimited), still bounded by RLIMIT_AS.
     * A sanitized run's stack is half its (wider) memory limit: ASan adds an
     * eighth for the stack's shadow and tens of MB of its own, so a larger one
     * would pass the memory limit first, and endless recursion would read as
     * MLE instead of ASan's stack-overflow report. */
    struct rlimit stack = {RLIM_INFINITY, RLIM_INFINITY};
    if (getrlimit(RLIMIT_STACK, &l) == 0)
        stack.rlim_cur = stack.rlim_max = l.rlim_max;
    rlim_t own_stack = j->profile == JOB_RUN && box.seccomp ? (rlim_t)j->mem_kb / 8 * 7 * 1024
                       : j->profile == JOB_SANITIZE         ? (rlim_t)j->mem_kb / 2 * 1024
                                                            : RLIM_INFINITY;
    if (own_stack < stack.rlim_max)
        stack.rlim_cur = stack.rlim_max = own_stack;
    rlim_t as = as_limit(j);
    rlim_t cpu_s = (rlim_t)(j->cpu_ms + 999) / 1000;
    rlim_t fsize = (rlim_t)j->fsize_kb * 1024;
#define LIMIT(resource, soft, hard)                                                                \
    {                                                                                              \
        resource, #resource, { soft, hard }                                                        \
    }
    const struct {
        int resource;
        const char *name;
        struct rlimit value;
    } limits[] = {
        LIMIT(RLIMIT_AS, as, as),
        LIMIT(RLIMIT_CPU, cpu_s + 1, cpu_s + 2), /* a backstop: the keeper kills first */
        LIMIT(RLIMIT_FSIZE, fsize, fsize),
        LIMIT(RLIMIT_NOFILE, 64, 64),
        LIMIT(RLIMIT_CORE, 0, 0),
        LIMIT(RLIMIT_STACK, stack.rlim_cur, stack.rlim_max),
        /* the keeper may share the program's uid: one more (and a warm run's
           template, warm.h: two) */
        LIMIT(RLIMIT_NPROC, JOB_TASK_CAP + 1 + warm, JOB_TASK_CAP + 1 + warm),
    };
#undef LIMIT
    /* RLIMIT_NPROC counts the tasks of a uid in a user namespace: a fresh one's,
     * or a root box's own run uid. Otherwise it would count every process of the
     * user's, and the keeper's count is the cap. The compiler forks its passes. */
    size_t n = sizeof limits / sizeof limits[0];
    if (!own_uid || j->profile == JOB_COMPILE)
        n--;
    for (size_t i = 0; i < n; i++)
        if (setrlimit(limits[i].resource, &limits[i].value) < 0)
            return child_fail("cannot setrlimit %s: %s", limits[i].name, strerror(errno));
    return 0;
}

/* The program's process, from clone to execve. Returns only on failure, with
 * the exit status. */
/* A sanitized run in namespaces gets a mount namespace whose root is its scratch
 * directory, with the system's libraries bound in (read-only to it: Landlock
 * grants no write there) and a /proc of its own pid namespace, so that a path
 * names nothing outside but what the loader and the runtime read. The mount
 * points are made in the scratch directory, which the box removes after the run
 * (the mounts themselves die with the namespace). */
static int child_sanitize_root(void)
{
    static const struct {
        const char *at, *from;
    } binds[] = {{"usr", "/usr"}, {"lib", "/lib"}, {"lib64", "/lib64"}, {"bin", "/bin"}};
    if (unshare(CLONE_NEWNS) < 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
        return child_fail("cannot make a mount namespace: %s", strerror(errno));
    /* a link (lib -> usr/lib on a merged /usr) is made again, not bound: Landlock
       finds its rules by walking up the path as the program sees it, and the
       root of a bind of /usr/lib is not beneath the rule on /usr */
    char target[PATH_MAX];
    struct stat st;
    for (size_t i = 0; i < sizeof binds / sizeof binds[0]; i++) {
        if (lstat(binds[i].from, &st) < 0)
            continue;
        ssize_t n = S_ISLNK(st.st_mode) ? readlink(binds[i].from, target, sizeof target - 1) : -1;
        if (n > 0) {
            target[n] = '\0';
            if (symlink(target, binds[i].at) < 0)
                return child_fail("cannot link '%s' into the run: %s", binds[i].from,
                                  strerror(errno));
        } else if (S_ISDIR(st.st_mode) &&
                   (mkdir(binds[i].at, 0755) < 0 ||
                    mount(binds[i].from, binds[i].at, NULL, MS_BIND | MS_REC, NULL) < 0)) {
            return child_fail("cannot bind '%s' into the run: %s", binds[i].from, strerror(errno));
        }
    }
    int fd = -1;
    if (mkdir("etc", 0755) < 0 ||
        (fd = open("etc/ld.so.cache", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)) < 0 ||
        close(fd) < 0 || mount("/etc/ld.so.cache", "etc/ld.so.cache", NULL, MS_BIND, NULL) < 0)
        return child_fail("cannot bind '/etc/ld.so.cache' into the run: %s", strerror(errno));
    /* a fresh /proc shows the run's two processes; where the kernel refuses one
       (a /proc partly masked, as in containers), the box's, bound */
    if (mkdir("proc", 0555) < 0 ||
        (mount("proc", "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0 &&
         mount("/proc", "proc", NULL, MS_BIND | MS_REC, NULL) < 0))
        return child_fail("cannot mount /proc into the run: %s", strerror(errno));
    if (chroot(".") < 0)
        return child_fail("cannot chroot into the scratch directory: %s", strerror(errno));
    return 0;
}

/* A run in namespaces is chrooted into its scratch directory: a path then names
 * nothing of the machine's, for metadata (stat) as for anything else. The
 * program is started through FILTER_EXEC_FD, so it needs no path either. A
 * sanitized run needs the dynamic loader's files: they are bound into its root. */
static int child_enter_dir(const struct run *c)
{
    if (c->dir ? chdir(c->dir) < 0 : fchdir(c->dir_fd) < 0)
        return child_fail("cannot chdir to '%s': %s", c->dir ? c->dir : "(scratch)",
                          strerror(errno));
    if (c->in_ns && c->j->profile == JOB_SANITIZE && !c->j->dir)
        return child_sanitize_root();
    if (c->in_ns && c->j->profile == JOB_RUN && chroot(".") < 0)
        return child_fail("cannot chroot into the scratch directory: %s", strerror(errno));
    return 0;
}

/* A root box's compiler becomes box.run_uid too when that uid may use all it
 * is given: its own executable, its working directory (which the box lent it),
 * and what its command line names (the source, the kit's headers and archives,
 * -o's directory). Otherwise (a kit under a 0700 home, files made under a umask
 * of 077) it stays uid 0, with no capability once it execs and confined by
 * Landlock. access() tests the real uid, which alone is changed for the test. */
static int child_drop_compiler_uid(const struct run *c)
{
    uid_t u = box.run_uid;
    gid_t g = getgid();
    if (setgroups(0, NULL) < 0 || setresgid(u, u, u) < 0 || setresuid(u, 0, 0) < 0)
        return child_fail("cannot become uid %d: %s", (int)u, strerror(errno));
    bool usable = access(exec_path, X_OK) == 0 && access(".", W_OK | X_OK) == 0 &&
                  confine_check_access(c->j->argv) == 0;
    if (usable ? setresuid(u, u, u) < 0 : setresuid(0, 0, 0) < 0 || setresgid(g, g, g) < 0)
        return child_fail("cannot set the compiler's uid: %s", strerror(errno));
    /* root without capabilities may not write in a directory lent to the uid */
    if (!usable && c->lent && chown(".", c->dir_uid, c->dir_gid) < 0)
        return child_fail("cannot take back the working directory: %s", strerror(errno));
    return 0;
}

/* A root box's program becomes box.run_uid with no supplementary group: it owns
 * no file of the machine's, holds no capability after its exec, and RLIMIT_NPROC
 * applies to it (root is exempt). */
static int child_drop_uid(const struct run *c)
{
    if (!c->drop_uid)
        return 0;
    if (c->j->profile == JOB_COMPILE)
        return child_drop_compiler_uid(c);
    uid_t u = box.run_uid;
    if (setgroups(0, NULL) < 0 || setresgid(u, u, u) < 0 || setresuid(u, u, u) < 0)
        return child_fail("cannot become uid %d: %s", (int)u, strerror(errno));
    return 0;
}

/* Landlock wants no_new_privs first; the descriptor is closed by move_fds. A
 * sanitized run may also read its own /proc/self, which only this process can
 * name: the rule is added here, before the rules are applied. */
static int child_confine(const struct run *c, int ruleset)
{
    if (ruleset < 0)
        return 0;
    int rc;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return child_fail("cannot prctl PR_SET_NO_NEW_PRIVS: %s", strerror(errno));
    if (c->j->profile == JOB_SANITIZE && (rc = confine_allow_self(ruleset)) < 0)
        return child_fail("cannot allow /proc/self to the sanitizer: %s", strerror(-rc));
    if ((rc = confine_apply(ruleset)) < 0)
        return child_fail("cannot apply the landlock rules: %s", strerror(-rc));
    return 0;
}

struct child_start {
    const struct run *c;
    pid_t keeper;
    int ruleset;     /* the compiler's landlock rules, or -1 */
    int notify_sock; /* a flat sanitized run's way to send its listener, or -1 */
    int warm_sock;   /* a template's socket to the keeper (warm.h), or -1 */
};

/* A flat sanitized run's filter sends its path calls to the keeper (notify.h):
 * the listener goes over FILTER_NOTIFY_FD, and this process closes both before
 * its exec, so that the program holds neither. */
static int child_load_filter(filter_kind kind, bool notify)
{
    int rc, listener = -1;
    if (!notify)
        rc = filter_install(kind, getpid());
    else if ((rc = filter_install_listener(kind, getpid(), &listener)) == 0) {
        rc = notify_send(FILTER_NOTIFY_FD, listener);
        close(listener);
        close(FILTER_NOTIFY_FD);
    }
    return rc < 0 ? child_fail("cannot load the seccomp filter: %s", strerror(-rc)) : 0;
}

static int child_main(const struct child_start *start)
{
    const struct run *c = start->c;
    const job *j = c->j;
    bool notify = start->notify_sock >= 0;
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL); /* the box ignores it; ignored stays ignored across exec */
    if (setsid() < 0)
        return child_fail("cannot setsid: %s", strerror(errno));
    int rc;
    if ((rc = child_enter_dir(c)) != 0 || (rc = child_drop_uid(c)) != 0)
        return rc;
    /* after the uid change, which clears it */
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
        return child_fail("cannot prctl PR_SET_PDEATHSIG: %s", strerror(errno));
    if (getppid() != start->keeper)
        return 127; /* the keeper is already gone */
    if ((rc = child_confine(c, start->ruleset)) != 0)
        return rc;
    /* before RLIMIT_NOFILE, which FILTER_NOTIFY_FD is above */
    if (notify && start->notify_sock != FILTER_NOTIFY_FD &&
        dup3(start->notify_sock, FILTER_NOTIFY_FD, O_CLOEXEC) < 0)
        return child_fail("cannot dup3 the keeper's socket: %s", strerror(errno));
    bool warm = start->warm_sock >= 0;
    /* dup2 leaves the copy open across the exec */
    if (warm && (start->warm_sock == WARM_FD ? fcntl(WARM_FD, F_SETFD, 0)
                                             : dup2(start->warm_sock, WARM_FD)) < 0)
        return child_fail("cannot dup2 the template's socket: %s", strerror(errno));
    rc = move_fds(j, notify, warm);
    if (rc < 0)
        return child_fail("cannot set up descriptors: %s", strerror(-rc));
    if ((rc = set_limits(j, c->in_ns || c->drop_uid, warm)) != 0)
        return rc;
    int persona = personality(0xffffffff);
    if (persona < 0 || personality((unsigned long)persona | ADDR_NO_RANDOMIZE) < 0)
        return child_fail("cannot personality ADDR_NO_RANDOMIZE: %s", strerror(errno));
    /* A root box's compiler that kept uid 0 would exec with every capability:
     * an empty bounding set makes the exec grant none (Landlock confines it). */
    if (geteuid() == 0)
        for (int cap = 0; prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == 0 || errno != EINVAL; cap++)
            if (cap > 63)
                return child_fail("cannot prctl PR_CAPBSET_DROP: %s", strerror(errno));
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return child_fail("cannot prctl PR_SET_NO_NEW_PRIVS: %s", strerror(errno));
    if (j->profile == JOB_COMPILE) {
        syscall(SYS_execve, exec_path, j->argv, compile_env);
        return child_fail("cannot exec '%s': %s", exec_path, strerror(errno));
    }
    filter_kind kind = j->profile == JOB_SANITIZE
                           ? (c->in_ns ? FILTER_SANITIZE : FILTER_SANITIZE_FLAT)
                       : warm     ? FILTER_WARM
                       : c->in_ns ? FILTER_RUN
                                  : FILTER_RUN_FLAT;
    if (box.seccomp && (rc = child_load_filter(kind, notify)) != 0)
        return rc;
    /* From here on only what the filter allows: this execveat, memory, exit. */
    char *const *env = j->profile == JOB_SANITIZE ? sanitize_env : run_env;
    syscall(SYS_execveat, FILTER_EXEC_FD, "", j->argv, env, AT_EMPTY_PATH, exec_token);
    return child_fail("cannot exec '%s': %s", exec_path, strerror(errno));
}

/* The stack of the program's process until its execve (it shares the keeper's
 * memory until then). */
static char child_stack[64 * 1024] __attribute__((aligned(64)));

/* Returning ends the process: glibc's clone calls exit with the value. */
static int child_entry(void *arg) { return child_main(arg); }

/* Kills the orphans the program left (they were reparented to the keeper, a
 * subreaper) until the keeper has no child left. Without namespaces only. */
static void keeper_reap_orphans(void)
{
    for (int round = 0; round < 500; round++) {
        pid_t w;
        while ((w = waitpid(-1, NULL, WNOHANG | __WALL)) > 0)
            ;
        if (w < 0 && errno == ECHILD)
            return;
        int fd = open("/proc/thread-self/children", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char buf[4096];
            ssize_t n = read(fd, buf, sizeof buf - 1);
            close(fd);
            buf[n > 0 ? n : 0] = '\0';
            for (char *p = buf, *end; *p; p = end) {
                long pid = strtol(p, &end, 10);
                if (end == p)
                    break;
                if (pid > 0)
                    kill((pid_t)pid, SIGKILL);
            }
        }
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
}

/* The program's /proc/PID/statm, opened at the first read. In a pid namespace
 * the keeper knows the program as pid 2, while /proc is the box's: the keeper's
 * only child is listed there under the pid /proc knows it by. The program is not
 * reaped before the keeper stops watching, so its pid cannot name another
 * process meanwhile. */
struct mem_watch {
    int fd, stat_fd; /* statm, and stat for the number of threads */
    int pidfd;       /* a warm run's: it is the template's child, not the keeper's */
    bool tried;
    long page_kb, limit_kb;
    long resident_kb; /* at the last read */
    long tasks;       /* at the last read */
};

/* The pid /proc knows a warm run by: its pidfd's "Pid:" line, which the kernel
 * writes in the pid namespace of the /proc it is read through (the box's). */
static long outer_pid(int pidfd)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = '\0';
    char *at = strstr(buf, "\nPid:");
    return at ? strtol(at + 6, NULL, 10) : -1;
}

static int mem_watch_open(pid_t pid, bool in_ns, int pidfd, int *stat_fd)
{
    long outer = pid;
    if (pidfd >= 0) {
        if ((outer = outer_pid(pidfd)) <= 0)
            return -1;
    } else if (in_ns) {
        char buf[64];
        int fd = open("/proc/thread-self/children", O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return -1;
        ssize_t n = read(fd, buf, sizeof buf - 1);
        close(fd);
        buf[n > 0 ? n : 0] = '\0';
        char *end;
        outer = strtol(buf, &end, 10);
        if (end == buf || outer <= 0)
            return -1;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/stat", outer);
    *stat_fd = open(path, O_RDONLY | O_CLOEXEC);
    snprintf(path, sizeof path, "/proc/%ld/statm", outer);
    return open(path, O_RDONLY | O_CLOEXEC);
}

/* True when the program has reached the task cap now (field 20 of its stat,
 * after the command name, which may hold spaces and parentheses). */
static bool tasks_over(struct mem_watch *m)
{
    char buf[1024];
    ssize_t n = m->stat_fd >= 0 ? pread(m->stat_fd, buf, sizeof buf - 1, 0) : -1;
    if (n <= 0)
        return false;
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    for (int field = 2; p && field < 20; field++)
        p = strchr(p + 1, ' ');
    m->tasks = p ? strtol(p + 1, NULL, 10) : 0;
    return m->tasks >= JOB_TASK_CAP;
}

/* True when the program's resident set is over the limit now. Any failure to
 * read it says no: the peak RSS after the run still decides. */
static bool mem_watch_over(struct mem_watch *m, pid_t pid, bool in_ns)
{
    if (!m->tried) {
        m->tried = true;
        m->fd = mem_watch_open(pid, in_ns, m->pidfd, &m->stat_fd);
    }
    char buf[128];
    ssize_t n = m->fd >= 0 ? pread(m->fd, buf, sizeof buf - 1, 0) : -1;
    if (n <= 0)
        return false;
    buf[n] = '\0';
    long size, pages;
    if (sscanf(buf, "%ld %ld", &size, &pages) != 2)
        return false;
    m->resident_kb = pages * m->page_kb;
    return m->resident_kb > m->limit_kb;
}

/* Waits up to wait ns for the program to end (pfd readable, or polled for
 * without a pidfd), answering its path calls on *listener meanwhile
 * (notify.h). A listener that fails or hangs up is no longer polled (*listener
 * becomes -1; the caller still owns and closes it). Returns true when the
 * program has ended. */
static bool keeper_serve(int pfd, int *listener, pid_t pid, int64_t wait)
{
    int64_t deadline = now_ns() + wait;
    for (;;) {
        int64_t left = deadline - now_ns();
        if (left <= 0)
            return false;
        struct pollfd p[2] = {{.fd = *listener, .events = POLLIN}, {.fd = pfd, .events = POLLIN}};
        /* without a pidfd, wake up every 10 ms to look at the program */
        if (pfd < 0 && left > 10 * MS)
            left = 10 * MS;
        struct timespec ts = ns_to_timespec(left);
        int n = ppoll(p, pfd >= 0 ? 2 : 1, &ts, NULL);
        if (n < 0 && errno != EINTR)
            return false;
        if (n > 0 && (p[1].revents & POLLIN))
            return true;
        if (pfd < 0) {
            siginfo_t si = {0};
            if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid)
                return true;
        }
        if (n > 0 && (p[0].revents & POLLIN) && notify_answer(*listener, pid) < 0)
            *listener = -1;
        else if (n > 0 && (p[0].revents & (POLLHUP | POLLERR | POLLNVAL)))
            *listener = -1;
        if (*listener < 0)
            return false;
    }
}

/* Waits for the program, killing it at the CPU, wall or (for submissions)
 * memory limit. Returns RECORD_CPU, RECORD_WALL, RECORD_MEM or RECORD_OK (it
 * ended by itself); *resident_kb is the resident size that went over the limit
 * (the kernel's resident counters are approximate, so the peak it reports after
 * the kill can be a few pages lower). */
static record_status keeper_watch(const struct run *c, pid_t pid, int64_t t0, long *resident_kb,
                                  int listener)
{
    const job *j = c->j;
    int pfd = pidfd_open(pid);
    /* a warm run the template has already reaped: nothing left to watch (its
       pid cannot name another process yet: only the template forks, and it
       waits for the keeper's next run) */
    if (c->warm && pfd < 0)
        return RECORD_OK;
    clockid_t clock;
    bool have_clock = clock_getcpuclockid(pid, &clock) == 0;
    int64_t cpu_limit = j->cpu_ms * MS, wall_limit = j->wall_ms * MS;
    record_status killed = RECORD_OK;
    /* the compiler's memory is its passes', not its driver's: it keeps only
       RLIMIT_AS */
    bool watch_mem = j->profile != JOB_COMPILE;
    struct mem_watch mem = {.fd = -1,
                            .stat_fd = -1,
                            .pidfd = c->warm ? pfd : -1,
                            .page_kb = sysconf(_SC_PAGESIZE) / 1024,
                            .limit_kb = j->mem_kb};
    for (;;) {
        int64_t wall = now_ns() - t0, cpu = 0;
        struct timespec ts;
        if (have_clock && clock_gettime(clock, &ts) == 0)
            cpu = (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
        if (cpu >= cpu_limit) {
            killed = RECORD_CPU;
            break;
        }
        if (wall >= wall_limit) {
            killed = RECORD_WALL;
            break;
        }
        if (watch_mem && wall >= MEM_POLL_MS * MS && mem_watch_over(&mem, pid, c->in_ns)) {
            killed = RECORD_MEM;
            *resident_kb = mem.resident_kb;
            break;
        }
        if (watch_mem && mem.tried && tasks_over(&mem)) {
            killed = RECORD_TASKS;
            break;
        }
        /* A program busy on every core spends CPU time ncpu times as fast as wall
         * time, so wake up early enough to catch that too. */
        int64_t wait = wall_limit - wall, cpu_wait = (cpu_limit - cpu) / box.ncpu;
        if (cpu_wait < wait)
            wait = cpu_wait;
        if (watch_mem && wait > MEM_POLL_MS * MS)
            wait = MEM_POLL_MS * MS;
        if (wait < MS / 4)
            wait = MS / 4;
        if (listener >= 0) {
            if (keeper_serve(pfd, &listener, pid, wait))
                break;
        } else if (pfd >= 0) {
            struct pollfd p = {.fd = pfd, .events = POLLIN};
            ts = ns_to_timespec(wait);
            if (ppoll(&p, 1, &ts, NULL) > 0)
                break;
        } else { /* no pidfd (kernel before 5.3): poll the child every 10 ms */
            siginfo_t si = {0};
            if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid)
                break;
            ts = ns_to_timespec(wait < 10 * MS ? wait : 10 * MS);
            nanosleep(&ts, NULL);
        }
    }
    if (killed != RECORD_OK) {
        kill(pid, SIGKILL);
        if (!c->in_ns)
            kill(-pid, SIGKILL);
    }
    if (pfd >= 0)
        close(pfd);
    if (mem.fd >= 0)
        close(mem.fd);
    if (mem.stat_fd >= 0)
        close(mem.stat_fd);
    return killed;
}

/* An image that cannot be mapped under RLIMIT_AS fails its exec after the point
 * of no return, and the kernel kills the process with SIGSEGV before its first
 * instruction: "could not be started", not an invalid memory access the program
 * never made. Read only after such a death, so it costs a normal run nothing. */
static bool keeper_image_too_large(const job *j, record *r, record_status killed)
{
    uint64_t span = 0;
    if (j->profile != JOB_RUN || killed != RECORD_OK ||
        (r->signal != SIGSEGV && r->signal != SIGKILL) || image_span(exec_path, &span) < 0 ||
        span + IMAGE_SLACK_BYTES <= as_limit(j))
        return false;
    r->status = RECORD_SETUP;
    snprintf(r->msg, sizeof r->msg,
             "its code and static data take %llu MB, over the %ld MB memory limit",
             (unsigned long long)(span >> 20), j->mem_kb >> 10);
    return true;
}

static void keeper_decide(const job *j, record *r, record_status killed, long resident_kb,
                          int status, const struct rusage *ru)
{
    long long cpu_us = (long long)ru->ru_utime.tv_sec * 1000000 + ru->ru_utime.tv_usec +
                       (long long)ru->ru_stime.tv_sec * 1000000 + ru->ru_stime.tv_usec;
    r->cpu_ms = (long)(cpu_us / 1000);
    r->rss_kb = ru->ru_maxrss;
    r->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
    r->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    r->msg[0] = '\0';
    if (box.report->setup_failed) {
        r->status = RECORD_SETUP;
        memcpy(r->msg, box.report->setup_msg, sizeof r->msg);
        r->msg[sizeof r->msg - 1] = '\0';
    } else if (killed == RECORD_MEM) {
        /* stopped at the memory limit: it was crossed before any other */
        r->status = RECORD_MEM;
        if (resident_kb > r->rss_kb)
            r->rss_kb = resident_kb;
        snprintf(r->msg, sizeof r->msg, "resident memory over the %ld KB limit (peak %ld KB)",
                 j->mem_kb, r->rss_kb);
    } else if (killed == RECORD_TASKS) {
        r->status = RECORD_TASKS;
        snprintf(r->msg, sizeof r->msg, "it reached the cap of %d threads a run may have at once",
                 JOB_TASK_CAP);
    } else if (killed == RECORD_CPU || cpu_us > j->cpu_ms * 1000LL || r->signal == SIGXCPU) {
        r->status = RECORD_CPU;
        snprintf(r->msg, sizeof r->msg, "CPU time %ld ms over the %ld ms limit", r->cpu_ms,
                 j->cpu_ms);
    } else if (killed == RECORD_WALL) {
        r->status = RECORD_WALL;
        snprintf(r->msg, sizeof r->msg, "wall time %ld ms over the %ld ms limit", r->wall_ms,
                 j->wall_ms);
    } else if (r->rss_kb > j->mem_kb) {
        r->status = RECORD_MEM;
        snprintf(r->msg, sizeof r->msg, "peak memory %ld KB over the %ld KB limit", r->rss_kb,
                 j->mem_kb);
    } else if (keeper_image_too_large(j, r, killed)) {
        /* r is filled */
    } else if (r->signal == SIGSYS && j->profile == JOB_RUN && box.seccomp) {
        r->status = RECORD_SIGNAL;
        snprintf(r->msg, sizeof r->msg, "forbidden system call (killed by SIGSYS)");
    } else if (r->signal) {
        const char *abbrev = sigabbrev_np(r->signal);
        r->status = RECORD_SIGNAL;
        snprintf(r->msg, sizeof r->msg, "killed by signal %d (SIG%s)", r->signal,
                 abbrev ? abbrev : "?");
    } else if (r->exit_code) {
        r->status = RECORD_EXIT;
        snprintf(r->msg, sizeof r->msg, "exited with status %d", r->exit_code);
    } else {
        r->status = RECORD_OK;
    }
}

/* The Landlock rules of a compile (where the kernel has Landlock) and of a
 * sanitized run (which may not run without them: it can open files). On failure
 * fills the record and returns -1. */
static int keeper_build_rules(const struct run *c, int *ruleset)
{
    record *r = &box.report->rec;
    char why[200];
    job_profile p = c->j->profile;
    /* In namespaces its mount namespace already holds only the loader's files,
       and the filter refuses every write: Landlock is a second wall there, and
       the only one without namespaces. */
    if (p == JOB_SANITIZE && !box.landlock && !c->in_ns) {
        r->status = RECORD_SETUP;
        snprintf(r->msg, sizeof r->msg,
                 "a sanitized run without namespaces needs Landlock (Linux 5.13 or later) to "
                 "confine its files, and this box has neither");
        return -1;
    }
    /* its path calls go to the keeper (notify.h) */
    int err;
    if (p == JOB_SANITIZE && !c->in_ns && box.seccomp && (err = notify_check()) < 0) {
        r->status = RECORD_SETUP;
        snprintf(r->msg, sizeof r->msg,
                 "a sanitized run without namespaces needs seccomp user notification (Linux "
                 "5.14 or later) to answer its path calls: %s",
                 strerror(-err));
        return -1;
    }
    if (!box.landlock || (p == JOB_COMPILE && !c->dir) || (p != JOB_COMPILE && p != JOB_SANITIZE))
        return 0;
    int rc = p == JOB_COMPILE ? confine_build(c->j, exec_path, c->dir, ruleset, why, sizeof why)
                              : confine_build_sanitize(exec_path, c->dir, ruleset, why, sizeof why);
    if (rc < 0) {
        r->status = RECORD_ERROR;
        snprintf(r->msg, sizeof r->msg, "cannot confine the %s: %s",
                 p == JOB_COMPILE ? "compiler" : "sanitized program", why);
        return -1;
    }
    return 0;
}

/* Takes the listener a flat sanitized run's process sent over sock before its
 * exec (it had exec'd or failed when clone returned). A program that exec'd
 * without sending one is killed: its path calls would wait for ever. Returns
 * the listener or -1. */
static int keeper_take_listener(int sock, pid_t pid)
{
    int listener = -1;
    int rc = notify_receive(sock, &listener);
    if (rc < 0 && !box.report->setup_failed) {
        kill(pid, SIGKILL);
        snprintf(box.report->setup_msg, sizeof box.report->setup_msg,
                 "cannot receive the seccomp listener: %s", strerror(-rc));
        box.report->setup_failed = 1;
    }
    return rc < 0 ? -1 : listener;
}

/* Closes every descriptor but a and b (either may be -1, or both the same). */
static void close_all_but(int a, int b)
{
    int lo = a < b ? a : b, hi = a < b ? b : a;
    if (lo > 0)
        close_range(0, (unsigned)lo - 1, 0);
    if (hi > lo + 1)
        close_range((unsigned)lo + 1, (unsigned)hi - 1, 0);
    close_range((unsigned)hi + 1, ~0U, 0);
}

/* The keeper, from the box's clone or fork to its exit: starts and watches the
 * program and writes the record. */
__attribute__((noreturn)) static void keeper_main(const struct run *c)
{
    record *r = &box.report->rec;
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (!c->in_ns) {
        if (getppid() != c->box)
            _exit(1);
        prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
    struct child_start start = {
        .c = c, .keeper = getpid(), .ruleset = -1, .notify_sock = -1, .warm_sock = -1};
    if (keeper_build_rules(c, &start.ruleset) < 0) {
        box.report->done = 1;
        _exit(0);
    }
    /* a flat sanitized run's process sends its listener back over this */
    int sv[2] = {-1, -1};
    if (c->j->profile == JOB_SANITIZE && !c->in_ns && box.seccomp) {
        if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) < 0) {
            r->status = RECORD_ERROR;
            snprintf(r->msg, sizeof r->msg, "cannot socketpair: %s", strerror(errno));
            box.report->done = 1;
            _exit(0);
        }
        start.notify_sock = sv[1];
    }
    int64_t t0 = now_ns();
    /* Like posix_spawn: the program's process shares the keeper's memory until
     * its execve (the keeper waits), which skips copying the page tables. */
    pid_t pid = clone(child_entry, child_stack + sizeof child_stack,
                      CLONE_VM | CLONE_VFORK | SIGCHLD, &start);
    if (pid < 0) {
        r->status = RECORD_ERROR;
        snprintf(r->msg, sizeof r->msg, "cannot clone: %s", strerror(errno));
        box.report->done = 1;
        _exit(0);
    }
    if (!c->in_ns)
        box.report->child = pid;
    int listener = sv[0] >= 0 ? keeper_take_listener(sv[0], pid) : -1;
    /* The keeper needs no descriptor but the listener; holding no other, it
     * never delays the EOF the judge waits for on the program's pipes. */
    close_all_but(listener, listener);
    long resident_kb = 0;
    record_status killed = keeper_watch(c, pid, t0, &resident_kb, listener);
    if (listener >= 0)
        close(listener);
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    /* the group's leader is a zombie until wait4: its pid, the group's id, cannot
       have been reused yet */
    if (!c->in_ns)
        kill(-pid, SIGKILL);
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    r->wall_ms = (long)((now_ns() - t0) / MS);
    keeper_decide(c->j, r, killed, resident_kb, status, &ru);
    box.report->done = 1;
    if (!c->in_ns)
        keeper_reap_orphans();
    _exit(0); /* as pid 1, this also kills whatever is left in the namespace */
}

/* ---- warm runs (warm.h) ----
 *
 * A warm keeper is a keeper that stays: it starts a template of the program
 * (pid 2 of its namespace, under FILTER_WARM, holding WARM_FD) and then serves
 * the box's runs of that program one at a time, each forked by the template,
 * watched and decided as a cold run is. The box sends each run's descriptors
 * over their socket and the keeper answers with one byte (warm_says). */

/* The most runs one template serves: its own CPU time (a fork and a wait per
 * run) stays far below its RLIMIT_CPU, which is the runs' limit. */
#define WARM_MAX_RUNS 1000

/* What a warm keeper tells the box. */
enum warm_says {
    WARM_SAYS_READY = 'R', /* the template is up */
    WARM_SAYS_COLD = 'C',  /* the program did not start as a template */
    WARM_SAYS_DONE = 'D',  /* the record of the run is in the report page */
    WARM_SAYS_LOST = 'L',  /* the template is gone before the run started */
};

/* Reads one note from the template within wait ns. False on a timeout, the
 * template's end or a malformed note. */
static bool read_note(int sock, warm_note *n, int64_t wait)
{
    struct pollfd p = {.fd = sock, .events = POLLIN};
    struct timespec ts = ns_to_timespec(wait);
    int rc;
    while ((rc = ppoll(&p, 1, &ts, NULL)) < 0 && errno == EINTR)
        ;
    if (rc <= 0)
        return false;
    ssize_t got;
    while ((got = read(sock, n, sizeof *n)) < 0 && errno == EINTR)
        ;
    n->msg[sizeof n->msg - 1] = '\0';
    return got == (ssize_t)sizeof *n;
}

static void keeper_tell(int bsock, enum warm_says says)
{
    char c = (char)says;
    while (write(bsock, &c, 1) < 0 && errno == EINTR)
        ;
}

/* A child's own report that it could not set itself up: the run is SETUP. */
static void keeper_note_failure(const warm_note *n)
{
    snprintf(box.report->setup_msg, sizeof box.report->setup_msg, "%s", n->msg);
    box.report->setup_failed = 1;
}

/* One warm run: hands the descriptors to the template, watches the child it
 * forks and writes its record. */
static enum warm_says keeper_warm_run(const struct run *c, int tsock, const warm_run *msg,
                                      int fds[WARM_MAX_FDS])
{
    record *r = &box.report->rec;
    int64_t t0 = now_ns(), patience = c->j->wall_ms * MS;
    int rc = warm_send_run(tsock, msg, fds);
    for (int i = 0; i < WARM_MAX_FDS; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    warm_note n;
    pid_t pid = -1;
    while (rc == 0 && pid < 0) {
        if (!read_note(tsock, &n, patience) || (n.type == WARM_FAILED && n.pid == 0))
            return WARM_SAYS_LOST; /* nothing of the run has started */
        if (n.type == WARM_STARTED && n.pid > 0)
            pid = n.pid;
        else if (n.type == WARM_FAILED)
            keeper_note_failure(&n);
    }
    if (rc < 0)
        return WARM_SAYS_LOST;
    long resident_kb = 0;
    record_status killed = keeper_watch(c, pid, t0, &resident_kb, -1);
    /* the template reaps its child and says how it ended */
    for (;;) {
        if (!read_note(tsock, &n, patience)) {
            kill(pid, SIGKILL);
            r->status = RECORD_ERROR;
            snprintf(r->msg, sizeof r->msg, "the warm template ended during the run");
            box.report->done = 1;
            return WARM_SAYS_DONE;
        }
        if (n.type == WARM_ENDED && n.pid == pid)
            break;
        if (n.type == WARM_FAILED)
            keeper_note_failure(&n);
    }
    r->wall_ms = (long)((now_ns() - t0) / MS);
    keeper_decide(c->j, r, killed, resident_kb, n.status, &n.ru);
    box.report->done = 1;
    return WARM_SAYS_DONE;
}

/* The warm keeper, from the box's clone to its exit: starts the template, then
 * serves runs from bsock until the box closes it (which, the keeper being pid 1,
 * ends the template too). */
__attribute__((noreturn)) static void keeper_main_warm(const struct run *c, int bsock)
{
    static warm_filter filter;
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    int tsv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, tsv) < 0) {
        keeper_tell(bsock, WARM_SAYS_COLD);
        _exit(0);
    }
    /* the template gets no descriptor but its socket */
    job template_job = *c->j;
    template_job.nfds = 0;
    struct run template_run = *c;
    template_run.j = &template_job;
    struct child_start start = {.c = &template_run,
                                .keeper = getpid(),
                                .ruleset = -1,
                                .notify_sock = -1,
                                .warm_sock = tsv[1]};
    pid_t template = clone(child_entry, child_stack + sizeof child_stack,
                           CLONE_VM | CLONE_VFORK | SIGCHLD, &start);
    close_all_but(bsock, tsv[0]);
    warm_note n;
    int self = pidfd_open(getpid()); /* warm runs are watched through pidfds only */
    if (self >= 0)
        close(self);
    if (self < 0 || template <0 || box.report->setup_failed ||
                              filter_export(FILTER_RUN, &filter) < 0 ||
                              write(tsv[0], &filter, sizeof filter) != (ssize_t)sizeof filter ||
                              !read_note(tsv[0], &n, c->j->wall_ms * MS) || n.type != WARM_READY) {
        keeper_tell(bsock, WARM_SAYS_COLD);
        _exit(0);
    }
    keeper_tell(bsock, WARM_SAYS_READY);
    for (;;) {
        warm_run msg;
        int fds[WARM_MAX_FDS];
        if (warm_receive_run(bsock, &msg, fds) < 0)
            _exit(0);
        enum warm_says says = keeper_warm_run(c, tsv[0], &msg, fds);
        keeper_tell(bsock, says);
        if (says == WARM_SAYS_LOST)
            _exit(0);
    }
}

/* Starts the keeper, in fresh namespaces when allowed. Returns its pid or -errno. */
static pid_t start_keeper(struct run *c)
{
    if (box.namespaces) {
        c->in_ns = true;
        unsigned long flags = box.root ? NS_ROOT_CLONE_FLAGS : NS_CLONE_FLAGS;
        if (c->j->profile != JOB_RUN || !box.seccomp)
            flags |= CLONE_NEWIPC;
        pid_t pid = (pid_t)syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
        if (pid == 0)
            keeper_main(c);
        if (pid > 0)
            return pid;
        /* Refused for good (no user namespaces here): stop trying. A transient
         * failure (namespace count, memory) falls back for this run only. */
        if (errno == EPERM || errno == EINVAL || errno == ENOSYS || errno == EACCES)
            box.namespaces = false;
    }
    c->in_ns = false;
    pid_t pid = fork();
    if (pid == 0)
        keeper_main(c);
    return pid < 0 ? -errno : pid;
}

static volatile sig_atomic_t terminated;

static void on_terminate(int sig)
{
    (void)sig;
    terminated = 1;
}

void sandbox_catch_termination(void)
{
    /* no SA_RESTART: the signal must interrupt ppoll and recvmsg */
    struct sigaction sa = {.sa_handler = on_terminate};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
}

bool sandbox_terminated(void) { return terminated != 0; }

enum box_wait { WAIT_READY, WAIT_HANGUP, WAIT_OVERRUN };

/* Waits until fd is readable (READY), the server's socket hangs up or the box
 * gets SIGTERM (HANGUP), or a keeper's wall limit and grace pass (OVERRUN). */
static enum box_wait wait_readable(int fd, long wall_ms)
{
    int64_t deadline = now_ns() + (wall_ms + KEEPER_GRACE_MS) * MS;
    for (;;) {
        struct pollfd p[2] = {{.fd = fd, .events = POLLIN},
                              {.fd = box.hangup_fd, .events = POLLRDHUP}};
        int64_t left = deadline - now_ns();
        struct timespec ts = ns_to_timespec(left > 0 ? left : 0);
        int n = ppoll(p, box.hangup_fd >= 0 ? 2 : 1, &ts, NULL);
        if (n < 0 && errno == EINTR && !terminated)
            continue;
        if (n > 0 && p[0].revents)
            return WAIT_READY;
        if (n > 0 && !(p[1].revents & (POLLHUP | POLLRDHUP | POLLERR)))
            continue;
        return n > 0 || terminated ? WAIT_HANGUP : WAIT_OVERRUN;
    }
}

/* Waits for the keeper: kills it when it overruns, or when the server's socket
 * hangs up or the box gets SIGTERM (then returns -ECONNRESET). Returns 0 once it
 * is reaped. */
static int wait_keeper(pid_t keeper, const job *j, int *status, bool *overran)
{
    int rc = 0;
    int kfd = pidfd_open(keeper);
    enum box_wait w = kfd >= 0 ? wait_readable(kfd, j->wall_ms) : WAIT_READY;
    if (w != WAIT_READY) {
        rc = w == WAIT_HANGUP ? -ECONNRESET : 0;
        *overran = w == WAIT_OVERRUN;
        kill(keeper, SIGKILL);
        if (box.report->child > 0)
            kill(-box.report->child, SIGKILL);
    }
    while (waitpid(keeper, status, 0) < 0 && errno == EINTR)
        ;
    if (kfd >= 0)
        close(kfd);
    return rc;
}

/* Puts the absolute path of the program into exec_path: a name without '/' is
 * looked up in /usr/bin and /bin, a relative path is taken from the box's cwd (the
 * program's own cwd is the run's directory). */
static int resolve_program(const char *prog)
{
    int n;
    if (strchr(prog, '/')) {
        n = prog[0] == '/' ? snprintf(exec_path, sizeof exec_path, "%s", prog)
                           : snprintf(exec_path, sizeof exec_path, "%s/%s", box.cwd, prog);
        return n < 0 || (size_t)n >= sizeof exec_path ? -ENAMETOOLONG : 0;
    }
    static const char *const dirs[] = {"/usr/bin", "/bin"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        n = snprintf(exec_path, sizeof exec_path, "%s/%s", dirs[i], prog);
        if (n < 0 || (size_t)n >= sizeof exec_path)
            return -ENAMETOOLONG;
        if (access(exec_path, X_OK) == 0)
            return 0;
    }
    snprintf(exec_path, sizeof exec_path, "%s", prog);
    return -ENOENT;
}

/* Opens the program at FILTER_EXEC_FD, where the child's execveat finds it: the
 * box opens it, so the program's uid needs no search permission on its path.
 * The number must be free in the box (descriptors it received are low). */
static int open_exec_fd(void)
{
    if (fcntl(FILTER_EXEC_FD, F_GETFD) >= 0)
        return -EBUSY;
    int fd = open(exec_path, O_PATH | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    int rc = dup3(fd, FILTER_EXEC_FD, O_CLOEXEC) < 0 ? -errno : 0;
    close(fd);
    return rc;
}

/* Removes dirfd's entry name and everything below it, without following links. */
static void remove_tree(int parent, const char *name)
{
    if (unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
        return;
    if (errno == ENOTDIR) {
        unlinkat(parent, name, 0);
        return;
    }
    /* ENOTEMPTY: a real directory, not a link, and every process of the run is
     * dead, so nothing can swap it. The program may have taken away our search
     * or write permission on it. */
    if (errno != ENOTEMPTY || fchmodat(parent, name, 0700, 0) < 0)
        return;
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            remove_tree(dirfd(d), e->d_name);
    closedir(d);
    unlinkat(parent, name, AT_REMOVEDIR);
}

/* The box's side of warm runs: the keeper serving them, and what it serves. */
static struct {
    pid_t keeper; /* 0: none */
    int sock;     /* the box's end of the keeper's socket */
    struct stat program;
    long cpu_ms, wall_ms, mem_kb, fsize_kb;
    int nfds, runs;
    char argv[1024]; /* the argv, NUL-separated */
    size_t argv_len;
} warm = {.sock = -1};

/* Programs that did not start as a template (linked without the warm start):
 * their runs stay cold for the box's life. */
#define WARM_COLD_MAX 16
static struct stat cold_programs[WARM_COLD_MAX];
static int cold_count;

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static bool program_is_cold(const struct stat *st)
{
    for (int i = 0; i < cold_count; i++)
        if (same_file(&cold_programs[i], st))
            return true;
    return false;
}

/* j's argv, NUL-separated, into out; 0 when it does not fit. */
static size_t join_argv(const job *j, char *out, size_t size)
{
    size_t len = 0;
    for (char *const *a = j->argv; *a; a++) {
        size_t n = strlen(*a) + 1;
        if (len + n > size)
            return 0;
        memcpy(out + len, *a, n);
        len += n;
    }
    return len;
}

/* Whether the warm keeper serves j: the same program, argv and limits. */
static bool warm_fits(const job *j, const struct stat *st)
{
    char argv[sizeof warm.argv];
    size_t len = join_argv(j, argv, sizeof argv);
    return same_file(&warm.program, st) && warm.cpu_ms == j->cpu_ms && warm.wall_ms == j->wall_ms &&
           warm.mem_kb == j->mem_kb && warm.fsize_kb == j->fsize_kb && warm.nfds == j->nfds &&
           len == warm.argv_len && memcmp(argv, warm.argv, len) == 0 && warm.runs < WARM_MAX_RUNS;
}

static void warm_stop(void)
{
    if (warm.sock >= 0)
        close(warm.sock);
    if (warm.keeper > 0) {
        kill(warm.keeper, SIGKILL);
        while (waitpid(warm.keeper, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    warm.sock = -1;
    warm.keeper = 0;
}

/* Waits for the warm keeper's next byte, as wait_keeper waits for a keeper:
 * returns -ECONNRESET when the server's socket hangs up or the box gets SIGTERM,
 * else 0 with *said the byte, or 0 when the keeper died or overran (then it is
 * stopped, and *overran says which). */
static int warm_wait(long wall_ms, char *said, bool *overran)
{
    enum box_wait w = wait_readable(warm.sock, wall_ms);
    if (w == WAIT_READY && read(warm.sock, said, 1) == 1 && *said)
        return 0;
    *said = 0;
    *overran = w == WAIT_OVERRUN;
    warm_stop();
    return w == WAIT_HANGUP ? -ECONNRESET : 0;
}

/* Starts a warm keeper for j's program. Returns what it said (WARM_SAYS_READY
 * when it serves), or 0 when it could not be started or waited for. */
static char warm_begin(const job *j, const struct stat *st)
{
    int sv[2];
    if (open_exec_fd() < 0)
        return 0;
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
        close(FILTER_EXEC_FD);
        return 0;
    }
    struct run c = {.j = j,
                    .dir_fd = box.scratch_fd,
                    .in_ns = true,
                    .drop_uid = box.root,
                    .box = getpid(),
                    .warm = true};
    unsigned long flags = box.root ? NS_ROOT_CLONE_FLAGS : NS_CLONE_FLAGS;
    pid_t pid = (pid_t)syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
    if (pid == 0) {
        close(sv[0]);
        keeper_main_warm(&c, sv[1]);
    }
    close(FILTER_EXEC_FD);
    close(sv[1]);
    if (pid < 0) {
        close(sv[0]);
        return 0;
    }
    warm.keeper = pid;
    warm.sock = sv[0];
    warm.program = *st;
    warm.cpu_ms = j->cpu_ms;
    warm.wall_ms = j->wall_ms;
    warm.mem_kb = j->mem_kb;
    warm.fsize_kb = j->fsize_kb;
    warm.nfds = j->nfds;
    warm.runs = 0;
    warm.argv_len = join_argv(j, warm.argv, sizeof warm.argv);
    char said;
    bool overran = false;
    memset(box.report, 0, sizeof *box.report);
    if (warm_wait(j->wall_ms, &said, &overran) < 0 || said != WARM_SAYS_READY) {
        warm_stop();
        return said;
    }
    return said;
}

/* A warm run of j, when the box can give one: *handled says whether out is its
 * record (else the caller runs j cold). Returns 0, or -ECONNRESET as
 * wait_keeper does. */
static int warm_serve(const job *j, record *out, bool *handled)
{
    struct stat st;
    char argv[sizeof warm.argv];
    *handled = false;
    if (stat(exec_path, &st) < 0 || program_is_cold(&st) || join_argv(j, argv, sizeof argv) == 0)
        return 0; /* an argv too long to compare runs cold */
    if (warm.keeper > 0 && !warm_fits(j, &st))
        warm_stop();
    if (warm.keeper <= 0) {
        char said = warm_begin(j, &st);
        if (said == WARM_SAYS_COLD && cold_count < WARM_COLD_MAX)
            cold_programs[cold_count++] = st;
        if (said != WARM_SAYS_READY)
            return 0;
    }
    memset(box.report, 0, sizeof *box.report);
    warm_run msg = {.type = WARM_RUN, .nfds = j->nfds};
    for (int i = 0; i < j->nfds; i++)
        if (j->fds[i] >= 0)
            msg.present |= 1 << i;
    if (warm_send_run(warm.sock, &msg, j->fds) < 0) {
        warm_stop();
        return 0;
    }
    warm.runs++;
    char said;
    bool overran = false;
    int rc = warm_wait(j->wall_ms, &said, &overran);
    if (rc == 0 && said == WARM_SAYS_LOST) {
        warm_stop();
        return 0;
    }
    *handled = true;
    if (said == WARM_SAYS_DONE && box.report->done) {
        *out = box.report->rec;
    } else {
        out->status = RECORD_ERROR;
        snprintf(out->msg, sizeof out->msg, "%s",
                 rc < 0    ? "run aborted: the judge hung up"
                 : overran ? "sandbox keeper overran the wall limit"
                           : "sandbox keeper died");
        warm_stop();
    }
    out->id = j->id;
    return rc;
}

int sandbox_run(const job *j, record *out)
{
    int rc = 0;
    char made[PATH_MAX] = "";
    _Static_assert(sizeof made > sizeof box.tmp + 17, "room for the scratch name");
    struct run c = {
        .j = j, .dir = j->dir, .dir_fd = box.scratch_fd, .drop_uid = box.root, .box = getpid()};
    bool exec_fd = false;

    memset(out, 0, sizeof *out);
    memset(box.report, 0, sizeof *box.report);
    out->id = j->id;
    int err = resolve_program(j->argv[0]);
    if (err < 0) {
        out->status = RECORD_SETUP;
        snprintf(out->msg, sizeof out->msg, "cannot exec '%.160s': %s", exec_path, strerror(-err));
        goto cleanup;
    }
    if (j->warm && j->profile == JOB_RUN && box.seccomp && box.namespaces && !j->dir) {
        bool handled;
        rc = warm_serve(j, out, &handled);
        if (handled)
            return rc;
        memset(box.report, 0, sizeof *box.report);
    }
    /* The removed scratch directory serves runs that cannot create files anyway;
     * the others get a fresh directory each, removed afterwards. */
    if (!j->dir && (j->profile != JOB_RUN || !box.seccomp)) {
        snprintf(made, sizeof made, "%s/judge-box.XXXXXX", box.tmp);
        if (!mkdtemp(made)) {
            out->status = RECORD_ERROR;
            snprintf(out->msg, sizeof out->msg, "cannot mkdtemp in '%.160s': %s", box.tmp,
                     strerror(errno));
            made[0] = '\0';
            goto cleanup;
        }
        c.dir = made;
        /* a root box's program (box.run_uid) must search it: a sanitized run's
           root is this directory */
        if (box.root && j->profile != JOB_COMPILE)
            chmod(made, 0711);
    }
    if (j->profile != JOB_COMPILE && (err = open_exec_fd()) < 0) {
        out->status = RECORD_SETUP;
        snprintf(out->msg, sizeof out->msg, "cannot exec '%.160s': %s", exec_path, strerror(-err));
        goto cleanup;
    }
    exec_fd = j->profile != JOB_COMPILE;
    /* a root box's compiler may run as the run uid, and writes its output and
       temporary files in its working directory: the box lends it for the run */
    struct stat dir_st;
    c.lent = box.root && j->profile == JOB_COMPILE && c.dir && stat(c.dir, &dir_st) == 0 &&
             chown(c.dir, box.run_uid, box.run_uid) == 0;
    c.dir_uid = c.lent ? dir_st.st_uid : 0;
    c.dir_gid = c.lent ? dir_st.st_gid : 0;
    if (j->profile == JOB_COMPILE && c.dir) {
        int n = c.dir[0] == '/'
                    ? snprintf(env_tmpdir, sizeof env_tmpdir, "TMPDIR=%s", c.dir)
                    : snprintf(env_tmpdir, sizeof env_tmpdir, "TMPDIR=%s/%s", box.cwd, c.dir);
        if (n < 0 || (size_t)n >= sizeof env_tmpdir)
            snprintf(env_tmpdir, sizeof env_tmpdir, "TMPDIR=."); /* the cwd: the same place */
    }
    pid_t keeper = start_keeper(&c);
    if (keeper < 0) {
        out->status = RECORD_ERROR;
        snprintf(out->msg, sizeof out->msg, "cannot fork: %s", strerror(-keeper));
        goto cleanup;
    }
    int status = 0;
    bool overran = false;
    rc = wait_keeper(keeper, j, &status, &overran);
    if (box.report->done) {
        *out = box.report->rec;
        out->id = j->id;
    } else {
        out->status = RECORD_ERROR;
        if (rc < 0)
            snprintf(out->msg, sizeof out->msg, "run aborted: the judge hung up");
        else if (overran)
            snprintf(out->msg, sizeof out->msg, "sandbox keeper overran the wall limit by %d ms",
                     KEEPER_GRACE_MS);
        else
            snprintf(out->msg, sizeof out->msg, "sandbox keeper died (wait status %#x)",
                     (unsigned)status);
    }
cleanup:
    if (c.lent && chown(c.dir, c.dir_uid, c.dir_gid) < 0 && rc == 0)
        rc = -errno;
    if (exec_fd)
        close(FILTER_EXEC_FD);
    if (made[0]) {
        char *slash = strrchr(made, '/');
        *slash = '\0';
        int dfd = open(made[0] ? made : "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            remove_tree(dfd, slash + 1);
            close(dfd);
        }
    }
    return rc;
}

/* Whether this box is root over uid: root of the machine, or of a user namespace
 * that maps it. A root of a namespace without it (`unshare -r`) is a plain user
 * outside, and its programs keep its uid. */
static bool can_become(uid_t uid)
{
    if (geteuid() != 0)
        return false;
    pid_t pid = fork();
    if (pid == 0)
        _exit(setresgid(uid, uid, uid) == 0 && setresuid(uid, uid, uid) == 0 ? 0 : 1);
    int status = 0;
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int sandbox_init(const sandbox_options *o, char *err, size_t errsize)
{
    int rc = 0;
    box.namespaces = o->namespaces;
    box.seccomp = o->seccomp;
    box.landlock = o->landlock && confine_version() >= 1;
    box.hangup_fd = o->hangup_fd;
    box.run_uid = JOB_RUN_UID + (uid_t)(getpid() % JOB_RUN_UIDS);
    box.root = can_become(box.run_uid);
    box.ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if (box.ncpu < 1)
        box.ncpu = 1;
    if (!getcwd(box.cwd, sizeof box.cwd))
        box.cwd[0] = '\0';
    /* as the judge's scratch (fsutil.h) and glibc's tmpfile: $TMPDIR when it is
       a directory, else /tmp */
    const char *tmp = getenv("TMPDIR");
    struct stat tmp_st;
    if (!tmp || tmp[0] != '/' || strlen(tmp) >= sizeof box.tmp || stat(tmp, &tmp_st) < 0 ||
        !S_ISDIR(tmp_st.st_mode))
        tmp = "/tmp";
    memcpy(box.tmp, tmp, strlen(tmp) + 1);

    box.report =
        mmap(NULL, sizeof *box.report, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (box.report == MAP_FAILED) {
        rc = -errno;
        box.report = NULL;
        snprintf(err, errsize, "cannot mmap the report page: %s", strerror(errno));
        goto cleanup;
    }
    if (box.seccomp) {
        for (int tries = 0; tries < 4; tries++) {
            if (getrandom(&exec_token, sizeof exec_token, 0) != sizeof exec_token) {
                rc = -errno;
                snprintf(err, errsize, "cannot getrandom: %s", strerror(errno));
                goto cleanup;
            }
            if ((rc = filter_build(exec_token, err, errsize)) != -EAGAIN)
                break;
        }
        if (rc < 0)
            goto cleanup;
    }
    /* The judge stops a box that is still starting with SIGTERM (a refused
       source, Ctrl-C), whose default action would leave the named directory
       behind: the signals wait until the name is gone. */
    sigset_t hold, saved;
    sigemptyset(&hold);
    sigaddset(&hold, SIGTERM);
    sigaddset(&hold, SIGINT);
    sigaddset(&hold, SIGHUP);
    sigprocmask(SIG_BLOCK, &hold, &saved);
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/judge-box.XXXXXX", box.tmp);
    if (!mkdtemp(dir)) {
        rc = -errno;
        snprintf(err, errsize, "cannot mkdtemp in '%.160s': %s", box.tmp, strerror(errno));
    } else {
        box.scratch_fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (box.scratch_fd < 0)
            rc = -errno;
        rmdir(dir);
        if (rc < 0)
            snprintf(err, errsize, "cannot open '%s': %s", dir, strerror(-rc));
    }
    sigprocmask(SIG_SETMASK, &saved, NULL);
cleanup:
    return rc;
}

void sandbox_fini(void)
{
    warm_stop();
    if (box.scratch_fd >= 0)
        close(box.scratch_fd);
    box.scratch_fd = -1;
    if (box.report)
        munmap(box.report, sizeof *box.report);
    box.report = NULL;
}
