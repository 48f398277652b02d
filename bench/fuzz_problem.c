/* Fuzzes the problem.json loader (problem_load): a package is data a learner may
 * download or edit, so any bytes in problem.json must give either a loaded problem
 * whose every field is in range and agrees with an independent reading of the same
 * JSON, or one clear error line (DESIGN.md: "one clear error line") and a package
 * error; never a crash, a leak, or anything printed when the load succeeds.
 * Each input is written as the problem.json of a small package in a temporary
 * directory (one sample test, a built custom checker) and loaded from there; the
 * loader's stderr is captured in memory for the check, so nothing floods the log.
 * Built with the rest it runs random mutations of the kit's own problem.json files
 * (or replays the files named on argv) and prints its rate; built with clang
 * -fsanitize=fuzzer -DKIT_LIBFUZZER (bench/fuzz.sh) it is a libFuzzer target. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"

#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "fuzz_replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define SLUG "fz"

/* root is kept to half of PATH_MAX so every path made under it fits. */
static char root[PATH_MAX / 2], build[PATH_MAX / 2 + 8], json_path[PATH_MAX];

static void cleanup(void) { fs_remove_tree(root); }

static void make_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f == NULL || fputs(text, f) < 0 || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/fuzz-problem-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
    if (mkdtemp(root) == NULL) {
        perror("fuzz_problem: mkdtemp");
        exit(1);
    }
    atexit(cleanup);
    char path[PATH_MAX];
    snprintf(build, sizeof build, "%s/build", root);
    snprintf(path, sizeof path, "%s/problems/" SLUG "/data/sample", root);
    if (fs_mkdir_p(path) < 0)
        exit(1);
    snprintf(path, sizeof path, "%s/problems/" SLUG "/data/sample/01-x.in", root);
    make_file(path, "1\n");
    snprintf(path, sizeof path, "%s/problems/" SLUG "/data/sample/01-x.ans", root);
    make_file(path, "1\n");
    /* A built custom checker, so "checker": "custom" can load. */
    snprintf(path, sizeof path, "%s/problems/" SLUG, build);
    if (fs_mkdir_p(path) < 0)
        exit(1);
    snprintf(path, sizeof path, "%s/problems/" SLUG "/checker", build);
    make_file(path, "");
    snprintf(json_path, sizeof json_path, "%s/problems/" SLUG "/problem.json", root);
    return 0;
}

/* Shows untrusted bytes with every control or non-ASCII byte as \xNN. */
static void show(const char *label, const void *bytes, size_t n)
{
    const unsigned char *u = bytes;
    fprintf(stderr, "  %s (%zu bytes): ", label, n);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, u[i] >= 0x20 && u[i] < 0x7F ? "%c" : "\\x%02x", u[i]);
    fputc('\n', stderr);
}

static void fail(const char *what, const char *printed, size_t printed_len, const uint8_t *data,
                 size_t size)
{
    fprintf(stderr, "fuzz_problem: %s\n", what);
    show("printed", printed ? printed : "", printed ? printed_len : 0);
    show("problem.json", data, size);
    abort();
}

/* "judge: ...\n" with no other line break and no control character (C0, DEL, or
 * C1 in UTF-8) that could drive a terminal. */
static bool one_clean_line(const char *s, size_t n)
{
    if (n < 8 || strncmp(s, "judge: ", 7) != 0 || s[n - 1] != '\n')
        return false;
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F ||
            (c == 0xC2 && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F))
            return false;
    }
    return true;
}

static bool str_is(const char *value, json_t *root_obj, const char *key)
{
    json_t *v = json_object_get(root_obj, key);
    return value != NULL && json_is_string(v) && strcmp(value, json_string_value(v)) == 0;
}

