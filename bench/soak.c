/* Soak: judges every package's reference and known-bad attempts
 * (solutions/<slug>/reference.c and solutions/<slug>/<folder>/NAME.c) in a loop
 * through the real `judge test SLUG FILE --json` for a bounded time, and proves
 * that nothing accumulates:
 * - every verdict equals its folder's expectation, every time;
 * - no process of the judge's tree outlives it: the soak is the child subreaper
 *   (PR_SET_CHILD_SUBREAPER), so any orphan of the judge, the box or a submission
 *   is reparented here and seen, even one that called setsid or double-forked;
 * - nothing is left in /tmp: each judge runs with a private /tmp (a bind mount in
 *   its own mount namespace, made private first so nothing propagates back), so
 *   every entry left there after it exits is its own, judge-XXXXXX scratch
 *   directories, judge-box ones and the compiler's temporary files alike, even
 *   while other judges run on the machine;
 * - the compile cache grows only with distinct sources (none after pass 1);
 * - the judge's own peak RSS (VmHWM, sampled every few ms from /proc while it
 *   runs; wait4's ru_maxrss is also shown, but it is the largest of the judge and
 *   every process it reaped, the compiler and the box with its submissions) does
 *   not grow from run to run, nor its peak count of open descriptors: per
 *   attempt, the later half of its warm runs against the earlier half, and a
 *   slope over the whole soak. (A one-shot judge cannot leak into its next run;
 *   what could grow is state it keeps on disk, the cache or the history.)
 * The private /tmp is the only way a soaked judge differs from a learner's.
 * Then it runs the judge under valgrind (memcheck, --leak-check=full, without
 * following children into judge-box) on function and program problems: AC, WA,
 * TLE and CE. Figures at the end; it is a bench, not a test.
 *
 *   soak [-t SECONDS] [-v] [--no-valgrind] [--valgrind-only] [--judge PATH]
 *
 * SECONDS bounds the judging loop (default 120; a run that has started is
 * finished); valgrind runs after it. PATH is another judge binary to soak (by
 * default this build's), for instance a sanitizer build's; -v adds a row per
 * attempt. The judge's attempt history goes to a private file (KIT_HISTORY). With a
 * sanitizer build's judge, sanitizer reports on its stderr are counted too. */
#include "fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <jansson.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* How often the judge's /proc entries are sampled while it runs. */
#define SAMPLE_MS 5
/* A judge run longer than this is hung: killed and counted. */
#define RUN_TIMEOUT_MS 300000
/* How long an orphan may take to finish dying before it counts as left behind. */
#define ORPHAN_GRACE_MS 2000

static const struct {
    const char *folder, *verdict;
} folders[] = {
    {"wrong_answer", "WA"},           {"time_limit_exceeded", "TLE"},   {"run_time_error", "RE"},
    {"memory_limit_exceeded", "MLE"}, {"output_limit_exceeded", "OLE"}, {"compile_error", "CE"},
};

typedef struct {
    char *slug, *file, *label; /* label: "lcs/wrong_answer/greedy-matching.c" */
    const char *expect;
    int runs, mismatches;
    /* Per run, in order: the judge's VmHWM (KB), wait4's ru_maxrss (KB), the
     * judge's peak count of open descriptors, and the run's index in the soak. */
    long *hwm, *rss, *fds, *when;
    char seen[64]; /* the verdicts it got, when one was wrong */
    char why[160]; /* the first wrong run's exit status and first line of stderr */
} attempt;

typedef struct {
    int status; /* wait status, or -1 when hung */
    char verdict[16];
    long ms, hwm_kb, maxrss_kb;
    int max_fds;
} run_result;

/* Writable arrays, as execv's argv wants char *. */
static char root[] = KIT_SOURCE_DIR, judge[4096] = KIT_BUILD_DIR "/judge";
static char arg_test[] = "test", arg_json[] = "--json", arg_root[] = "--root",
            arg_cache[] = "--cache";
static char work[64], cache[96], private_tmp[96], errlog[96], history_db[96];
static bool use_private_tmp;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

