/* The batch form of a package's generator, validator, checker or oracle
 * (judge/proto/batch.h):
 * linked with the tool's own source, whose main is renamed kit_tool_main, it
 * reads jobs on stdin and runs each in a fork of itself, as if the tool had
 * been started afresh with that argv and stdin.
 *
 * Theory of operation: this process never runs the tool's code and never uses
 * stdio, so each fork starts with the tool's globals and stdio buffers as
 * they were at exec. The fork gets its input, output, stderr and files as
 * memfds (a checker's input and answer), the feedback directory when it asks
 * for one, a CPU limit (RLIMIT_CPU) and a wall alarm; exit() flushes what it
 * wrote. The
 * judge bounds the whole batch with its own budgets (tool.h), and a job's fork
 * dies with this process (PR_SET_PDEATHSIG). */
#undef main /* the tool's main is renamed on the command line, not this one */
#define _GNU_SOURCE

#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The tool's own main, whatever its parameter list (int main(void) included:
 * the extra arguments are ignored by the calling convention). */
int kit_tool_main(int argc, char **argv);

/* Every job's budgets and output cap, from the command line. */
static struct {
    long cpu_ms, wall_ms;
    size_t cap;
} budget;

/* stdin, read through a buffer of our own (see the theory above). */
static char inbuf[1 << 16];
static size_t inpos, inlen;

/* Refills the buffer when it is empty; -1 at the end of input. */
static int refill(void)
{
    if (inpos < inlen)
        return 0;
    ssize_t n;
    while ((n = read(0, inbuf, sizeof inbuf)) < 0 && errno == EINTR)
        ;
    if (n <= 0)
        return -1;
    inpos = 0;
    inlen = (size_t)n;
    return 0;
}

static int read_byte(void) { return refill() < 0 ? -1 : (unsigned char)inbuf[inpos++]; }

