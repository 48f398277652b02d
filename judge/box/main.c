/* judge-box: the sandbox helper that starts every run of the judge. One-shot mode
 * runs one program and writes its record line; --serve answers requests on a
 * socket for the judge's whole session; --probe reports the protections. */
#include "job.h"
#include "probe.h"
#include "record.h"
#include "sandbox.h"
#include "serve.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

/* id, long name, takes a value, value name, help */
#define BOX_OPTIONS(X)                                                                             \
    X(CPU_MS, "cpu-ms", 1, "N", "CPU time limit in ms (default 1000)")                             \
    X(WALL_MS, "wall-ms", 1, "N", "wall-clock limit in ms (default 3 * cpu + 500)")                \
    X(MEM_MB, "mem-mb", 1, "N", "peak memory (RSS) limit in MB (default 256)")                     \
    X(FSIZE_KB, "fsize-kb", 1, "N", "largest file the program may write, in KB (default 65536)")   \
    X(DIR, "dir", 1, "DIR", "working directory (default: a private scratch directory)")            \
    X(PROFILE, "profile", 1, "P",                                                                  \
      "run (a submission), sanitize (a sanitized one) or compile (the compiler); default run")     \
    X(NO_NAMESPACES, "no-namespaces", 0, "", "do not use user/pid/ipc namespaces")                 \
    X(NO_SECCOMP, "no-seccomp", 0, "", "do not load the seccomp allowlist")                        \
    X(NO_LANDLOCK, "no-landlock", 0, "", "do not confine the compiler's files with landlock")      \
    X(ID, "id", 1, "N", "id to put in the record (default 0)")                                     \
    X(RECORD_FD, "record-fd", 1, "N", "descriptor to write the record to (default 2)")             \
    X(PROBE, "probe", 0, "", "print which protections this machine gives, then exit")              \
    X(SERVE, "serve", 0, "", "serve requests on the SOCK_SEQPACKET socket at fd 0")                \
    X(HELP, "help", 0, "", "print this help")

enum box_option {
    OPT_BASE = 256,
#define X(id, name, arg, meta, help) OPT_##id,
    BOX_OPTIONS(X)
#undef X
};

static const struct option long_options[] = {
#define X(id, name, arg, meta, help) {name, arg, NULL, OPT_##id},
    BOX_OPTIONS(X)
#undef X
        {NULL, 0, NULL, 0},
};

struct settings {
    job j;
    bool namespaces, seccomp, landlock, probe, serve;
    int record_fd;
};

static void usage(FILE *out)
{
    fprintf(out, "usage: judge-box [options] -- PROGRAM [ARGS...]\n"
                 "       judge-box --serve [options]    (requests on fd 0)\n"
                 "       judge-box --probe\n\n"
                 "Runs PROGRAM sandboxed with the box's descriptors 0-2 (and 3, 4 when open),\n"
                 "then writes one record line to the record descriptor.\n\noptions:\n");
#define X(id, name, arg, meta, help) fprintf(out, "  --%-14s %-4s %s\n", name, meta, help);
    BOX_OPTIONS(X)
#undef X
}

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("judge-box: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (see --help)\n", stderr);
    va_end(ap);
    return -EINVAL;
}

static int number(const char *opt, const char *value, long min, long max, long *out)
{
    if (job_parse_number(value, min, max, out) < 0)
        return usage_error("bad value '%s' for --%s", value, opt);
    return 0;
}

static int parse_args(int argc, char **argv, struct settings *s)
{
    long n = 0;
    /* The environment switches reach the boxes the judge starts, so that a whole
     * judging session can be run on a fallback path. */
    const char *no_ns = getenv("JUDGE_BOX_NO_NAMESPACES");
    const char *no_landlock = getenv("JUDGE_BOX_NO_LANDLOCK");
    job_defaults(&s->j);
    s->namespaces = !(no_ns && strcmp(no_ns, "1") == 0);
    s->seccomp = true;
    s->landlock = !(no_landlock && strcmp(no_landlock, "1") == 0);
    s->record_fd = 2;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+", long_options, NULL)) != -1) {
        int rc = 0;
        switch (c) {
        case OPT_CPU_MS:
            rc = number("cpu-ms", optarg, 1, 24L * 3600 * 1000, &s->j.cpu_ms);
            break;
        case OPT_WALL_MS:
            rc = number("wall-ms", optarg, 1, 24L * 3600 * 1000, &s->j.wall_ms);
            break;
        case OPT_MEM_MB:
            if ((rc = number("mem-mb", optarg, 1, 64L << 10, &n)) == 0)
                s->j.mem_kb = n << 10;
            break;
        case OPT_FSIZE_KB:
            rc = number("fsize-kb", optarg, 0, 1L << 30, &s->j.fsize_kb);
            break;
        case OPT_DIR:
            s->j.dir = optarg;
            break;
        case OPT_PROFILE:
            if (job_profile_parse(optarg, &s->j.profile) < 0)
                rc = usage_error("unknown profile '%s' (run or compile)", optarg);
            break;
        case OPT_NO_NAMESPACES:
            s->namespaces = false;
            break;
        case OPT_NO_SECCOMP:
            s->seccomp = false;
            break;
        case OPT_NO_LANDLOCK:
            s->landlock = false;
            break;
        case OPT_ID:
            if ((rc = number("id", optarg, 0, __LONG_MAX__, &n)) == 0)
                s->j.id = (unsigned long long)n;
            break;
        case OPT_RECORD_FD:
            if ((rc = number("record-fd", optarg, 0, 1 << 20, &n)) == 0)
                s->record_fd = (int)n;
            break;
        case OPT_PROBE:
            s->probe = true;
            break;
        case OPT_SERVE:
            s->serve = true;
            break;
        case OPT_HELP:
            usage(stdout);
            exit(0);
        default:
            return usage_error("unknown option or missing value '%s'", argv[optind - 1]);
        }
        if (rc < 0)
            return rc;
    }
    if (s->probe || s->serve) {
        if (optind < argc)
            return usage_error("no PROGRAM with --%s", s->probe ? "probe" : "serve");
        return 0;
    }
    if (optind >= argc)
        return usage_error("no PROGRAM given");
    s->j.argv = argv + optind;
    return 0;
}

