/* The hostile suite: every attack in tests/hostile/attacks (and a few generated
 * ones) is judged through the real `judge test SLUG FILE --json`, its verdict
 * checked against the one its header expects, and after each run the suite
 * asserts that
 *   - no process of the run is left: the suite is a child subreaper, so every
 *     process the judge started, even one that left its session or whose parent
 *     exited, would be reparented to it; and no process anywhere runs a binary
 *     from the suite's compile cache;
 *   - no file was created outside the run's scratch directory: attacks only
 *     ever name files "hostile-canary*", and the suite looks for such names in
 *     every place an attack targets;
 *   - the judge is healthy: it exited by itself with the documented exit code
 *     and valid JSON, and a final normal run is accepted.
 *
 * An attack's header is its first comment, with lines "key: value":
 *   expect:  AC WA RE OLE MLE TLE CE IE, or "refused" (exit 2, one error line)
 *   message: text the failing test's message (CE: the compile reason; IE: the
 *            checker's message; refused: the error line) must contain; "A | B"
 *            accepts either
 *   log:     text the compile log must contain
 *   never:   text that must appear nowhere in what the judge printed
 *   problem: the package to judge against (default "hostile"; the attacks that
 *            touch tens of MB use "hostile-memory", the same with 1 s of time
 *            instead of 0.3 s, so that their verdict does not depend on how fast
 *            the machine maps fresh memory)
 *   display: "safe": the text report is also made, and it and the judge's
 *            stderr must hold no control byte, no invalid UTF-8 and no UTF-8
 *            of a C1 or bidirectional control
 *   without landlock: the verdict where the compiler's files are not confined
 *            (an older kernel, or JUDGE_BOX_NO_LANDLOCK=1); message, log and
 *            never lines then do not apply
 *   sanitize: the attack is judged a second time with --sanitize (a sanitized
 *            run must be as confined as a normal one), expecting this verdict;
 *            "sanitize message:" lines then stand for the message lines. Not
 *            without both Landlock and namespaces, one of which a sanitized run
 *            needs
 *   function time: "dropped": no test shows a function time, and each says why
 *            (function_time_dropped); "shown": every test that ran shows one
 *            within the CPU time of its run
 * In a source, @ROOT@ stands for the kit root and @CANARY@ for a directory
 * everyone may write to, which must stay empty.
 *
 * usage: hostile_suite JUDGE ROOT ATTACKS [NAME...]
 * With JUDGE_BOX_NO_NAMESPACES=1 in the environment the boxes run without
 * namespaces (the fallback), and the suite checks that the probe agrees. With
 * JUDGE_BOX_NO_LANDLOCK=1 only the attacks with a "without landlock" line run.
 * Before the attacks, the suite makes sure its own detectors see a process that
 * escaped into its own session and a canary file. */
#define _GNU_SOURCE
#include "show.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_KEYS 8
#define JUDGE_TIMEOUT_S 90
#define LOG_CAP (64 << 10)

typedef struct {
    char name[128];
    char path[PATH_MAX]; /* the source as written, @ROOT@ and @CANARY@ replaced */
    char expect[16];     /* a verdict or "refused" */
    char without_landlock[16];
    char sanitize[16]; /* the verdict under --sanitize, or "" */
    char sanitize_message[MAX_KEYS][160];
    int nsanitize_message;
    bool sanitized;         /* this is the --sanitize judging */
    char function_time[16]; /* "dropped", "shown" or "" */
    char problem[64];
    char message[MAX_KEYS][160];
    int nmessage;
    char log[MAX_KEYS][160];
    int nlog;
    char never[MAX_KEYS][160];
    int nnever;
    bool display_safe;
} attack;

typedef struct {
    int status; /* the judge's wait status */
    bool timed_out;
    char *out, *err;
    size_t out_len, err_len;
    double seconds;
} judged;

static const char *judge, *root, *attacks_dir;
static char work[] = "/tmp/hostile-XXXXXX";
static char cache[64], canary[64], sources[64];
static bool no_namespaces, no_landlock, landlock;
static int failures;

/* ---- small helpers ---- */