/* A line without its newline; -1 at the end of input or on a line too long. */
static int read_line(char *line, size_t size)
{
    size_t n = 0;
    for (int c; (c = read_byte()) != '\n';) {
        if (c < 0 || n + 1 == size)
            return -1;
        line[n++] = (char)c;
    }
    line[n] = '\0';
    return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Copies len bytes of stdin into fd. */
static int copy_input(int fd, size_t len)
{
    while (len > 0) {
        if (refill() < 0)
            return -1;
        size_t n = inlen - inpos < len ? inlen - inpos : len;
        if (write_all(fd, inbuf + inpos, n) < 0)
            return -1;
        inpos += n;
        len -= n;
    }
    return lseek(fd, 0, SEEK_SET) < 0 ? -1 : 0;
}

/* Writes the first len bytes of fd to stdout. */
static int copy_output(int fd, size_t len)
{
    char chunk[1 << 16];
    off_t at = 0;
    while (len > 0) {
        ssize_t n = pread(fd, chunk, len < sizeof chunk ? len : sizeof chunk, at);
        if (n <= 0 || write_all(1, chunk, (size_t)n) < 0)
            return -1;
        at += n;
        len -= (size_t)n;
    }
    return 0;
}

/* One job, as its header and lines said. */
typedef struct {
    int nargs, nfiles;
    int feedback; /* 1: it gets the feedback directory after its files */
} job;

/* The batch's own descriptors sit at HIGH_FD and above, so that moving a job's
 * onto 0-2 and BATCH_FIRST_FD... never overwrites one still to be moved. */
enum { HIGH_FD = 64, F_IN = 0, F_OUT, F_ERR, F_FILE0, F_COUNT = F_FILE0 + BATCH_MAX_FILES };

/* A job's stdin, stdout, stderr and files: memfds made once, emptied before each
 * job (a job's fork has exited by then: its tools do not fork). */
static int files[F_COUNT];
static int feedback_fd = -1; /* the feedback directory the batch was given, or -1 */

static int move_high(int fd)
{
    if (fd < 0)
        return -1;
    int high = fcntl(fd, F_DUPFD_CLOEXEC, HIGH_FD);
    close(fd);
    return high;
}

/* The memfds, and the feedback directory when there is one. */
static int make_files(const char *feedback)
{
    if (feedback && (feedback_fd = move_high(open(feedback, O_RDONLY | O_DIRECTORY))) < 0)
        return -1;
    for (size_t i = 0; i < F_COUNT; i++)
        if ((files[i] = move_high(memfd_create("batch", MFD_CLOEXEC))) < 0)
            return -1;
    return 0;
}

/* Empties the memfds job jb is given (the others it never sees). */
static int empty_files(const job *jb)
{
    for (int i = 0; i < F_FILE0 + jb->nfiles; i++)
        if (ftruncate(files[i], 0) < 0 || lseek(files[i], 0, SEEK_SET) < 0)
            return -1;
    return 0;
}

/* Removes what the last job left in the feedback directory (its files: a
 * checker writes judgemessage.txt and the like), with getdents64 rather than
 * opendir, which would allocate in the process every job is forked from. */
static int empty_feedback(void)
{
    char chunk[4096];
    if (feedback_fd < 0 || lseek(feedback_fd, 0, SEEK_SET) < 0)
        return -1;
    long n;
    while ((n = syscall(SYS_getdents64, feedback_fd, chunk, sizeof chunk)) > 0) {
        for (long at = 0; at < n;) {
            struct dirent64 *d = (struct dirent64 *)(chunk + at);
            if (strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0)
                unlinkat(feedback_fd, d->d_name, 0);
            at += d->d_reclen;
        }
    }
    return n < 0 ? -1 : 0;
}

/* The job's fork: its descriptors (0-2, then its files and feedback directory
 * from BATCH_FIRST_FD, nothing else: a function problem's harness, with no fd 3
 * and 4, writes its answer to stdout and its report to stderr), its CPU budget,
 * and its output held to cap + 1 bytes (memfds are memory: a runaway writer gets
 * EFBIG, not the machine's RAM). */
static void run_child(const job *jb, char **argv)
{
    rlim_t s = (rlim_t)((budget.cpu_ms + 999) / 1000), bytes = (rlim_t)budget.cap + 1;
    struct rlimit cpu = {s, s + 1}, fsize = {bytes, bytes};
    int given = BATCH_FIRST_FD + jb->nfiles + jb->feedback;
    if (dup2(files[F_IN], 0) < 0 || dup2(files[F_OUT], 1) < 0 || dup2(files[F_ERR], 2) < 0)
        _exit(127);
    for (int i = 0; i < jb->nfiles; i++)
        if (dup2(files[F_FILE0 + i], BATCH_FIRST_FD + i) < 0)
            _exit(127);
    if ((jb->feedback && dup2(feedback_fd, BATCH_FIRST_FD + jb->nfiles) < 0) ||
        close_range((unsigned)given, ~0U, 0) < 0 || setrlimit(RLIMIT_CPU, &cpu) < 0 ||
        signal(SIGXFSZ, SIG_IGN) == SIG_ERR || setrlimit(RLIMIT_FSIZE, &fsize) < 0 ||
        prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
        _exit(127);
    alarm((unsigned)((budget.wall_ms + 999) / 1000));
    exit(kit_tool_main(1 + jb->nargs + jb->nfiles + jb->feedback, argv));
}

/* Reads a job's arguments and files after its header, and its input; argv gets
 * them, then the files' and the feedback directory's paths. */
static int read_job(const job *jb, size_t len, char **argv)
{
    static char args[BATCH_MAX_ARGS][BATCH_ARG_MAX + 1];
    static char paths[BATCH_MAX_FILES + 1][32];
    for (int i = 0; i < jb->nargs; i++) {
        if (read_line(args[i], sizeof args[i]) < 0)
            return -1;
        argv[1 + i] = args[i];
    }
    for (int i = 0; i < jb->nfiles; i++) {
        char line[BATCH_LINE_MAX], tail;
        size_t flen;
        if (read_line(line, sizeof line) < 0 || sscanf(line, BATCH_FILE_SCAN, &flen, &tail) != 1 ||
            copy_input(files[F_FILE0 + i], flen) < 0)
            return -1;
    }
    for (int i = 0; i < jb->nfiles + jb->feedback; i++) {
        snprintf(paths[i], sizeof paths[i], "/proc/self/fd/%d", BATCH_FIRST_FD + i);
        argv[1 + jb->nargs + i] = paths[i];
    }
    argv[1 + jb->nargs + jb->nfiles + jb->feedback] = NULL;
    return copy_input(files[F_IN], len);
}

/* Runs one job whose header is read; answers on stdout. */
static int run_job(char *name, size_t len, const job *jb)
{
    char *argv[1 + BATCH_MAX_ARGS + BATCH_MAX_FILES + 2] = {name};
    int out = files[F_OUT], err = files[F_ERR];
    int rc =
        empty_files(jb) < 0 || (jb->feedback && empty_feedback() < 0) || read_job(jb, len, argv) < 0
            ? -1
            : 0;
    pid_t pid = rc == 0 ? fork() : -1;
    if (pid == 0)
        run_child(jb, argv);
    int status = 0;
    struct rusage ru = {0};
    if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
        rc = -1;
    char why[BATCH_WHY_MAX + 1] = "";
    ssize_t got = rc == 0 ? pread(err, why, BATCH_WHY_MAX, 0) : 0;
    why[got > 0 ? got : 0] = '\0';
    why[strcspn(why, "\n")] = '\0';
    off_t end = rc == 0 ? lseek(out, 0, SEEK_END) : 0;
    size_t outlen = end < 0 ? 0 : (size_t)end > budget.cap ? budget.cap + 1 : (size_t)end;
    long cpu = ru.ru_utime.tv_sec * 1000L + ru.ru_utime.tv_usec / 1000 +
               ru.ru_stime.tv_sec * 1000L + ru.ru_stime.tv_usec / 1000;
    char head[BATCH_LINE_MAX];
    int n =
        snprintf(head, sizeof head, BATCH_DONE_FMT, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                 WIFSIGNALED(status) ? WTERMSIG(status) : 0, cpu, outlen, strlen(why));
    if (rc == 0 && (write_all(1, head, (size_t)n) < 0 || copy_output(out, outlen) < 0 ||
                    write_all(1, why, strlen(why)) < 0))
        rc = -1;
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        static const char usage[] =
            "usage: TOOL-batch CPU_MS WALL_MS CAP [FEEDBACK_DIR] < jobs (judge/proto/batch.h)\n";
        write_all(2, usage, sizeof usage - 1);
        return 2;
    }
    budget.cpu_ms = strtol(argv[1], NULL, 10);
    budget.wall_ms = strtol(argv[2], NULL, 10);
    budget.cap = (size_t)strtoull(argv[3], NULL, 10);
    signal(SIGPIPE, SIG_DFL);
    if (make_files(argc == 5 ? argv[4] : NULL) < 0) {
        static const char nofiles[] = "batch: cannot make its memfds\n";
        write_all(2, nofiles, sizeof nofiles - 1);
        return 3;
    }
    char line[BATCH_LINE_MAX];
    while (read_line(line, sizeof line) == 0) {
        size_t len;
        job jb;
        char tail;
        if (sscanf(line, BATCH_JOB_SCAN, &len, &jb.nargs, &jb.nfiles, &jb.feedback, &tail) != 4 ||
            jb.nargs < 0 || jb.nargs > BATCH_MAX_ARGS || jb.nfiles < 0 ||
            jb.nfiles > BATCH_MAX_FILES || (jb.feedback != 0 && jb.feedback != 1) ||
            (jb.feedback && feedback_fd < 0) || run_job(argv[0], len, &jb) < 0) {
            static const char bad[] = "batch: a malformed job or a failed fork\n";
            write_all(2, bad, sizeof bad - 1);
            return 3;
        }
    }
    return inpos == inlen ? 0 : 3;
}