__attribute__((format(printf, 1, 2))) static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("soak: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ---- what to judge ---- */

static attempt *attempts;
static size_t nattempts;

static void add_attempt(const char *slug, const char *path, const char *label, const char *expect)
{
    attempts = realloc(attempts, (nattempts + 1) * sizeof *attempts);
    if (attempts == NULL)
        die("out of memory");
    attempt *a = &attempts[nattempts++];
    memset(a, 0, sizeof *a);
    a->slug = strdup(slug);
    a->file = strdup(path);
    a->label = strdup(label);
    a->expect = expect;
    if (!a->slug || !a->file || !a->label)
        die("out of memory");
}

/* "a/b/c": a malloc'd path, the program ends when memory does. */
static char *join3(const char *a, const char *b, const char *c)
{
    char *ab = fs_join(a, b), *abc = ab && c ? fs_join(ab, c) : ab;
    if (abc == NULL)
        die("out of memory");
    if (abc != ab)
        free(ab);
    return abc;
}

/* reference.c is AC; every file in a known-bad folder gets that folder's verdict.
 * brute.c has no folder verdict (it may be AC or TLE), so it is not judged. */
static void find_attempts(void)
{
    char *dir = join3(root, "solutions", NULL);
    char **slugs;
    size_t nslugs;
    if (fs_list(dir, "", &slugs, &nslugs) < 0)
        die("cannot list '%s'", dir);
    for (size_t i = 0; i < nslugs; i++) {
        char *json = join3(root, "problems", slugs[i]),
             *json_file = join3(json, "problem.json", NULL);
        bool package = fs_exists(json_file);
        free(json);
        free(json_file);
        if (!package)
            continue;
        char *path = join3(dir, slugs[i], "reference.c"),
             *label = join3(slugs[i], "reference.c", NULL);
        if (fs_exists(path))
            add_attempt(slugs[i], path, label, "AC");
        free(path);
        free(label);
        for (size_t f = 0; f < sizeof folders / sizeof *folders; f++) {
            char *sub = join3(dir, slugs[i], folders[f].folder);
            char **files;
            size_t nfiles;
            if (fs_list(sub, ".c", &files, &nfiles) < 0)
                die("cannot list '%s'", sub);
            for (size_t k = 0; k < nfiles; k++) {
                path = join3(sub, files[k], NULL);
                label = join3(slugs[i], folders[f].folder, files[k]);
                add_attempt(slugs[i], path, label, folders[f].verdict);
                free(path);
                free(label);
            }
            fs_names_free(files, nfiles);
            free(sub);
        }
    }
    fs_names_free(slugs, nslugs);
    free(dir);
    if (nattempts == 0)
        die("no attempts under '%s/solutions'", root);
}

/* ---- the judge's private /tmp ---- */

static int write_text(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* In the child, before exec: a mount namespace whose /tmp is private_tmp. The
 * namespace is made private before the bind mount so that it cannot propagate to
 * the machine's /tmp; without root a user namespace (mapping our own ids) gives
 * the right to mount. Returns -1 and leaves /tmp alone when anything fails. */
static int enter_private_tmp(void)
{
    if (geteuid() == 0) {
        if (unshare(CLONE_NEWNS) < 0)
            return -1;
    } else {
        char map[64];
        uid_t uid = geteuid();
        gid_t gid = getegid();
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0)
            return -1;
        snprintf(map, sizeof map, "%u %u 1", (unsigned)uid, (unsigned)uid);
        if (write_text("/proc/self/setgroups", "deny") < 0 ||
            write_text("/proc/self/uid_map", map) < 0)
            return -1;
        snprintf(map, sizeof map, "%u %u 1", (unsigned)gid, (unsigned)gid);
        if (write_text("/proc/self/gid_map", map) < 0)
            return -1;
    }
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
        return -1;
    return mount(private_tmp, "/tmp", NULL, MS_BIND, NULL);
}

/* ---- processes ---- */

/* The state and parent of pid from /proc/pid/stat (comm may hold spaces and
 * parentheses, so the fields are read after the last ')'). */
static int proc_stat(const char *pid, char *state, long *ppid)
{
    char path[64], text[1024];
    snprintf(path, sizeof path, "/proc/%s/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0)
        return -1;
    text[n] = '\0';
    char *paren = strrchr(text, ')');
    if (paren == NULL || sscanf(paren + 1, " %c %ld", state, ppid) != 2)
        return -1;
    return 0;
}

/* Counts the processes whose parent is us (orphans of the judge's tree land here)
 * or, with parent < 0, the zombies on the whole machine. */
static int count_processes(long parent, pid_t *found, int cap)
{
    DIR *d = opendir("/proc");
    if (d == NULL)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        char state;
        long ppid;
        if (proc_stat(e->d_name, &state, &ppid) < 0)
            continue;
        if (parent < 0 ? state == 'Z' : ppid == parent) {
            if (found && n < cap)
                found[n] = (pid_t)atol(e->d_name);
            n++;
        }
    }
    closedir(d);
    return n;
}

/* Zombies on the machine that stay zombies for a second: a process that has just
 * exited is a zombie until its parent reaps it, which is no leak. */
static int lingering_zombies(void)
{
    pid_t before[256], after[256];
    int nb = count_processes(-1, before, 256);
    if (nb == 0)
        return 0;
    sleep(1);
    int na = count_processes(-1, after, 256), n = 0;
    for (int i = 0; i < na && i < 256; i++)
        for (int k = 0; k < nb && k < 256; k++)
            n += after[i] == before[k];
    return n;
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

/* True once pid runs another program than ours: before its exec the child is a
 * copy of the soak, whose memory and descriptors must not count as the judge's. */
static bool execed(pid_t pid)
{
    char path[64], comm[32] = "";
    snprintf(path, sizeof path, "/proc/%d/comm", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ssize_t n = read(fd, comm, sizeof comm - 1);
    close(fd);
    comm[n > 0 ? n : 0] = '\0';
    comm[strcspn(comm, "\n")] = '\0';
    /* comm holds at most 15 characters of the name. */
    return n > 0 && strncmp(comm, program_invocation_short_name, 15) != 0;
}

/* The judge's VmHWM in KB, 0 when gone (a zombie has no memory left to read). */
static long read_hwm(pid_t pid)
{
    char path[64], text[4096];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0)
        return 0;
    text[n] = '\0';
    const char *hwm = strstr(text, "VmHWM:");
    return hwm ? atol(hwm + 6) : 0;
}

static int count_fds(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/fd", (int)pid);
    return count_entries(path);
}

/* ---- one judge run ---- */

static void parse_verdict(const char *json, size_t len, char *verdict, size_t cap)
{
    json_t *doc = json_loadb(json, len, 0, NULL);
    const char *v = json_string_value(json_object_get(doc, "verdict"));
    snprintf(verdict, cap, "%s", v ? v : "(no JSON)");
    json_decref(doc);
}

/* Runs argv (the judge, or valgrind and the judge) with stdout captured, stderr
 * to errlog, and the judge's process sampled until it exits. */
static void run(char *const argv[], run_result *r)
{
    memset(r, 0, sizeof *r);
    int out[2];
    if (pipe2(out, O_CLOEXEC) < 0)
        die("pipe: %s", strerror(errno));
    int err = open(errlog, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (err < 0 || null < 0)
        die("cannot open '%s' or /dev/null: %s", errlog, strerror(errno));
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        dup2(null, 0);
        dup2(out[1], 1);
        dup2(err, 2);
        if (use_private_tmp && enter_private_tmp() < 0)
            _exit(125);
        execv(argv[0], argv);
        _exit(127);
    }
    close(out[1]);
    close(err);
    close(null);
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    char *doc = NULL;
    size_t len = 0, cap = 0;
    bool exited = false, killed = false, eof = false;
    for (;;) {
        struct pollfd p = {out[0], POLLIN, 0};
        if (eof)
            usleep(exited ? 0 : SAMPLE_MS * 1000);
        else
            poll(&p, 1, exited ? 0 : SAMPLE_MS);
        while (!eof) {
            if (len + 4096 > cap) {
                cap = cap ? 2 * cap : 65536;
                if ((doc = realloc(doc, cap)) == NULL)
                    die("out of memory");
            }
            ssize_t n = read(out[0], doc + len, cap - len);
            eof = n == 0;
            if (n <= 0)
                break;
            len += (size_t)n;
        }
        if (exited)
            break;
        if (execed(pid)) {
            long hwm = read_hwm(pid);
            r->hwm_kb = hwm > r->hwm_kb ? hwm : r->hwm_kb;
            int fds = count_fds(pid);
            r->max_fds = fds > r->max_fds ? fds : r->max_fds;
        }
        /* Exited (but not reaped yet)? Then read what is left, even if an orphan
         * still holds the pipe open. */
        siginfo_t info = {0};
        if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid)
            exited = true;
        else if (!killed && now_ms() - t0 > RUN_TIMEOUT_MS) {
            kill(pid, SIGKILL);
            killed = true;
        }
    }
    close(out[0]);
    struct rusage ru;
    int status;
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    r->ms = (long)(now_ms() - t0);
    r->status = killed ? -1 : status;
    r->maxrss_kb = ru.ru_maxrss;
    parse_verdict(doc ? doc : "", len, r->verdict, sizeof r->verdict);
    free(doc);
}

static void judge_argv(const attempt *a, char *argv[], int at)
{
    argv[at++] = judge;
    argv[at++] = arg_test;
    argv[at++] = a->slug;
    argv[at++] = a->file;
    argv[at++] = arg_json;
    argv[at++] = arg_root;
    argv[at++] = root;
    argv[at++] = arg_cache;
    argv[at++] = cache;
    argv[at] = NULL;
}

/* ---- what a run leaves ---- */

static struct {
    int orphans, orphans_alive, tmp_left, hung, bad_exit, sanitizer;
    char tmp_names[256];
} leftovers;

/* Orphans of the judge's tree are our children now: reap the dead, give the
 * living a grace period, then kill (by pid) and count what is still there. */
static void collect_orphans(void)
{
    pid_t pids[64];
    int n = count_processes(getpid(), pids, 64); /* the dead (zombies) and the living */
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
    if (n == 0)
        return;
    leftovers.orphans += n;
    double t0 = now_ms();
    while ((n = count_processes(getpid(), pids, 64)) > 0 && now_ms() - t0 < ORPHAN_GRACE_MS) {
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
        usleep(10000);
    }
    leftovers.orphans_alive += n;
    for (int i = 0; i < n && i < 64; i++) {
        fprintf(stderr, "soak: process %d outlived the judge; killing it\n", (int)pids[i]);
        kill(pids[i], SIGKILL);
    }
    while (waitpid(-1, NULL, n ? 0 : WNOHANG) > 0)
        ;
}

/* Every entry in the private /tmp after the judge exited is its leftover: note
 * the first names, then clear them so each run is counted on its own. */
static void collect_tmp(void)
{
    if (!use_private_tmp)
        return;
    DIR *d = opendir(private_tmp);
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        leftovers.tmp_left++;
        size_t used = strlen(leftovers.tmp_names);
        if (used + strlen(e->d_name) + 2 < sizeof leftovers.tmp_names)
            snprintf(leftovers.tmp_names + used, sizeof leftovers.tmp_names - used, "%s ",
                     e->d_name);
        char path[512];
        snprintf(path, sizeof path, "%s/%s", private_tmp, e->d_name);
        if (fs_remove_tree(path) < 0)
            unlink(path);
    }
    closedir(d);
}