/* What the judge printed is the attacks' doing: the suite shows it escaped too,
 * so that its own log cannot be rewritten by an attack. */
__attribute__((format(printf, 1, 2))) static void fail(const char *fmt, ...)
{
    va_list ap;
    char *line = NULL;
    va_start(ap, fmt);
    int n = vasprintf(&line, fmt, ap);
    va_end(ap);
    fputs("    FAIL ", stdout);
    show_text(stdout, n >= 0 ? line : fmt);
    putchar('\n');
    if (n >= 0)
        free(line);
    fflush(stdout);
    failures++;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&data, &size);
    char chunk[65536];
    size_t n;
    while (mem && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fwrite(chunk, 1, n, mem);
    fclose(f);
    if (!mem)
        return NULL;
    fclose(mem);
    *len = size;
    return data;
}

static int write_whole(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -errno;
    size_t n = fwrite(data, 1, len, f);
    int rc = fclose(f);
    return n == len && rc == 0 ? 0 : -EIO;
}

static bool contains(const char *hay, size_t len, const char *needle)
{
    return hay && memmem(hay, len, needle, strlen(needle)) != NULL;
}

/* ---- attacks and their headers ---- */

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
}

/* Reads the "key: value" lines of the first comment of text. */
static int parse_header(attack *a, const char *text)
{
    const char *start = strstr(text, "/*"), *end = start ? strstr(start, "*/") : NULL;
    if (!start || !end)
        return -1;
    snprintf(a->problem, sizeof a->problem, "hostile");
    for (const char *line = start + 2; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *eol = nl ? nl : end;
        while (line < eol && (*line == ' ' || *line == '*'))
            line++;
        char buf[256];
        snprintf(buf, sizeof buf, "%.*s", (int)(eol - line), line);
        trim(buf);
        char *colon = strstr(buf, ": ");
        if (colon) {
            *colon = '\0';
            const char *value = colon + 2;
            if (strcmp(buf, "expect") == 0)
                snprintf(a->expect, sizeof a->expect, "%s", value);
            else if (strcmp(buf, "problem") == 0)
                snprintf(a->problem, sizeof a->problem, "%s", value);
            else if (strcmp(buf, "message") == 0 && a->nmessage < MAX_KEYS)
                snprintf(a->message[a->nmessage++], sizeof a->message[0], "%s", value);
            else if (strcmp(buf, "log") == 0 && a->nlog < MAX_KEYS)
                snprintf(a->log[a->nlog++], sizeof a->log[0], "%s", value);
            else if (strcmp(buf, "never") == 0 && a->nnever < MAX_KEYS)
                snprintf(a->never[a->nnever++], sizeof a->never[0], "%s", value);
            else if (strcmp(buf, "display") == 0)
                a->display_safe = strcmp(value, "safe") == 0;
            else if (strcmp(buf, "sanitize") == 0)
                snprintf(a->sanitize, sizeof a->sanitize, "%s", value);
            else if (strcmp(buf, "sanitize message") == 0 && a->nsanitize_message < MAX_KEYS)
                snprintf(a->sanitize_message[a->nsanitize_message++], sizeof a->message[0], "%s",
                         value);
            else if (strcmp(buf, "without landlock") == 0)
                snprintf(a->without_landlock, sizeof a->without_landlock, "%s", value);
            else if (strcmp(buf, "function time") == 0)
                snprintf(a->function_time, sizeof a->function_time, "%s", value);
        }
        line = nl ? nl + 1 : end;
    }
    return a->expect[0] ? 0 : -1;
}

/* Copies text with every @ROOT@ and @CANARY@ replaced. */
static char *substitute(const char *text, size_t len, size_t *out_len)
{
    char *out = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&out, &size);
    if (!f)
        return NULL;
    for (size_t i = 0; i < len;) {
        if (len - i >= 6 && memcmp(text + i, "@ROOT@", 6) == 0) {
            fputs(root, f);
            i += 6;
        } else if (len - i >= 8 && memcmp(text + i, "@CANARY@", 8) == 0) {
            fputs(canary, f);
            i += 8;
        } else {
            fputc(text[i++], f);
        }
    }
    fclose(f);
    *out_len = size;
    return out;
}