/* One-shot: the program gets the box's 0-2, and 3 and 4 when open, except the
 * record descriptor when it is one of those two. */
static int run_once(struct settings *s)
{
    int rc = 0;
    char err[256];
    if (fcntl(s->record_fd, F_GETFD) < 0) {
        fprintf(stderr, "judge-box: record descriptor %d is not open\n", s->record_fd);
        return -EBADF;
    }
    s->j.nfds = 3;
    for (int fd = 0; fd < JOB_MAX_FDS; fd++) {
        bool open = fcntl(fd, F_GETFD) >= 0 && !(fd >= 3 && fd == s->record_fd);
        s->j.fds[fd] = open ? fd : -1;
        if (open && fd >= s->j.nfds)
            s->j.nfds = fd + 1;
    }
    if (job_finish(&s->j, err, sizeof err) < 0) {
        fprintf(stderr, "judge-box: %s\n", err);
        return -EINVAL;
    }
    sandbox_options o = {.namespaces = s->namespaces,
                         .seccomp = s->seccomp,
                         .landlock = s->landlock,
                         .hangup_fd = -1};
    if ((rc = sandbox_init(&o, err, sizeof err)) < 0) {
        fprintf(stderr, "judge-box: %s\n", err);
        goto cleanup;
    }
    record r;
    sandbox_run(&s->j, &r);
    char line[512];
    int len = record_format(&r, line, sizeof line);
    if (len < 0) {
        rc = -EOVERFLOW;
        fprintf(stderr, "judge-box: cannot format the record\n");
        goto cleanup;
    }
    for (int off = 0; off < len;) {
        ssize_t n = write(s->record_fd, line + off, (size_t)(len - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            rc = -errno;
            fprintf(stderr, "judge-box: cannot write the record to descriptor %d: %s\n",
                    s->record_fd, strerror(errno));
            goto cleanup;
        }
        off += (int)n;
    }
cleanup:
    sandbox_fini();
    return rc;
}

static int serve(const struct settings *s)
{
    int rc = 0;
    char err[256];
    int type = 0;
    socklen_t len = sizeof type;
    if (getsockopt(0, SOL_SOCKET, SO_TYPE, &type, &len) < 0 || type != SOCK_SEQPACKET) {
        fprintf(stderr, "judge-box: descriptor 0 is not a SOCK_SEQPACKET socket\n");
        return -ENOTSOCK;
    }
    sandbox_options o = {.namespaces = s->namespaces,
                         .seccomp = s->seccomp,
                         .landlock = s->landlock,
                         .hangup_fd = 0};
    if ((rc = sandbox_init(&o, err, sizeof err)) < 0) {
        fprintf(stderr, "judge-box: %s\n", err);
        goto cleanup;
    }
    sandbox_catch_termination();
    if ((rc = serve_run(0)) < 0)
        fprintf(stderr, "judge-box: cannot serve on descriptor 0: %s\n", strerror(-rc));
cleanup:
    sandbox_fini();
    return rc;
}

int main(int argc, char **argv)
{
    struct settings s;
    memset(&s, 0, sizeof s);
    if (parse_args(argc, argv, &s) < 0)
        return 2;
    /* The box dies with whoever started it, and a reader that went away is an
     * error to report, not a signal to die of. */
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    signal(SIGPIPE, SIG_IGN);
    if (s.probe)
        return probe_print(stdout, s.namespaces, s.seccomp, s.landlock) < 0 ? 1 : 0;
    if (s.serve)
        return serve(&s) < 0 ? 1 : 0;
    return run_once(&s) < 0 ? 1 : 0;
}