/* A judge built with the sanitizers (--judge build-asan/judge) reports on its
 * stderr; its exit status alone may not tell (ASan exits 1, like "not AC"). */
static void count_sanitizer_reports(void)
{
    buf err = BUF_INIT;
    fs_read_file(errlog, 1 << 24, -1, &err);
    const char *text = err.data ? err.data : "";
    if (strstr(text, "ERROR: AddressSanitizer") || strstr(text, "ERROR: LeakSanitizer") ||
        strstr(text, "runtime error:")) {
        leftovers.sanitizer++;
        fprintf(stderr, "soak: sanitizer report from the judge:\n%.2000s\n", text);
    }
    buf_release(&err);
}

static int cache_files, cache_tmp_files;

static int count_cache_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    if (type == FTW_F) {
        cache_files++;
        cache_tmp_files += strncmp(path + ftw->base, ".tmp-", 5) == 0;
    }
    return 0;
}

static void count_cache(int *files, int *tmp_files)
{
    cache_files = cache_tmp_files = 0;
    nftw(cache, count_cache_entry, 16, FTW_PHYS);
    *files = cache_files;
    *tmp_files = cache_tmp_files;
}

/* ---- the soak ---- */

static void record_sample(attempt *a, const run_result *r, long when)
{
    size_t n = (size_t)a->runs;
    long **arrays[] = {&a->hwm, &a->rss, &a->fds, &a->when};
    long values[] = {r->hwm_kb, r->maxrss_kb, r->max_fds, when};
    for (size_t k = 0; k < 4; k++) {
        long *grown = realloc(*arrays[k], (n + 1) * sizeof **arrays[k]);
        if (grown == NULL)
            die("out of memory");
        grown[n] = values[k];
        *arrays[k] = grown;
    }
}