static int load_attack(const char *file, attack *a)
{
    memset(a, 0, sizeof *a);
    snprintf(a->name, sizeof a->name, "%.*s", (int)(strlen(file) - 2), file);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", attacks_dir, file);
    size_t len = 0, out_len = 0;
    char *text = read_whole(path, &len);
    if (!text)
        return -1;
    char *ready = substitute(text, len, &out_len);
    int rc = ready && parse_header(a, text) == 0 ? 0 : -1;
    snprintf(a->path, sizeof a->path, "%s/%s", sources, file);
    if (rc == 0)
        rc = write_whole(a->path, ready, out_len);
    free(text);
    free(ready);
    return rc;
}

/* Attacks that cannot live in the tree as sources. */
static int make_generated(attack *list, int n, int cap)
{
    if (n + 3 > cap)
        return n;
    /* A 10 MiB source: refused before compiling (sources are capped at 1 MiB, far
     * above any honest solution, as contest judges cap them at 64-512 KB). */
    attack *a = &list[n];
    memset(a, 0, sizeof *a);
    snprintf(a->name, sizeof a->name, "cc-10mib-source");
    snprintf(a->expect, sizeof a->expect, "refused");
    snprintf(a->problem, sizeof a->problem, "hostile");
    snprintf(a->message[a->nmessage++], sizeof a->message[0], "too large");
    snprintf(a->path, sizeof a->path, "%s/%s.c", sources, a->name);
    size_t size = 10 << 20;
    char *big = malloc(size);
    if (!big)
        return n;
    static const char head[] = "int main(void) { return 0; }\n/*";
    memset(big, 'x', size);
    memcpy(big, head, sizeof head - 1);
    memcpy(big + size - 3, "*/\n", 3);
    int rc = write_whole(a->path, big, size);
    free(big);
    if (rc < 0)
        return n;
    n++;
    /* A source that is not text (it holds NUL bytes): refused before compiling. */
    a = &list[n];
    memset(a, 0, sizeof *a);
    snprintf(a->name, sizeof a->name, "cc-binary-source");
    snprintf(a->expect, sizeof a->expect, "refused");
    snprintf(a->problem, sizeof a->problem, "hostile");
    snprintf(a->message[a->nmessage++], sizeof a->message[0], "binary");
    snprintf(a->path, sizeof a->path, "%s/%s.c", sources, a->name);
    char bin[4096];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (char)(i * 7);
    if (write_whole(a->path, bin, sizeof bin) == 0)
        n++;
    /* A file name made of escape sequences (a window title, a screen clear, an
     * open OSC 8): every line that names the file, the compiler's warning too,
     * shows it escaped. */
    a = &list[n];
    memset(a, 0, sizeof *a);
    snprintf(a->name, sizeof a->name, "name-escapes");
    snprintf(a->expect, sizeof a->expect, "WA");
    snprintf(a->problem, sizeof a->problem, "hostile");
    snprintf(a->log[a->nlog++], sizeof a->log[0], "unused variable");
    a->display_safe = true;
    snprintf(a->path, sizeof a->path, "%s/\033]0;pwned\007\033[2J\033]8;;.c", sources);
    static const char wrong[] = "#include <stdio.h>\nint main(void) { int unused; puts(\"0\"); "
                                "return 0; }\n";
    if (write_whole(a->path, wrong, sizeof wrong - 1) == 0)
        n++;
    return n;
}

static int by_name(const void *x, const void *y)
{
    return strcmp(((const attack *)x)->name, ((const attack *)y)->name);
}

/* ---- running the judge ---- */

static void judged_release(judged *j)
{
    free(j->out);
    free(j->err);
    memset(j, 0, sizeof *j);
}

