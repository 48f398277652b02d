/* Integration test of one problem package, through the real judge: the validator
 * accepts every input, the reference is accepted and fast, the brute force agrees
 * wherever it finishes, the stub is not accepted, the hints are there, and every
 * known-bad attempt gets exactly its folder's verdict.
 *
 * usage: package_check JUDGE ROOT SLUG   (the build directory is JUDGE's) */
#define _GNU_SOURCE
#include <dirent.h>
#include <jansson.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char *judge, *root, *slug;
static char build[4096];
/* A kit root of our own, the real problems and solutions linked into it: the
 * learner's workspace holds their own tests, which `judge test` would add to the
 * package's, and `judge stress` saves what it finds there. */
static char scratch[64];
static int passed, failed;

static void result(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void result(int ok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("%s ", ok ? "ok  " : "FAIL");
    vprintf(fmt, ap);
    putchar('\n');
    va_end(ap);
    fflush(stdout);
    if (ok)
        passed++;
    else
        failed++;
}

/* Runs cmd (malloc'd; freed here) and parses the JSON document it prints; NULL
 * when it prints none. *status gets its exit status when status is not NULL. */
static json_t *json_of(char *cmd, int *status)
{
    FILE *p = cmd ? popen(cmd, "r") : NULL;
    free(cmd);
    json_error_t err;
    json_t *doc = p ? json_loadf(p, 0, &err) : NULL;
    int st = p ? pclose(p) : -1;
    if (status)
        *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return doc;
}

/* Runs `judge test SLUG FILE --json EXTRA` and returns the parsed document. */
/* `judge test` of one file, with `jobs` parallel runs: 2 where every test runs
 * (the reference, the brute), 1 where the first failure ends the judging, which
 * would otherwise spend a second core's time on a test whose result is dropped. */
static json_t *judge_json(const char *file, int jobs, const char *extra)
{
    char *cmd;
    if (asprintf(&cmd, "'%s' test %s '%s' --root '%s' --json --jobs %d %s", judge, slug, file,
                 scratch, jobs, extra) < 0)
        cmd = NULL;
    return json_of(cmd, NULL);
}

/* A known-bad attempt's file name: "x.c". */
static bool is_source(const char *name)
{
    size_t n = strlen(name);
    return n >= 3 && strcmp(name + n - 2, ".c") == 0;
}

static const char *verdict_of(json_t *doc)
{
    const char *v = json_string_value(json_object_get(doc, "verdict"));
    return v ? v : "(no verdict)";
}

static int validate_dir(const char *dir, const char *validator)
{
    DIR *d = opendir(dir);
    int count = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".in") != 0)
            continue;
        char *cmd;
        if (asprintf(&cmd, "'%s' < '%s/%s' > /dev/null 2>&1", validator, dir, e->d_name) < 0)
            continue;
        int status = system(cmd);
        free(cmd);
        int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        result(code == 42, "validator accepts %s/%s (exit %d)", dir, e->d_name, code);
        count++;
    }
    if (d)
        closedir(d);
    return count;
}

/* Whether the file at path ends in a newline that ends a line holding something. */
static bool ends_a_full_line(const char *path)
{
    FILE *f = fopen(path, "rb");
    char tail[2] = "";
    bool full = f && fseek(f, -2, SEEK_END) == 0 && fread(tail, 1, 2, f) == 2 && tail[1] == '\n' &&
                tail[0] != '\n';
    if (f)
        fclose(f);
    return full;
}

/* A learner's hand-made input often lacks its final newline: the validator takes
 * every sample without it too (the file's end ends a last line that holds
 * something), as every harness reads it. */
static void check_missing_final_newline(const char *validator)
{
    char dir[8192];
    snprintf(dir, sizeof dir, "%s/problems/%s/data/sample", root, slug);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        char *path, *cmd;
        if (n < 4 || strcmp(e->d_name + n - 3, ".in") != 0 ||
            asprintf(&path, "%s/%s", dir, e->d_name) < 0)
            continue;
        if (ends_a_full_line(path) &&
            asprintf(&cmd, "head -c -1 '%s' | '%s' > /dev/null 2>&1", path, validator) >= 0) {
            int status = system(cmd);
            free(cmd);
            int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            result(code == 42, "validator accepts %s without its final newline (exit %d)", path,
                   code);
        }
        free(path);
    }
    if (d)
        closedir(d);
}