static int cmp_long(const void *x, const void *y)
{
    long a = *(const long *)x, b = *(const long *)y;
    return (a > b) - (a < b);
}

static double median(const long *v, size_t n)
{
    long *copy = malloc(n * sizeof *copy);
    if (copy == NULL)
        die("out of memory");
    memcpy(copy, v, n * sizeof *copy);
    qsort(copy, n, sizeof *copy, cmp_long);
    double m = n % 2 ? (double)copy[n / 2] : ((double)copy[n / 2 - 1] + (double)copy[n / 2]) / 2;
    free(copy);
    return m;
}

/* How one figure moved over the warm runs (the first run of each attempt also
 * compiled it, so it is apart): per attempt, the median of the later half of its
 * warm runs against the median of the earlier half, and the least-squares slope
 * of every warm run's distance from its attempt's early median over the run index.
 * A leak shows as growth on every attempt and a positive slope; noise (what was
 * sampled when, which tests overlapped) shows as a spread around zero. */
typedef struct {
    double cold, early, late; /* means over the attempts */
    double mean_growth, worst_growth, slope_per_100, spread;
    int attempts;
} drift;

static drift drift_of(size_t field)
{
    drift d = {0};
    double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
    for (size_t i = 0; i < nattempts; i++) {
        const attempt *a = &attempts[i];
        const long *v = field == 0 ? a->hwm : field == 1 ? a->rss : a->fds;
        if (a->runs < 3)
            continue;
        size_t warm = (size_t)a->runs - 1, half = warm / 2;
        double early = median(v + 1, half), late = median(v + 1 + warm - half, half);
        long lo = v[1], hi = v[1];
        for (size_t k = 1; k <= warm; k++) {
            lo = v[k] < lo ? v[k] : lo;
            hi = v[k] > hi ? v[k] : hi;
            double x = (double)a->when[k], y = (double)v[k] - early;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            n++;
        }
        d.cold += (double)v[0];
        d.early += early;
        d.late += late;
        d.mean_growth += late - early;
        d.worst_growth =
            d.attempts == 0 || late - early > d.worst_growth ? late - early : d.worst_growth;
        d.spread += (double)(hi - lo);
        d.attempts++;
    }
    if (d.attempts == 0)
        return d;
    d.cold /= d.attempts;
    d.early /= d.attempts;
    d.late /= d.attempts;
    d.mean_growth /= d.attempts;
    d.spread /= d.attempts;
    double den = n * sxx - sx * sx;
    d.slope_per_100 = n > 1 && den != 0 ? 100 * (n * sxy - sx * sy) / den : 0;
    return d;
}