/* Runs JUDGE test PROBLEM FILE [--json] and collects its output. */
static void run_judge(const attack *a, bool json, const char *file, judged *out)
{
    memset(out, 0, sizeof *out);
    char out_path[PATH_MAX], err_path[PATH_MAX];
    snprintf(out_path, sizeof out_path, "%s/stdout", work);
    snprintf(err_path, sizeof err_path, "%s/stderr", work);
    double t0 = now_s();
    pid_t pid = fork();
    if (pid == 0) {
        int o = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int in = open("/dev/null", O_RDONLY);
        if (o < 0 || e < 0 || in < 0)
            _exit(126);
        dup2(in, 0);
        dup2(o, 1);
        dup2(e, 2);
        close_range(3, ~0U, 0);
        const char *argv[16] = {judge, "test", a->problem, file, "--root", root, "--cache", cache};
        int argc = 8;
        argv[argc++] = "--jobs";
        argv[argc++] = "2";
        if (json)
            argv[argc++] = "--json";
        if (a->sanitized)
            argv[argc++] = "--sanitize";
        argv[argc] = NULL;
        execv(judge, (char *const *)(void *)argv);
        _exit(127);
    }
    if (pid < 0) {
        fail("cannot fork: %s", strerror(errno));
        return;
    }
    int status = 0;
    for (;;) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid)
            break;
        if (now_s() - t0 > JUDGE_TIMEOUT_S && !out->timed_out) {
            out->timed_out = true;
            kill(pid, SIGKILL);
        }
        struct timespec ms = {0, 5000000};
        nanosleep(&ms, NULL);
    }
    out->seconds = now_s() - t0;
    out->status = status;
    out->out = read_whole(out_path, &out->out_len);
    out->err = read_whole(err_path, &out->err_len);
}

/* ---- what must hold after every run ---- */

/* The pids of our children (the judge's orphans are reparented to us). */
static int our_children(pid_t *pids, int cap)
{
    int n = 0;
    DIR *tasks = opendir("/proc/self/task");
    struct dirent *t;
    while (tasks && (t = readdir(tasks))) {
        if (t->d_name[0] == '.')
            continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "/proc/self/task/%s/children", t->d_name);
        FILE *f = fopen(path, "r");
        long pid;
        while (f && n < cap && fscanf(f, "%ld", &pid) == 1)
            pids[n++] = (pid_t)pid;
        if (f)
            fclose(f);
    }
    if (tasks)
        closedir(tasks);
    return n;
}

/* Processes anywhere whose executable is in the suite's directory (compiled
 * attacks live in its cache). */
static int cache_processes(pid_t *pids, int cap)
{
    int n = 0;
    DIR *proc = opendir("/proc");
    struct dirent *e;
    size_t wlen = strlen(work);
    while (proc && (e = readdir(proc))) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9')
            continue;
        char path[300], exe[PATH_MAX];
        snprintf(path, sizeof path, "/proc/%s/exe", e->d_name);
        ssize_t len = readlink(path, exe, sizeof exe - 1);
        if (len <= 0)
            continue;
        exe[len] = '\0';
        if (strncmp(exe, work, wlen) == 0 && n < cap)
            pids[n++] = (pid_t)atol(e->d_name);
    }
    if (proc)
        closedir(proc);
    return n;
}

/* Counts the processes left, after waiting up to grace_ms for them to go;
 * with report, each is a failure, and is killed. */
static int processes_left(int grace_ms, bool report)
{
    pid_t pids[64];
    int n = 0;
    double t0 = now_s();
    for (;;) {
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
        n = our_children(pids, 64);
        pid_t more[64];
        int m = cache_processes(more, 64);
        for (int i = 0; i < m; i++) {
            bool seen = false;
            for (int k = 0; k < n && !seen; k++)
                seen = pids[k] == more[i];
            if (!seen && n < 64)
                pids[n++] = more[i];
        }
        if (n == 0 || (now_s() - t0) * 1000 >= grace_ms)
            break;
        struct timespec ms = {0, 10000000};
        nanosleep(&ms, NULL);
    }
    for (int i = 0; i < n; i++) {
        char path[64], exe[PATH_MAX] = "?";
        snprintf(path, sizeof path, "/proc/%d/exe", (int)pids[i]);
        ssize_t len = readlink(path, exe, sizeof exe - 1);
        exe[len > 0 ? len : 1] = '\0';
        if (report)
            fail("process %d (%s) outlived the run", (int)pids[i], exe);
        kill(pids[i], SIGKILL);
    }
    while (n > 0 && waitpid(-1, NULL, 0) > 0)
        ;
    return n;
}