static void check_validator(void)
{
    char validator[8192], dir[8192];
    snprintf(validator, sizeof validator, "%s/problems/%s/validator", build, slug);
    int total = 0;
    const char *groups[] = {"sample", "secret"};
    for (int g = 0; g < 2; g++) {
        snprintf(dir, sizeof dir, "%s/problems/%s/data/%s", root, slug, groups[g]);
        total += validate_dir(dir, validator);
    }
    snprintf(dir, sizeof dir, "%s/problems/%s/data/secret", build, slug);
    total += validate_dir(dir, validator);
    result(total > 0, "%d test inputs validated", total);
    check_missing_final_newline(validator);
}

/* What the checks need of the package's problem.json, read once. */
struct limits {
    long time_ms;
    long memory_mb;
    char naive[256]; /* scaling.naive, "" when the package names none */
};

static const struct limits *limits(void)
{
    static struct limits cached = {-1, -1, ""};
    if (cached.time_ms >= 0)
        return &cached;
    char path[8192];
    snprintf(path, sizeof path, "%s/problems/%s/problem.json", root, slug);
    json_error_t err;
    json_t *p = json_load_file(path, 0, &err);
    json_t *l = json_object_get(p, "limits");
    cached.time_ms = (long)json_integer_value(json_object_get(l, "time_ms"));
    cached.memory_mb = (long)json_integer_value(json_object_get(l, "memory_mb"));
    const char *naive = json_string_value(json_object_get(json_object_get(p, "scaling"), "naive"));
    snprintf(cached.naive, sizeof cached.naive, "%s", naive ? naive : "");
    json_decref(p);
    return &cached;
}

static void check_reference(void)
{
    char file[8192];
    snprintf(file, sizeof file, "%s/solutions/%s/reference.c", root, slug);
    json_t *doc = judge_json(file, 2, "--no-compare");
    result(doc && strcmp(verdict_of(doc), "AC") == 0, "reference is accepted (got %s)",
           verdict_of(doc));
    long worst = 0, limit = limits()->time_ms;
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(doc, "tests"), i, t)
    {
        long cpu = (long)json_integer_value(json_object_get(t, "cpu_ms"));
        if (cpu > worst)
            worst = cpu;
    }
    result(limit > 0 && worst * 2 <= limit,
           "reference takes a small fraction of the limit: worst test %ld ms of %ld ms", worst,
           limit);
    json_decref(doc);
}

static void check_brute(void)
{
    char file[8192];
    snprintf(file, sizeof file, "%s/solutions/%s/brute.c", root, slug);
    json_t *doc = judge_json(file, 2, "--all --no-compare");
    size_t i, agreed = 0, slow = 0, wrong = 0;
    json_t *t;
    json_array_foreach(json_object_get(doc, "tests"), i, t)
    {
        const char *v = json_string_value(json_object_get(t, "verdict"));
        const char *group = json_string_value(json_object_get(t, "group"));
        if (v && strcmp(v, "AC") == 0)
            agreed++;
        else if (v && (strcmp(v, "TLE") == 0 || strcmp(v, "MLE") == 0) && group &&
                 strcmp(group, "sample") != 0)
            slow++;
        else
            wrong++;
    }
    result(doc && wrong == 0 && agreed > 0,
           "brute agrees with the reference on %zu tests (%zu too slow, %zu disagreements)", agreed,
           slow, wrong);
    json_decref(doc);
}

/* hints.md holds three hints, as `judge hint` shows them (the history is off here,
 * so --all shows every one). */
static void check_hints(void)
{
    char *cmd;
    int status;
    if (asprintf(&cmd, "KIT_HISTORY=off '%s' hint %s --all --json", judge, slug) < 0)
        cmd = NULL;
    json_t *doc = json_of(cmd, &status);
    json_t *list = json_object_get(doc, "hints");
    size_t i, filled = 0, widest = 0;
    json_t *h;
    json_array_foreach(list, i, h)
    {
        const char *text = json_string_value(json_object_get(h, "text"));
        filled += text && strlen(text) >= 20;
        for (const char *line = text; line && *line;) {
            size_t n = strcspn(line, "\n");
            widest = n > widest ? n : widest;
            line += n + (line[n] == '\n');
        }
    }
    result(status == 0 && json_integer_value(json_object_get(doc, "total")) == 3 && filled == 3,
           "hints.md holds three hints (judge hint: %lld hints, %zu of them written)",
           (long long)json_integer_value(json_object_get(doc, "total")), filled);
    /* they are shown as they are written, in a terminal of 80 columns */
    result(widest <= 80, "hints.md fits 80 columns (its widest line: %zu)", widest);
    json_decref(doc);
}

static void check_stub(void)
{
    char file[8192];
    snprintf(file, sizeof file, "%s/problems/%s/stub.c", root, slug);
    json_t *doc = judge_json(file, 1, "--no-compare");
    const char *v = verdict_of(doc);
    result(doc && strcmp(v, "AC") && strcmp(v, "CE") && strcmp(v, "IE"),
           "stub compiles and is not accepted (got %s)", v);
    json_decref(doc);
}