static void print_drift(const char *what, const char *unit, size_t field)
{
    drift d = drift_of(field);
    printf("  %-44s cold %.0f; warm early %.0f, late %.0f (mean of medians); growth mean %+.1f, "
           "worst %+.0f; slope %+.2f per 100 runs; run-to-run spread %.0f %s\n",
           what, d.cold, d.early, d.late, d.mean_growth, d.worst_growth, d.slope_per_100, d.spread,
           unit);
}

static int expected_exit(const char *verdict) { return strcmp(verdict, "AC") == 0 ? 0 : 1; }

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : 0;
}

static void soak(double seconds, bool verbose)
{
    double t0 = now_ms(), deadline = t0 + seconds * 1e3;
    int passes = 0, runs = 0, mismatches = 0;
    int cache_after_pass1 = -1, cache_max_later = 0, cache_tmp_max = 0;
    long history_after_pass1 = 0;
    int own_fds_before = count_fds(getpid()), zombies_before = lingering_zombies();
    for (; now_ms() < deadline; passes++) {
        int pass_runs = 0, pass_bad = 0;
        for (size_t i = 0; i < nattempts && now_ms() < deadline; i++) {
            attempt *a = &attempts[i];
            char *argv[12];
            judge_argv(a, argv, 0);
            run_result r;
            run(argv, &r);
            record_sample(a, &r, runs);
            runs++;
            pass_runs++;
            a->runs++;
            if (r.status < 0)
                leftovers.hung++;
            bool exit_ok = r.status >= 0 && WIFEXITED(r.status) &&
                           WEXITSTATUS(r.status) == expected_exit(a->expect);
            leftovers.bad_exit += !exit_ok;
            if (strcmp(r.verdict, a->expect) != 0 || !exit_ok) {
                mismatches++;
                pass_bad++;
                a->mismatches++;
                size_t used = strlen(a->seen);
                snprintf(a->seen + used, sizeof a->seen - used, "%s%s", used ? "," : "", r.verdict);
                buf err = BUF_INIT;
                fs_read_file(errlog, 1 << 20, -1, &err);
                const char *text = err.data ? err.data : "";
                fprintf(stderr, "soak: %s: expected %s, got %s (wait status %#x); stderr: %.300s\n",
                        a->label, a->expect, r.verdict, (unsigned)r.status, text);
                if (a->why[0] == '\0')
                    snprintf(a->why, sizeof a->why, "wait status %#x, stderr: %.*s",
                             (unsigned)r.status, (int)strcspn(text, "\n"), text);
                buf_release(&err);
            }
            collect_orphans();
            collect_tmp();
            count_sanitizer_reports();
            int files, tmp_files;
            count_cache(&files, &tmp_files);
            if (passes > 0 && files > cache_max_later)
                cache_max_later = files;
            if (tmp_files > cache_tmp_max)
                cache_tmp_max = tmp_files;
        }
        if (passes == 0) {
            int tmp_files;
            count_cache(&cache_after_pass1, &tmp_files);
            history_after_pass1 = file_size(history_db);
        }
        fprintf(stderr, "soak: pass %d: %d runs, %d mismatches, %.0f s so far\n", passes + 1,
                pass_runs, pass_bad, (now_ms() - t0) / 1e3);
    }
    double secs = (now_ms() - t0) / 1e3;
    int own_fds_after = count_fds(getpid()), zombies_after = lingering_zombies();

    if (verbose) {
        printf("\n  %-50s %4s %4s %-12s %21s %21s %13s\n", "attempt", "want", "runs", "wrong",
               "VmHWM KB cold/1st/last", "maxrss KB cold/1st/last", "fds 1st/last");
        for (size_t i = 0; i < nattempts; i++) {
            const attempt *a = &attempts[i];
            size_t w = a->runs > 1 ? 1 : 0, l = (size_t)a->runs - 1;
            printf("  %-50s %4s %4d %-12s %6ld/%6ld/%6ld %6ld/%6ld/%6ld %6ld/%6ld\n", a->label,
                   a->expect, a->runs, a->seen[0] ? a->seen : "-", a->hwm[0], a->hwm[w], a->hwm[l],
                   a->rss[0], a->rss[w], a->rss[l], a->fds[w], a->fds[l]);
        }
    }
    printf("\nsoak: %d judge runs in %.0f s (%d passes over %zu attempts; %d mismatches)\n", runs,
           secs, passes, nattempts, mismatches);
    printf("  %-44s %s\n", "figure", "value");
    printf("  %-44s %d of %d\n", "verdict mismatches", mismatches, runs);
    printf("  %-44s %d\n", "judge exit status not 0 (AC) / 1 (not AC)", leftovers.bad_exit);
    printf("  %-44s %d\n", "judge runs hung (killed after 300 s)", leftovers.hung);
    printf("  %-44s %d\n", "sanitizer reports in the judge's stderr", leftovers.sanitizer);
    printf("  %-44s %d (alive %d ms later: %d)\n", "orphans of the judge's tree", leftovers.orphans,
           ORPHAN_GRACE_MS, leftovers.orphans_alive);
    printf("  %-44s %d before, %d after\n", "zombies on the machine (lasting 1 s)", zombies_before,
           zombies_after);
    if (use_private_tmp)
        printf("  %-44s %d %s\n", "entries left in the judge's private /tmp", leftovers.tmp_left,
               leftovers.tmp_names);
    else
        printf("  %-44s %s\n", "entries left in /tmp", "not measured (no private /tmp here)");
    printf("  %-44s %d after pass 1, at most %d later (%zu sources); %d temporary\n",
           "compile cache files", cache_after_pass1, cache_max_later, nattempts, cache_tmp_max);
    printf("  %-44s %ld bytes after pass 1, %ld at the end\n",
           "attempt history file (KIT_HISTORY, private)", history_after_pass1,
           file_size(history_db));
    printf("  %-44s %d before, %d after\n", "the soak's own open descriptors", own_fds_before,
           own_fds_after);
    if (drift_of(0).attempts == 0) {
        printf("  %-44s %s\n", "judge RSS and descriptor trend",
               "n/a: needs 3 runs of an attempt (raise -t)");
    } else {
        print_drift("judge's own peak RSS (VmHWM, sampled)", "KB", 0);
        print_drift("peak RSS from wait4 (judge + reaped kids)", "KB", 1);
        print_drift("judge's peak open descriptors (sampled)", "fds", 2);
    }
    for (size_t i = 0; i < nattempts; i++) {
        if (attempts[i].mismatches)
            printf("  mismatch: %s expected %s, got %s (%d of %d runs; first: %s)\n",
                   attempts[i].label, attempts[i].expect, attempts[i].seen, attempts[i].mismatches,
                   attempts[i].runs, attempts[i].why);
    }
}