/* The judge waits for its boxes, so nothing should be left at all; the grace
 * covers a box still tearing down as the judge exits. */
static void check_no_process_left(void) { processes_left(2000, true); }

/* The canary of this suite's own detector check, named for its pid: ctest runs
 * the suite in several modes at once, and each would find (and remove) the
 * other's canary in /tmp. */
static char detector[64];

static bool is_others_detector(const char *name)
{
    static const char prefix[] = "hostile-canary-detector-";
    const char *ours = strrchr(detector, '/');
    return strncmp(name, prefix, sizeof prefix - 1) == 0 && (!ours || strcmp(name, ours + 1) != 0);
}

/* Counts "hostile-canary" names in dir and, depth levels down, in its
 * subdirectories (only the judge's scratch directories when judge_only); with
 * report, each is a failure. Each is removed, so that one failure is not
 * reported again by every later attack. */
static int find_canaries(const char *dir, int depth, bool judge_only, bool report)
{
    int found = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", strcmp(dir, "/") ? dir : "", e->d_name);
        if (is_others_detector(e->d_name))
            continue;
        if (strstr(e->d_name, "hostile-canary")) {
            if (report)
                fail("'%s' was created", path);
            remove(path);
            found++;
        } else if (depth > 0 && e->d_type == DT_DIR &&
                   (!judge_only || strncmp(e->d_name, "judge-", 6) == 0)) {
            found += find_canaries(path, depth - 1, false, report);
        }
    }
    if (d)
        closedir(d);
    return found;
}

static int files_created(bool report)
{
    int found = 0;
    DIR *d = opendir(canary);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (report)
            fail("'%s/%s' was created in the open canary directory", canary, e->d_name);
        found++;
    }
    if (d)
        closedir(d);
    found += find_canaries("/tmp", 2, true, report);
    found += find_canaries("/var/tmp", 0, false, report);
    found += find_canaries("/dev/shm", 0, false, report);
    found += find_canaries("/", 0, false, report);
    found += find_canaries(root, 8, false, report);
    const char *home = getenv("HOME");
    if (home && home[0] == '/')
        found += find_canaries(home, 0, false, report);
    return found;
}

static void check_no_file_created(void) { files_created(true); }

/* The detectors must see what they look for: a grandchild running a binary from
 * the suite's directory that left its session and whose parent exited, and a
 * canary file. */
static void check_detectors(void)
{
    snprintf(detector, sizeof detector, "/tmp/hostile-canary-detector-%d", (int)getpid());
    char sleeper[PATH_MAX];
    snprintf(sleeper, sizeof sleeper, "%s/sleeper", work);
    char cmd[PATH_MAX + 64];
    snprintf(cmd, sizeof cmd, "cp /bin/sleep '%s'", sleeper);
    pid_t pid = system(cmd) == 0 ? fork() : -1;
    if (pid == 0) {
        if (fork() == 0) {
            setsid();
            execl(sleeper, "sleeper", "60", (char *)NULL);
        }
        _exit(0);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);
    struct timespec ms = {0, 50000000};
    nanosleep(&ms, NULL);
    if (processes_left(0, false) != 1)
        fail("the process detector missed an escaped grandchild");
    if (write_whole(detector, "x", 1) < 0 || files_created(false) != 1)
        fail("the file detector missed %s", detector);
    unlink(sleeper);
}

/* True when text holds only printable ASCII, tabs, newlines and valid UTF-8 of
 * code points a terminal does not obey: no C1 control (U+0080..U+009F), no
 * bidirectional control, no line or paragraph separator. */