/* The test that decided a judgement: the first one whose verdict is the overall
 * one (the judge stops at the first failure, so it is usually the last run). */
static json_t *deciding_test(json_t *doc)
{
    const char *v = verdict_of(doc);
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(doc, "tests"), i, t)
    {
        const char *tv = json_string_value(json_object_get(t, "verdict"));
        if (tv && strcmp(tv, v) == 0)
            return t;
    }
    return NULL;
}

/* One line on the deciding test, so that a failure in CI can be read from its log. */
static void explain(json_t *doc)
{
    json_t *t = doc ? deciding_test(doc) : NULL;
    if (!t)
        return;
    printf("     test %s: %s, %lld ms CPU, %lld ms wall, %lld KB: %s\n",
           json_string_value(json_object_get(t, "name")),
           json_string_value(json_object_get(t, "verdict")),
           json_integer_value(json_object_get(t, "cpu_ms")),
           json_integer_value(json_object_get(t, "wall_ms")),
           json_integer_value(json_object_get(t, "memory_kb")),
           json_string_value(json_object_get(t, "message")));
}

/* An MLE attempt's verdict must not depend on how fast the machine hands out
 * memory. A fresh virtual machine maps a page its host has never backed about 7x
 * slower than a reused one (12.5 against 1.7 us a 4 KiB page, measured on the
 * CI's kind of machine), so the rule is on the package's limits rather than on a
 * time measured here: filling the whole memory limit at the slow rate must take
 * at most half the time limit, so the memory watch stops the attempt first. */
enum { SLOW_PAGE_NS = 12500, PAGE_KB = 4 };

static void check_memory_budget(void)
{
    const struct limits *l = limits();
    long fill_ms = l->memory_mb * 1024 / PAGE_KB * SLOW_PAGE_NS / 1000000;
    result(l->time_ms > 0 && fill_ms * 2 <= l->time_ms,
           "the %ld MB memory limit fills in %ld ms at the slowest page rate, at most half "
           "the %ld ms time limit",
           l->memory_mb, fill_ms, l->time_ms);
}

/* What the attempt took here, for the log: not a check, since it is a timing.
 * Returns whether the attempt filled memory page by page, the only kind of MLE
 * whose verdict could depend on the page rate: an allocation the harness saw
 * refused (assess.c's "... of N MB failed: the memory limit is L MB") is MLE at
 * once, however slowly the machine maps pages. */
static bool note_memory_time(const char *name, json_t *doc)
{
    json_t *t = deciding_test(doc);
    if (!t)
        return true;
    const char *message = json_string_value(json_object_get(t, "message"));
    bool refused = message && strstr(message, " failed: the memory limit is ");
    printf("     %s %s after %lld ms CPU\n", name,
           refused ? "had an allocation refused" : "crossed the memory limit",
           json_integer_value(json_object_get(t, "cpu_ms")));
    return !refused;
}

static void check_attempts(const char *folder, const char *expected)
{
    char dir[8192];
    snprintf(dir, sizeof dir, "%s/solutions/%s/%s", root, slug, folder);
    DIR *d = opendir(dir);
    struct dirent *e;
    int page_filled = 0;
    while (d && (e = readdir(d))) {
        if (!is_source(e->d_name))
            continue;
        char file[8300];
        snprintf(file, sizeof file, "%s/%s", dir, e->d_name);
        json_t *doc = judge_json(file, 1, "--no-compare");
        bool ok = doc && strcmp(verdict_of(doc), expected) == 0;
        result(ok, "%s/%s gets %s (got %s)", folder, e->d_name, expected, verdict_of(doc));
        if (!ok)
            explain(doc);
        else if (strcmp(expected, "MLE") == 0)
            page_filled += note_memory_time(e->d_name, doc);
        json_decref(doc);
    }
    if (page_filled > 0)
        check_memory_budget();
    if (d)
        closedir(d);
}

static bool make_scratch_root(void)
{
    snprintf(scratch, sizeof scratch, "/tmp/package-check-XXXXXX");
    if (!mkdtemp(scratch))
        return false;
    char *cmd;
    if (asprintf(&cmd, "ln -s '%s/problems' '%s/solutions' '%s/'", root, root, scratch) < 0)
        return false;
    int status = system(cmd);
    free(cmd);
    return status == 0;
}

static void remove_scratch_root(void)
{
    char *cmd;
    if (scratch[0] && asprintf(&cmd, "rm -rf '%s'", scratch) >= 0) {
        if (system(cmd) != 0)
            fprintf(stderr, "package_check: cannot remove '%s'\n", scratch);
        free(cmd);
    }
}