/* ---- valgrind ---- */

/* Sums "N bytes" after label in a valgrind log ("1,024" counts as 1024); -1 when
 * the label is absent. */
static long log_bytes(const char *log, const char *label)
{
    const char *at = strstr(log, label);
    if (at == NULL)
        return -1;
    long v = 0;
    for (at += strlen(label); *at == ' '; at++)
        ;
    for (; (*at >= '0' && *at <= '9') || *at == ','; at++)
        v = *at == ',' ? v : v * 10 + (*at - '0');
    return v;
}

/* Descriptors the judge left open at exit (--track-fds=yes), not counting the
 * standard ones and those it inherited from us. */
static int log_open_fds(const char *log)
{
    int n = 0;
    for (const char *at = log; (at = strstr(at, "Open file descriptor ")) != NULL; at++) {
        const char *next = strchr(at, '\n');
        const char *after = next ? strchr(next + 1, '\n') : NULL;
        if (next && !(after && memmem(next, (size_t)(after - next), "<inherited from parent>",
                                      strlen("<inherited from parent>"))))
            n++;
    }
    return n;
}

static void valgrind_case(char *slug, char *file, const char *label, const char *expect, int index,
                          int *dirty)
{
    static char valgrind[] = "/usr/bin/valgrind", leaks[] = "--leak-check=full",
                error_exit[] = "--error-exitcode=99", children[] = "--trace-children=no",
                vgdb[] = "--vgdb=no", fds[] = "--track-fds=yes";
    char logpath[160], logarg[200];
    snprintf(logpath, sizeof logpath, "%s/valgrind-%d.log", work, index);
    snprintf(logarg, sizeof logarg, "--log-file=%s", logpath);
    attempt a = {.slug = slug, .file = file, .expect = expect};
    char *argv[20] = {valgrind, leaks, error_exit, children, vgdb, fds, logarg};
    judge_argv(&a, argv, 7);
    run_result r;
    run(argv, &r);
    collect_orphans();
    collect_tmp();
    buf log = BUF_INIT;
    fs_read_file(logpath, 1 << 24, -1, &log);
    const char *text = log.data ? log.data : "";
    const char *summary = strstr(text, "ERROR SUMMARY: ");
    long errors = summary ? atol(summary + 15) : -1;
    bool no_leaks = strstr(text, "no leaks are possible") != NULL;
    long definite = no_leaks ? 0 : log_bytes(text, "definitely lost:");
    long indirect = no_leaks ? 0 : log_bytes(text, "indirectly lost:");
    long possible = no_leaks ? 0 : log_bytes(text, "possibly lost:");
    long reachable = no_leaks ? 0 : log_bytes(text, "still reachable:");
    bool exit99 = r.status >= 0 && WIFEXITED(r.status) && WEXITSTATUS(r.status) == 99;
    int open_fds = log_open_fds(text);
    bool clean = !exit99 && errors == 0 && definite == 0 && indirect == 0 && possible == 0 &&
                 open_fds == 0 && strcmp(r.verdict, expect) == 0;
    *dirty += !clean;
    printf("  %-44s %-4s %-7s %6ld %9ld %9ld %9ld %9ld %4d  %s\n", label, expect, r.verdict, errors,
           definite, indirect, possible, reachable, open_fds, clean ? "clean" : "NOT clean");
    if (!clean)
        fprintf(stderr, "soak: valgrind log of %s:\n%s\n", label, text);
    buf_release(&log);
}