static bool display_is_safe(const unsigned char *s, size_t n, size_t *bad)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
            i++;
            continue;
        }
        size_t len = c >= 0xc2 && c <= 0xdf   ? 2
                     : c >= 0xe0 && c <= 0xef ? 3
                     : c >= 0xf0 && c <= 0xf4 ? 4
                                              : 0;
        bool ok = len > 0 && i + len <= n;
        unsigned cp = c & (0x7fu >> len);
        for (size_t k = 1; ok && k < len; k++) {
            ok = (s[i + k] & 0xc0) == 0x80;
            cp = cp << 6 | (s[i + k] & 0x3fu);
        }
        ok = ok && cp > 0x9f && cp != 0x61c && cp != 0x200e && cp != 0x200f &&
             !(cp >= 0x2028 && cp <= 0x202e) && !(cp >= 0x2066 && cp <= 0x2069);
        if (!ok) {
            *bad = i;
            return false;
        }
        i += len;
    }
    return true;
}

/* ---- one attack ---- */

static const char *first_failing_message(json_t *doc)
{
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(doc, "tests"), i, t)
    {
        const char *v = json_string_value(json_object_get(t, "verdict"));
        if (v && strcmp(v, "AC") != 0)
            return json_string_value(json_object_get(t, "message"));
    }
    return NULL;
}

/* True when text contains one of the " | "-separated alternatives of want. */
static bool says(const char *text, const char *want)
{
    while (text) {
        const char *bar = strstr(want, " | ");
        size_t n = bar ? (size_t)(bar - want) : strlen(want);
        if (memmem(text, strlen(text), want, n))
            return true;
        if (!bar)
            break;
        want = bar + 3;
    }
    return false;
}

static int expected_exit(const char *expect)
{
    if (strcmp(expect, "AC") == 0)
        return 0;
    if (strcmp(expect, "refused") == 0)
        return 2;
    if (strcmp(expect, "IE") == 0)
        return 3;
    return 1;
}

/* The function times of the tests that ran, against "dropped" or "shown". */
static void check_function_time(const attack *a, json_t *doc)
{
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(doc, "tests"), i, t)
    {
        json_t *ns = json_object_get(t, "function_ns");
        const char *why = json_string_value(json_object_get(t, "function_time_dropped"));
        const char *name = json_string_value(json_object_get(t, "name"));
        if (strcmp(a->function_time, "dropped") == 0 && (!json_is_null(ns) || !why))
            fail("test %s shows a function time of %lld ns, not dropped with a reason",
                 name ? name : "?", (long long)json_integer_value(ns));
        /* a real time: within the CPU time the box measured for the whole process */
        long long cpu_ns = (long long)json_integer_value(json_object_get(t, "cpu_ms")) * 1000000;
        if (strcmp(a->function_time, "shown") == 0 &&
            (!json_is_integer(ns) || json_integer_value(ns) < 0 ||
             json_integer_value(ns) > cpu_ns + 1000000))
            fail("test %s shows no real function time (%lld ns; %s)", name ? name : "?",
                 json_is_integer(ns) ? (long long)json_integer_value(ns) : -1LL,
                 why ? why : "none dropped");
    }
}

static void check_one(const attack *given);

/* Judges the attack, and again with --sanitize when its header asks. */
static void check_attack(const attack *given)
{
    check_one(given);
    if (!given->sanitize[0] || (!landlock && no_namespaces))
        return;
    static attack sanitized;
    sanitized = *given;
    sanitized.sanitized = true;
    snprintf(sanitized.name, sizeof sanitized.name, "%.110s+sanitize", given->name);
    snprintf(sanitized.expect, sizeof sanitized.expect, "%s", given->sanitize);
    memcpy(sanitized.message, given->sanitize_message, sizeof sanitized.message);
    sanitized.nmessage = given->nsanitize_message;
    check_one(&sanitized);
}