/* `judge stress` with a fixed seed and count, in the scratch root: its exit status. */
static int stress_status(const char *file, int iterations)
{
    char *cmd;
    if (asprintf(&cmd,
                 "'%s' stress %s '%s' --root '%s' --iterations %d --seed 1 --jobs 2 "
                 "> /dev/null 2>&1",
                 judge, slug, file, scratch, iterations) < 0)
        return -1;
    int status = system(cmd);
    free(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The generator's every mode and the validator work together under stress (the
 * reference passes), and random small inputs catch at least one known wrong
 * answer: a generator whose inputs never break anything is no use to a learner. */
static void check_stress(void)
{
    char file[8500], dir[8192];
    snprintf(file, sizeof file, "%s/solutions/%s/reference.c", root, slug);
    int rc = stress_status(file, 40);
    result(rc == 0, "judge stress passes the reference on 40 inputs (exit %d)", rc);
    snprintf(dir, sizeof dir, "%s/solutions/%s/wrong_answer", root, slug);
    DIR *d = opendir(dir);
    struct dirent *e;
    int tried = 0;
    char missed[1024] = "";
    char caught[256] = "";
    /* one caught is the proof; the rest would only cost time, twice per check */
    while (d && !caught[0] && (e = readdir(d))) {
        if (!is_source(e->d_name))
            continue;
        snprintf(file, sizeof file, "%s/%s", dir, e->d_name);
        tried++;
        if (stress_status(file, 300) == 1)
            snprintf(caught, sizeof caught, "%s", e->d_name);
        else
            snprintf(missed + strlen(missed), sizeof missed - strlen(missed), " %s", e->d_name);
    }
    if (d)
        closedir(d);
    if (tried)
        result(caught[0] != '\0', "judge stress catches a wrong answer in 300 inputs: %s%s%s",
               caught[0] ? caught : "none", missed[0] ? "; not:" : "", missed);
}

/* A package that names its naive attempt ("scaling": {"naive": FILE}, relative to
 * solutions/<slug>/) proves that `judge scale` tells its growth from the
 * reference's: a fitted exponent at least 0.5 higher. The exponents are a ratio of
 * times on one machine, measured as minimums of three runs, and the gap between
 * the two growths they tell apart is about 1 or more; but on a machine busy with
 * other tests a small reference's times scatter, so a gap under 0.5 is measured
 * once more (a second sample, not a looser bar) before it counts as a failure. */
static void check_scaling(void)
{
    const char *naive = limits()->naive;
    if (!naive[0])
        return;
    char *cmd;
    if (asprintf(&cmd, "'%s' scale %s '%s/solutions/%s/%s' --root '%s' --json --jobs 2", judge,
                 slug, root, slug, naive, scratch) < 0)
        return;
    char seen[160] = "";
    for (int sample = 1; sample <= 2; sample++) {
        json_t *doc = json_of(strdup(cmd), NULL); /* json_of frees its command */
        json_t *yours = json_object_get(json_object_get(doc, "yours"), "exponent");
        json_t *ref = json_object_get(json_object_get(doc, "reference"), "exponent");
        double y = json_number_value(yours), r = json_number_value(ref);
        bool told = json_is_number(yours) && json_is_number(ref) && y - r >= 0.5;
        if (told || sample == 2)
            result(told, "judge scale tells %s (n^%.2f) from the reference (n^%.2f)%s: %s", naive,
                   y, r, seen, json_string_value(json_object_get(doc, "summary")));
        else
            snprintf(seen, sizeof seen, " (a first sample: n^%.2f and n^%.2f)", y, r);
        json_decref(doc);
        if (told)
            break;
    }
    free(cmd);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: package_check JUDGE ROOT SLUG\n");
        return 2;
    }
    judge = argv[1];
    root = argv[2];
    slug = argv[3];
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", judge);
    snprintf(build, sizeof build, "%s", dirname(copy));
    if (!make_scratch_root()) {
        fprintf(stderr, "package_check: cannot make a scratch kit root in /tmp\n");
        return 1;
    }
    check_validator();
    check_reference();
    check_brute();
    check_stub();
    check_hints();
    check_attempts("wrong_answer", "WA");
    check_attempts("time_limit_exceeded", "TLE");
    check_attempts("memory_limit_exceeded", "MLE");
    check_attempts("run_time_error", "RE");
    check_attempts("compile_error", "CE");
    check_stress();
    check_scaling();
    remove_scratch_root();
    printf("%s: %d passed, %d failed\n", slug, passed, failed);
    return failed ? 1 : 0;
}