static void valgrind_all(void)
{
    if (access("/usr/bin/valgrind", X_OK) != 0) {
        printf("\nvalgrind: not installed (Debian package valgrind); skipped\n");
        return;
    }
    char ce[160];
    snprintf(ce, sizeof ce, "%s/not-c.c", work);
    FILE *f = fopen(ce, "w");
    if (f == NULL)
        die("cannot write '%s'", ce);
    fputs("this is not C\n", f);
    fclose(f);
    static const struct {
        const char *slug, *rel, *expect;
    } cases[] = {
        {"lcs", "reference.c", "AC"},
        {"lcs", "wrong_answer/greedy-matching.c", "WA"},
        {"lcs", "time_limit_exceeded/plain-recursion.c", "TLE"},
        {"lcs", "run_time_error/static-table-too-small.c", "RE"},
        {"different", "reference.c", "AC"},
        {"different", "wrong_answer/no_abs.c", "WA"},
        {"different", "time_limit_exceeded/count_up.c", "TLE"},
    };
    printf("\nvalgrind memcheck of the judge (--leak-check=full --track-fds=yes, not following "
           "judge-box; bytes lost, descriptors left open):\n");
    printf("  %-44s %-4s %-7s %6s %9s %9s %9s %9s %4s\n", "case", "want", "verdict", "errors",
           "definite", "indirect", "possible", "reachable", "fds");
    int dirty = 0, index = 0;
    char slug[64], path[4096], label[128];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snprintf(slug, sizeof slug, "%s", cases[i].slug);
        snprintf(path, sizeof path, "%s/solutions/%s/%s", root, slug, cases[i].rel);
        snprintf(label, sizeof label, "%s/%s", slug, cases[i].rel);
        if (fs_exists(path))
            valgrind_case(slug, path, label, cases[i].expect, index++, &dirty);
    }
    /* A compile error on each kind: the harness link path and the plain one. */
    static const char *const ce_slugs[] = {"lcs", "different"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(slug, sizeof slug, "%s", ce_slugs[i]);
        snprintf(label, sizeof label, "%s/(a source that is not C)", slug);
        valgrind_case(slug, ce, label, "CE", index++, &dirty);
    }
    printf("valgrind: %d of %d runs clean\n", index - dirty, index);
}