static void check_one(const attack *given)
{
    attack unconfined;
    const attack *a = given;
    if (!landlock && given->without_landlock[0] && !given->sanitized) {
        unconfined = *given;
        snprintf(unconfined.expect, sizeof unconfined.expect, "%s", given->without_landlock);
        unconfined.nmessage = unconfined.nlog = unconfined.nnever = 0;
        a = &unconfined;
    }
    judged r;
    run_judge(a, true, a->path, &r);
    int want_exit = expected_exit(a->expect);
    int code = WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1;
    const char *got = "?", *message = NULL, *log = NULL;
    json_t *doc = NULL;
    if (strcmp(a->expect, "refused") == 0) {
        got = code == 2 ? "refused" : "judged";
        message = r.err;
    } else {
        json_error_t error;
        doc = r.out ? json_loadb(r.out, r.out_len, 0, &error) : NULL;
        if (doc) {
            const char *v = json_string_value(json_object_get(doc, "verdict"));
            got = v ? v : "?";
            json_t *compile = json_object_get(doc, "compile");
            log = json_string_value(json_object_get(compile, "log"));
            message = strcmp(got, "CE") == 0 ? json_string_value(json_object_get(compile, "reason"))
                                             : first_failing_message(doc);
        }
    }
    char shown[96];
    printf("%-4s %-28s expected %-7s got %-7s %6.2f s  %s\n",
           strcmp(got, a->expect) == 0 ? "ok" : "FAIL", a->name, a->expect, got, r.seconds,
           show_str(shown, sizeof shown, message));
    fflush(stdout);
    if (strcmp(got, a->expect) != 0)
        failures++;
    if (r.timed_out)
        fail("the judge was still running after %d s", JUDGE_TIMEOUT_S);
    else if (!WIFEXITED(r.status))
        fail("the judge died: wait status %#x", (unsigned)r.status);
    else if (code != want_exit)
        fail("the judge exited with %d, not %d; stderr: %.300s", code, want_exit,
             r.err ? r.err : "");
    if (strcmp(a->expect, "refused") != 0 && !doc)
        fail("no valid JSON on stdout; stderr: %.300s", r.err ? r.err : "");
    if (strcmp(a->expect, "refused") == 0 && r.err &&
        (r.err_len == 0 || memchr(r.err, '\n', r.err_len) != r.err + r.err_len - 1))
        fail("the refusal is not one line: %.300s", r.err);
    for (int i = 0; i < a->nmessage; i++)
        if (!says(message, a->message[i]))
            fail("the message does not say '%s': '%s'", a->message[i], message ? message : "");
    for (int i = 0; i < a->nlog; i++)
        if (!log || !strstr(log, a->log[i]))
            fail("the compile log does not say '%s': '%.200s'", a->log[i], log ? log : "");
    if (log && strlen(log) > LOG_CAP + 256)
        fail("the compile log holds %zu bytes, past its %d cap", strlen(log), LOG_CAP);
    for (int i = 0; i < a->nnever; i++)
        if (contains(r.out, r.out_len, a->never[i]) || contains(r.err, r.err_len, a->never[i]))
            fail("the judge printed '%s'", a->never[i]);
    if (doc && a->function_time[0])
        check_function_time(a, doc);
    json_decref(doc);
    judged_release(&r);
    if (a->display_safe) {
        run_judge(a, false, a->path, &r);
        size_t bad = 0;
        if (!r.out || !display_is_safe((const unsigned char *)r.out, r.out_len, &bad))
            fail("the text report holds a raw control byte or invalid UTF-8 at offset %zu "
                 "(byte %#x)",
                 bad, r.out && bad < r.out_len ? (unsigned char)r.out[bad] : 0);
        if (r.err && !display_is_safe((const unsigned char *)r.err, r.err_len, &bad))
            fail("the judge's stderr holds a raw control byte or invalid UTF-8 at offset %zu "
                 "(byte %#x)",
                 bad, (unsigned char)r.err[bad]);
        judged_release(&r);
    }
    check_no_process_left();
    check_no_file_created();
}

/* ---- set-up ---- */

static void print_probe(void)
{
    char cmd[PATH_MAX + 32], line[512];
    snprintf(cmd, sizeof cmd, "'%.*s/judge-box' --probe", (int)(strrchr(judge, '/') - judge),
             judge);
    FILE *p = popen(cmd, "r");
    bool disabled = false, seccomp = false;
    while (p && fgets(line, sizeof line, p)) {
        printf("  probe: %s", line);
        if (strncmp(line, "user-namespace no disabled", 26) == 0)
            disabled = true;
        if (strncmp(line, "seccomp yes", 11) == 0)
            seccomp = true;
        if (strncmp(line, "landlock yes", 12) == 0)
            landlock = true;
    }
    if (p)
        pclose(p);
    if (disabled != no_namespaces)
        fail("the probe does not agree with JUDGE_BOX_NO_NAMESPACES");
    if (no_landlock && landlock)
        fail("the probe does not agree with JUDGE_BOX_NO_LANDLOCK");
    if (!seccomp)
        fail("no seccomp filter on this machine: the suite's verdicts assume one");
}