/* A loaded problem agrees with jansson's own reading of the same bytes. */
static void check_loaded(const problem *p, const uint8_t *data, size_t size)
{
    json_t *j = json_loadb((const char *)data, size, 0, NULL);
    if (!json_is_object(j))
        fail("loaded a problem.json that is not a JSON object", NULL, 0, data, size);
    json_t *limits = json_object_get(j, "limits");
    const char *d = p->difficulty;
    const char *checker = json_string_value(json_object_get(j, "checker"));
    check_kind kind = CHECK_TOKENS;
    if (checker)
        check_kind_parse(checker, &kind);
    json_t *tags = json_object_get(j, "tags");
    bool ok = str_is(p->title, j, "title") && str_is(p->difficulty, j, "difficulty") &&
              (!strcmp(d, "easy") || !strcmp(d, "medium") || !strcmp(d, "hard")) &&
              str_is(problem_kind_name(p->kind), j, "kind") &&
              (p->kind == PROBLEM_FUNCTION ? str_is(p->header, j, "header") : p->header == NULL) &&
              p->time_ms >= 1 && p->time_ms <= 60000 && p->memory_mb >= 1 && p->memory_mb <= 4096 &&
              p->output_kb >= 1 && p->output_kb <= (1 << 20) &&
              p->time_ms == json_integer_value(json_object_get(limits, "time_ms")) &&
              p->memory_mb == json_integer_value(json_object_get(limits, "memory_mb")) &&
              p->output_kb == json_integer_value(json_object_get(limits, "output_kb")) &&
              p->checker.kind == kind && (p->checker_path != NULL) == (kind == CHECK_CUSTOM) &&
              p->ntags == json_array_size(tags) && p->ntests == 1 &&
              strcmp(p->tests[0].name, "01-x") == 0 && p->tests[0].group == TEST_SAMPLE &&
              p->validator_path != NULL;
    for (size_t i = 0; ok && i < p->ntags; i++)
        ok = p->tags[i] != NULL &&
             strcmp(p->tags[i], json_string_value(json_array_get(tags, i))) == 0;
    json_decref(j);
    if (!ok)
        fail("the loaded problem does not match its problem.json", NULL, 0, data, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = open(json_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size) {
        perror("fuzz_problem: writing problem.json");
        abort();
    }
    close(fd);

    /* The loader reports on stderr: catch it (sanitizer and libFuzzer reports do
     * not go through this FILE, so they still reach the terminal). */
    char *printed = NULL;
    size_t printed_len = 0;
    FILE *saved = stderr, *capture = open_memstream(&printed, &printed_len);
    if (capture == NULL)
        abort();
    stderr = capture;
    problem p;
    int rc = problem_load(root, build, SLUG, &p);
    stderr = saved;
    fclose(capture);

    if (rc == 0) {
        if (printed_len != 0)
            fail("printed something for a package that loaded", printed, printed_len, data, size);
        check_loaded(&p, data, size);
    } else {
        if (rc != ERR_PACKAGE && rc != ERR_NOMEM)
            fail("a broken problem.json is not a package error", printed, printed_len, data, size);
        if (!one_clean_line(printed, printed_len))
            fail("a broken problem.json is not one clean error line", printed, printed_len, data,
                 size);
    }
    problem_release(&p);
    free(printed);
    return 0;
}

#ifndef KIT_LIBFUZZER
#define CASES 20000
#define MAX_LEN 2048

static const char *const seeds[] = {
    "{\"title\": \"T\", \"difficulty\": \"easy\", \"tags\": [\"a\", \"b\"], \"kind\": "
    "\"function\", \"header\": \"x.h\", \"stub\": \"stub.c\", \"limits\": {\"time_ms\": 1000, "
    "\"memory_mb\": 64, \"output_kb\": 64}, \"checker\": \"float\", \"float_abs\": 1e-6, "
    "\"float_rel\": 0.001, \"complexity\": \"O(n)\"}",
    "{\"title\": \"T\", \"difficulty\": \"hard\", \"kind\": \"program\", \"limits\": "
    "{\"time_ms\": 60000, \"memory_mb\": 4096, \"output_kb\": 1048576}, \"checker\": \"custom\"}",
};

static const char *const pieces[] = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\u0000",
    "\\n",
    "null",
    "true",
    "-1",
    "0",
    "1e400",
    "1.5",
    "60001",
    "\"\"",
    "\"x\"",
    "{}",
    "[]",
    "\"kind\"",
    "\"limits\"",
    "\"tags\"",
    "\"checker\"",
    "\x1b[2J",
    "\xff",
    "\"custom\"",
    "\"exact\"",
    "9223372036854775808",
};

static size_t random_case(char *text, size_t cap, unsigned *seed)
{
    const char *s = seeds[(size_t)rand_r(seed) % (sizeof seeds / sizeof *seeds)];
    size_t len = strlen(s);
    memcpy(text, s, len);
    return fuzz_mutate((uint8_t *)text, len, cap, pieces, sizeof pieces / sizeof *pieces, 15, seed);
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc > 1)
        return fuzz_replay("fuzz_problem", argc, argv);
    unsigned seed = (unsigned)time(NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int loaded = 0;
    for (int i = 0; i < CASES; i++) {
        char text[MAX_LEN];
        size_t n = random_case(text, sizeof text, &seed);
        problem p;
        LLVMFuzzerTestOneInput((const uint8_t *)text, n);
        /* Count the loads that worked, quietly, for the figure. */
        FILE *saved = stderr, *null = fopen("/dev/null", "w");
        stderr = null ? null : saved;
        loaded += problem_load(root, build, SLUG, &p) == 0;
        problem_release(&p);
        stderr = saved;
        if (null)
            fclose(null);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fuzz_problem: %d mutated problem.json files in %.2f s (%.0f/s, %d loaded), "
           "no violation\n",
           CASES, secs, CASES / secs, loaded);
    return 0;
}
#endif