static void cleanup(void) { fs_remove_tree(work); }

int main(int argc, char **argv)
{
    double seconds = 120;
    bool valgrind = true, only_valgrind = false, verbose = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
            seconds = atof(argv[++i]);
        else if (strcmp(argv[i], "--no-valgrind") == 0)
            valgrind = false;
        else if (strcmp(argv[i], "--valgrind-only") == 0)
            only_valgrind = true;
        else if (strcmp(argv[i], "-v") == 0)
            verbose = true;
        else if (strcmp(argv[i], "--judge") == 0 && i + 1 < argc)
            snprintf(judge, sizeof judge, "%s", argv[++i]);
        else
            die("usage: soak [-t SECONDS] [-v] [--no-valgrind] [--valgrind-only] [--judge PATH]");
    }
    if (access(judge, X_OK) != 0)
        die("no judge at '%s': build the kit first", judge);
    /* Orphans of anything we start come to us, so none can hide. */
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0)
        die("cannot become a child subreaper: %s", strerror(errno));
    snprintf(work, sizeof work, "/var/tmp/kit-soak-XXXXXX");
    if (mkdtemp(work) == NULL)
        die("cannot create a work directory in /var/tmp: %s", strerror(errno));
    atexit(cleanup);
    snprintf(cache, sizeof cache, "%s/cache", work);
    snprintf(private_tmp, sizeof private_tmp, "%s/tmp", work);
    snprintf(errlog, sizeof errlog, "%s/judge-stderr.txt", work);
    /* The judge records every attempt; ours go to a history of their own, never
     * into the learner's. */
    snprintf(history_db, sizeof history_db, "%s/history.sqlite3", work);
    setenv("KIT_HISTORY", history_db, 1);
    if (mkdir(private_tmp, 01777) < 0 || chmod(private_tmp, 01777) < 0)
        die("cannot create '%s': %s", private_tmp, strerror(errno));

    /* Is a private /tmp possible here? A child tries; /tmp is never touched when
     * it cannot be made private first. */
    use_private_tmp = true;
    static char true_path[] = "/bin/true";
    char *probe[] = {true_path, NULL};
    run_result r;
    run(probe, &r);
    use_private_tmp = WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0;
    if (!use_private_tmp)
        fprintf(stderr, "soak: no private /tmp for the judge here (no mount namespace); "
                        "/tmp leftovers are not measured\n");

    find_attempts();
    if (!only_valgrind) {
        fprintf(stderr, "soak: %zu attempts, judging for %.0f s\n", nattempts, seconds);
        soak(seconds, verbose);
    }
    if (valgrind)
        valgrind_all();
    return 0;
}