static int make_dirs(void)
{
    if (!mkdtemp(work))
        return -errno;
    snprintf(cache, sizeof cache, "%s/cache", work);
    snprintf(canary, sizeof canary, "%s/canary", work);
    snprintf(sources, sizeof sources, "%s/src", work);
    if (mkdir(cache, 0700) < 0 || mkdir(canary, 0777) < 0 || mkdir(sources, 0755) < 0)
        return -errno;
    /* open to everyone, so that only the sandbox can stop a write here */
    if (chmod(canary, 0777) < 0 || chmod(work, 0755) < 0)
        return -errno;
    return 0;
}

static void remove_tree(const char *path)
{
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0)
        fprintf(stderr, "hostile: cannot remove '%s'\n", path);
}

static bool selected(const char *name, int argc, char **argv)
{
    if (argc <= 4)
        return true;
    for (int i = 4; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: hostile_suite JUDGE ROOT ATTACKS [NAME...]\n");
        return 2;
    }
    /* absolute: @ROOT@ in a source must name the same files from anywhere */
    static char root_path[PATH_MAX];
    judge = argv[1];
    root = realpath(argv[2], root_path);
    attacks_dir = argv[3];
    if (!root) {
        fprintf(stderr, "hostile: cannot resolve '%s': %s\n", argv[2], strerror(errno));
        return 2;
    }
    const char *env = getenv("JUDGE_BOX_NO_NAMESPACES");
    no_namespaces = env && strcmp(env, "1") == 0;
    env = getenv("JUDGE_BOX_NO_LANDLOCK");
    no_landlock = env && strcmp(env, "1") == 0;
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) < 0 || make_dirs() < 0) {
        fprintf(stderr, "hostile: cannot set up: %s\n", strerror(errno));
        return 1;
    }
    const char *mode = no_namespaces && no_landlock ? "namespaces and landlock forced off"
                       : no_namespaces              ? "namespaces forced off"
                       : no_landlock                ? "landlock forced off"
                                                    : "every protection";
    printf("hostile suite, %s\n", mode);
    print_probe();
    check_detectors();

    static attack list[128];
    int n = 0;
    struct dirent **names;
    int count = scandir(attacks_dir, &names, NULL, alphasort);
    for (int i = 0; i < count; i++) {
        size_t len = strlen(names[i]->d_name);
        if (len > 2 && strcmp(names[i]->d_name + len - 2, ".c") == 0 && n < 126 &&
            load_attack(names[i]->d_name, &list[n]) == 0) {
            n++;
        } else if (len > 2 && strcmp(names[i]->d_name + len - 2, ".c") == 0) {
            fail("%s: cannot read it or its header (expect: ...)", names[i]->d_name);
        }
        free(names[i]);
    }
    free(names);
    n = make_generated(list, n, 128);
    qsort(list, (size_t)n, sizeof list[0], by_name);

    double t0 = now_s();
    int ran = 0;
    for (int i = 0; i < n; i++) {
        if (!selected(list[i].name, argc, argv) || (no_landlock && !list[i].without_landlock[0]))
            continue;
        check_attack(&list[i]);
        ran++;
    }

    /* The judge is still healthy: an honest solution is accepted. */
    attack healthy = {.expect = "AC", .problem = "hostile"};
    snprintf(healthy.name, sizeof healthy.name, "healthy-after-all");
    snprintf(healthy.path, sizeof healthy.path, "%s/solutions/hostile/reference.c", root);
    check_attack(&healthy);

    printf("%d attacks in %.1f s, %s; %d failure%s\n", ran, now_s() - t0, mode, failures,
           failures == 1 ? "" : "s");
    remove_tree(work);
    return failures ? 1 : 0;
}
