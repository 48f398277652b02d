/* Benchmark of judge-box (prints figures, not a test): the cost of a judged run of
 * a trivial static program against a bare fork+exec+wait4 of it, with every
 * protection on and with namespaces or seccomp off, and of a warm run (warm.h:
 * tests/fixtures/warm, the same trivial program with the warm start, forked from
 * a template as stress runs it), all interleaved in one run so that they share
 * the machine's load. Also the peak RSS the box records for the
 * trivial program, which shows whether the box's own size leaks into it.
 *
 *   build/bench/bench_box [RUNS [PROGRAM]]   (default 2000 runs of tests/fixtures/hello) */
#include "record.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MODES(X)                                                                                   \
    X(BARE, "bare fork+exec+wait4", NULL)                                                          \
    X(BOX, "box, every protection", "")                                                            \
    X(NO_NS, "box, --no-namespaces", "--no-namespaces")                                            \
    X(NO_SECCOMP, "box, --no-seccomp", "--no-seccomp")                                             \
    X(NEITHER, "box, neither", "--no-namespaces --no-seccomp")                                     \
    X(WARM, "box, warm runs", "")

enum mode {
#define X(id, text, flags) MODE_##id,
    MODES(X)
#undef X
        MODE_COUNT
};

static const char *const mode_text[] = {
#define X(id, text, flags) text,
    MODES(X)
#undef X
};

static const char *const mode_flags[] = {
#define X(id, text, flags) flags,
    MODES(X)
#undef X
};

struct box {
    pid_t pid;
    int sock;
};

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int run_bare(char *prog, int devnull, long *rss_kb)
{
    pid_t pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        dup2(devnull, 0);
        dup2(devnull, 1);
        dup2(devnull, 2);
        char *argv[] = {prog, NULL};
        char *envp[] = {NULL};
        execve(prog, argv, envp);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        return -errno;
    *rss_kb = ru.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -ECHILD;
}

static int start_box(char *box_path, const char *flags, struct box *b)
{
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) < 0)
        return -errno;
    b->pid = fork();
    if (b->pid < 0)
        return -errno;
    if (b->pid == 0) {
        dup2(pair[1], 0);
        char copy[128], serve[] = "--serve";
        snprintf(copy, sizeof copy, "%s", flags);
        char *argv[8] = {box_path, serve};
        int argc = 2;
        for (char *t = strtok(copy, " "); t && argc < 7; t = strtok(NULL, " "))
            argv[argc++] = t;
        argv[argc] = NULL;
        execv(box_path, argv);
        fprintf(stderr, "bench_box: cannot exec '%s': %s\n", box_path, strerror(errno));
        _exit(127);
    }
    close(pair[1]);
    b->sock = pair[0];
    return 0;
}

/* Like the judge, every request names the run's directory. */
static char run_dir[] = "/tmp/bench_box.XXXXXX";

/* A warm run names no directory: it runs in the box's removed one, as stress's do. */
static int run_box(struct box *b, const char *prog, bool warm, int devnull, unsigned long long id,
                   record *r)
{
    char req[512];
    int len =
        warm
            ? snprintf(req, sizeof req, "id=%llu%ccpu_ms=1000%cmem_kb=65536%cwarm=1%cfds=3%c--%c%s",
                       id, 0, 0, 0, 0, 0, 0, prog)
            : snprintf(req, sizeof req, "id=%llu%ccpu_ms=1000%cmem_kb=65536%cdir=%s%cfds=3%c--%c%s",
                       id, 0, 0, 0, run_dir, 0, 0, 0, prog);
    int fds[3] = {devnull, devnull, devnull};
    union {
        char bytes[CMSG_SPACE(sizeof fds)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct iovec iov = {.iov_base = req, .iov_len = (size_t)len + 1};
    struct msghdr m = {.msg_iov = &iov,
                       .msg_iovlen = 1,
                       .msg_control = control.bytes,
                       .msg_controllen = sizeof control.bytes};
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(c), fds, sizeof fds);
    if (sendmsg(b->sock, &m, MSG_NOSIGNAL) < 0)
        return -errno;
    char line[1024];
    ssize_t n = recv(b->sock, line, sizeof line, 0);
    if (n <= 0)
        return n < 0 ? -errno : -EPIPE;
    if (record_parse(line, (size_t)n, r) < 0 || r->id != id)
        return -EPROTO;
    return r->status == RECORD_OK ? 0 : -ECHILD;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 2000;
    static char default_prog[] = KIT_BUILD_DIR "/tests/fixtures/hello";
    static char box_path[] = KIT_BUILD_DIR "/judge-box";
    static char warm_prog[] = KIT_BUILD_DIR "/tests/fixtures/warm";
    char *prog = argc > 2 ? argv[2] : default_prog;
    if (runs < 1) {
        fprintf(stderr, "usage: bench_box [RUNS [PROGRAM]]\n");
        return 2;
    }
    int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (!mkdtemp(run_dir)) {
        fprintf(stderr, "bench_box: cannot mkdtemp '%s': %s\n", run_dir, strerror(errno));
        return 1;
    }
    if (devnull < 0 || access(prog, X_OK) < 0 || access(box_path, X_OK) < 0 ||
        access(warm_prog, X_OK) < 0) {
        fprintf(stderr, "bench_box: need '%s', '%s' and '%s' (build them first)\n", prog, box_path,
                warm_prog);
        return 1;
    }
    struct box boxes[MODE_COUNT];
    for (int m = 1; m < MODE_COUNT; m++)
        if (start_box(box_path, mode_flags[m], &boxes[m]) < 0) {
            fprintf(stderr, "bench_box: cannot start '%s': %s\n", box_path, strerror(errno));
            return 1;
        }
    double *t[MODE_COUNT];
    long rss[MODE_COUNT] = {0};
    for (int m = 0; m < MODE_COUNT; m++)
        t[m] = calloc((size_t)runs, sizeof(double));
    for (int i = -20; i < runs; i++) { /* 20 warm-up rounds */
        for (int m = 0; m < MODE_COUNT; m++) {
            record r;
            long kb = 0;
            double t0 = now_us();
            int rc = m == MODE_BARE
                         ? run_bare(prog, devnull, &kb)
                         : run_box(&boxes[m], m == MODE_WARM ? warm_prog : prog, m == MODE_WARM,
                                   devnull, (unsigned long long)i + 100, &r);
            double dt = now_us() - t0;
            if (rc < 0) {
                fprintf(stderr, "bench_box: %s run failed: %s%s%s\n", mode_text[m], strerror(-rc),
                        m ? ": " : "", m ? r.msg : "");
                return 1;
            }
            if (i >= 0) {
                t[m][i] = dt;
                rss[m] = m == MODE_BARE ? kb : r.rss_kb;
            }
        }
    }
    double bare = median(t[MODE_BARE], runs);
    printf("judge-box: median of %d runs of %s, interleaved\n", runs, prog);
    for (int m = 0; m < MODE_COUNT; m++) {
        double med = median(t[m], runs);
        printf("  %-24s %8.1f us  %5.2fx bare   peak RSS recorded %ld KB\n", mode_text[m], med,
               med / bare, rss[m]);
    }
    for (int m = 1; m < MODE_COUNT; m++) {
        close(boxes[m].sock);
        waitpid(boxes[m].pid, NULL, 0);
    }
    rmdir(run_dir);
    return 0;
}
