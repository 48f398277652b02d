/* Check suite of `judge debug`: the functions read out of a header, the choice
 * of a visible test (a hidden one refused), gdb's command line, and gdb itself
 * in batch mode through the real judge, stopped in the learner's function with
 * the test's input. No skip: a machine without gdb fails, saying so. */
#include "debug.h"

#include "err.h"
#include "fsutil.h"

#include <check.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- the header's functions ---- */

static char **names;
static size_t nnames;

static void scan(const char *text)
{
    debug_strings_free(names);
    ck_assert_int_eq(debug_header_functions(text, strlen(text), &names, &nnames), 0);
    ck_assert_ptr_null(names[nnames]);
}

START_TEST(every_package_header_names_its_functions)
{
    const char *const cases[][5] = {
        {"lcs/lcs.h", "lcs", NULL},
        {"lru-cache/lru_cache.h", "lru_create", "lru_get", "lru_put", "lru_free"},
        {"malloc-free/mm.h", "mm_init", "mm_malloc", "mm_free", NULL},
        {"dijkstra/dijkstra.h", "dijkstra", NULL},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        char path[512];
        snprintf(path, sizeof path, "%s/problems/%s", KIT_SOURCE_DIR, cases[c][0]);
        buf text = BUF_INIT;
        ck_assert_int_eq(fs_read_file(path, 1 << 20, -1, &text), 0);
        scan(text.data);
        size_t want = 0;
        while (want < 4 && cases[c][want + 1])
            want++;
        ck_assert_msg(nnames == want, "%s: %zu names, first '%s'", cases[c][0], nnames,
                      nnames ? names[0] : "");
        for (size_t i = 0; i < want; i++)
            ck_assert_str_eq(names[i], cases[c][i + 1]);
        buf_release(&text);
    }
}
END_TEST

START_TEST(comments_macros_typedefs_and_struct_bodies_name_no_function)
{
    scan("/* solve(int) in a comment */\n"
         "#define MAX(a, b) ((a) > (b) ? (a) : (b))\n"
         "#define LONG(x) \\\n    other(x)\n"
         "typedef int (*cmp_fn)(const void *, const void *);\n"
         "typedef struct node { int (*visit)(struct node *); } node;\n"
         "struct pair { size_t from, to; };\n"
         "// tail(void) too\n"
         "const char *label = \"fake(1)\";\n"
         "void sort(int *a, size_t n, int (*cmp)(const void *, const void *));\n"
         "int __attribute__((pure)) count(const node *n);\n"
         "void (*handler(int sig))(int);\n"
         "int _reserved(void);\n"
         "void sort(int *a, size_t n, int (*cmp)(const void *, const void *));\n");
    /* handler (a function returning a function pointer) is beyond the scan, but
       it names nothing wrong either: no "void", no "sig" */
    ck_assert_uint_eq(nnames, 2);
    ck_assert_str_eq(names[0], "sort");
    ck_assert_str_eq(names[1], "count");
    scan("");
    ck_assert_uint_eq(nnames, 0);
}
END_TEST

/* ---- the test ---- */

static char n1[] = "01-example", n2[] = "02-empty", n3[] = "01-both-empty", n4[] = "mine",
            slug[] = "demo";
static test_case tests[] = {{.name = n1, .group = TEST_SAMPLE},
                            {.name = n2, .group = TEST_SAMPLE},
                            {.name = n4, .group = TEST_CUSTOM},
                            {.name = n3, .group = TEST_SECRET}};
static problem prob = {.slug = slug, .tests = tests, .ntests = 4};

START_TEST(a_visible_test_is_picked_by_name_group_or_prefix)
{
    const test_case *t;
    ck_assert_int_eq(debug_pick_test(&prob, NULL, &t), 0);
    ck_assert_ptr_eq(t, &tests[0]); /* no name: the first sample */
    ck_assert_int_eq(debug_pick_test(&prob, "02-empty", &t), 0);
    ck_assert_ptr_eq(t, &tests[1]);
    ck_assert_int_eq(debug_pick_test(&prob, "custom/mine", &t), 0);
    ck_assert_ptr_eq(t, &tests[2]);
    /* "01" starts a sample's name and a hidden one's: the sample */
    ck_assert_int_eq(debug_pick_test(&prob, "01", &t), 0);
    ck_assert_ptr_eq(t, &tests[0]);
    ck_assert_int_eq(debug_pick_test(&prob, "0", &t), ERR_USAGE); /* two samples */
    ck_assert_int_eq(debug_pick_test(&prob, "nope", &t), ERR_USAGE);
    ck_assert_int_eq(debug_pick_test(&prob, "custom/01-example", &t), ERR_USAGE);
}
END_TEST

START_TEST(a_hidden_test_is_refused)
{
    const test_case *t = &tests[0];
    ck_assert_int_eq(debug_pick_test(&prob, "01-both-empty", &t), ERR_USAGE);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(debug_pick_test(&prob, "secret/01-both-empty", &t), ERR_USAGE);
    ck_assert_int_eq(debug_pick_test(&prob, "01-both", &t), ERR_USAGE);
}
END_TEST

/* ---- gdb's command line ---- */

static bool has(char **argv, const char *word)
{
    for (size_t i = 0; argv[i]; i++)
        if (strcmp(argv[i], word) == 0)
            return true;
    return false;
}

START_TEST(gdb_stops_in_each_function_with_the_harness_descriptors)
{
    char lcs[] = "lcs", helper[] = "lcs_helper", *stops[] = {lcs, helper, NULL};
    debug_spec spec = {.gdb = "/usr/bin/gdb",
                       .binary = "/cache/bin/abc",
                       .input = "/kit/data/it's.in",
                       .answer = "/tmp/d/answer",
                       .breakpoints = stops};
    char **argv;
    ck_assert_int_eq(debug_gdb_argv(&spec, &argv), 0);
    ck_assert_str_eq(argv[0], "/usr/bin/gdb");
    ck_assert(has(argv, "with confirm off -- unset environment"));
    ck_assert(has(argv, "break lcs"));
    ck_assert(has(argv, "break lcs_helper"));
    /* the input quoted for the shell gdb starts the program with */
    ck_assert(has(argv, "run < '/kit/data/it'\\''s.in' 3> '/tmp/d/answer' 4> /dev/null"));
    ck_assert(!has(argv, "-batch"));
    size_t n = 0;
    while (argv[n])
        n++;
    ck_assert_str_eq(argv[n - 1], "/cache/bin/abc");
    debug_strings_free(argv);
    spec.batch = true;
    spec.answer = NULL; /* a program: its answer is its stdout */
    ck_assert_int_eq(debug_gdb_argv(&spec, &argv), 0);
    ck_assert(has(argv, "-batch"));
    ck_assert(has(argv, "-nx"));
    ck_assert(has(argv, "backtrace"));
    ck_assert(has(argv, "delete")); /* one stop, then to the end */
    ck_assert(has(argv, "run < '/kit/data/it'\\''s.in'"));
    debug_strings_free(argv);
}
END_TEST

/* ---- through the judge, with gdb ---- */

static char root[64];
static buf out, err;
static int status;

static void judge(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Runs the judge in the kit root with the arguments printf makes of fmt. */
static void judge(const char *fmt, ...)
{
    char args[1024], cmd[2048], err_path[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    snprintf(err_path, sizeof err_path, "%s/stderr.txt", root);
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s < /dev/null 2> '%s'", root, KIT_JUDGE, args,
             err_path);
    buf_release(&out);
    buf_release(&err);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        buf_append(&out, chunk, n);
    int st = pclose(p);
    status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    fs_read_file(err_path, 1 << 20, -1, &err);
    buf_append(&out, "", 0);
    buf_append(&err, "", 0);
}

static void write_root_file(const char *rel, const char *text)
{
    char *path = fs_join(root, rel);
    ck_assert_int_eq(fs_write_file(path, text, strlen(text), O_TRUNC, 0644), 0);
    free(path);
}

static void root_setup(void)
{
    ck_assert_msg(system("command -v gdb > /dev/null") == 0,
                  "gdb is not installed: `./kit` installs Debian's gdb (the kit script's "
                  "packages)");
    snprintf(root, sizeof root, "/tmp/test-debug-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "ln -s '%s/problems' '%s/solutions' '%s/' && mkdir -p '%s/workspace'",
             KIT_SOURCE_DIR, KIT_SOURCE_DIR, root, root);
    ck_assert_int_eq(system(cmd), 0);
    setenv("KIT_ROOT", root, 1);
    char cache[128];
    snprintf(cache, sizeof cache, "%s/cache", root);
    setenv("KIT_CACHE", cache, 1);
    setenv("KIT_HISTORY", "off", 1);
}

static void root_teardown(void)
{
    fs_remove_tree(root);
    buf_release(&out);
    buf_release(&err);
}

/* The stub answers 0 and an empty subsequence whatever the input. */
START_TEST(gdb_stops_in_the_learners_function_on_the_samples_input)
{
    judge("start lcs");
    ck_assert_int_eq(status, 0);
    judge("debug lcs 01-example --batch");
    ck_assert_msg(status == 0, "status %d, stderr: %s", status, err.data);
    /* the breakpoint in the learner's lcs(), with the sample's strings */
    const char *hit = strstr(out.data, "Breakpoint 1, lcs (a=");
    ck_assert_msg(hit, "no stop in lcs: %s", out.data);
    ck_assert_ptr_nonnull(strstr(hit, "\"abcde\", b="));
    ck_assert_ptr_nonnull(strstr(hit, "\"ace\", out="));
    ck_assert_ptr_nonnull(strstr(hit, "workspace/lcs.c:"));
    ck_assert_ptr_nonnull(strstr(hit, "#1 "));      /* the backtrace: called from main */
    ck_assert_ptr_nonnull(strstr(hit, "in main ")); /* of the harness */
    /* the answer went to fd 3, as under the judge */
    ck_assert_ptr_nonnull(strstr(out.data, "your answer under gdb (fd 3):\n  0\n"));
    ck_assert_ptr_nonnull(strstr(out.data, "judged in the sandbox: WA wrong answer"));
}
END_TEST

START_TEST(the_learners_own_test_is_debugged_too)
{
    judge("start lcs");
    ck_assert_int_eq(system("mkdir -p \"$KIT_ROOT/workspace/lcs.tests\""), 0);
    write_root_file("workspace/lcs.tests/mine.in", "xyzzy\nzyx\n");
    judge("debug lcs mine --batch");
    ck_assert_msg(status == 0, "status %d, stderr: %s", status, err.data);
    const char *hit = strstr(out.data, "Breakpoint 1, lcs (a=");
    ck_assert_msg(hit, "no stop in lcs: %s", out.data);
    ck_assert_ptr_nonnull(strstr(hit, "\"xyzzy\", b="));
    /* no .ans: the reference's answer is the expected one */
    ck_assert_ptr_nonnull(strstr(out.data, "expected (the reference solution's answer):\n    2\n"));
}
END_TEST

/* A program problem: gdb stops in main, and the environment is emptied as the
 * sandbox empties it (the shell that starts the program adds PWD). */
START_TEST(a_program_stops_in_main_with_an_empty_environment)
{
    write_root_file("envp.c", "#include <stdio.h>\nextern char **environ;\nint main(void)\n{\n"
                              "    for (char **e = environ; *e; e++)\n"
                              "        printf(\"env %s\\n\", *e);\n    return 0;\n}\n");
    judge("debug different envp.c --batch");
    ck_assert_msg(status == 0, "status %d, stderr: %s", status, err.data);
    ck_assert_ptr_nonnull(strstr(out.data, "Breakpoint 1, main () at "));
    ck_assert_ptr_nonnull(strstr(out.data, "test sample/1, judged in the sandbox: WA"));
    ck_assert_ptr_null(strstr(out.data, "env PATH="));
    ck_assert_ptr_null(strstr(out.data, "env KIT_ROOT="));
    ck_assert_ptr_null(strstr(out.data, "your answer under gdb")); /* it was stdout */
}
END_TEST

/* Three functions, three breakpoints: batch stops at the first call only, then
 * runs the program to its end. */
START_TEST(batch_stops_once_then_runs_to_the_answer)
{
    judge("start malloc-free");
    judge("debug malloc-free --batch");
    ck_assert_msg(status == 0, "status %d, stderr: %s", status, err.data);
    ck_assert_ptr_nonnull(strstr(out.data, "gdb stops in mm_init, mm_malloc, mm_free;"));
    ck_assert_ptr_nonnull(strstr(out.data, "Breakpoint 1, mm_init (block="));
    ck_assert_ptr_null(strstr(out.data, "Breakpoint 2, "));
    ck_assert_ptr_nonnull(strstr(out.data, "exited normally]"));
    ck_assert_ptr_nonnull(strstr(out.data, "your answer under gdb (fd 3):"));
}
END_TEST

START_TEST(a_hidden_test_is_one_line_and_exit_2)
{
    judge("start lcs");
    judge("debug lcs 50-max-random --batch");
    ck_assert_int_eq(status, 2);
    ck_assert_str_eq(err.data,
                     "judge: '50-max-random' is a hidden test of 'lcs': `judge debug` runs a "
                     "sample or one of your own tests (workspace/lcs.tests/NAME.in), never a "
                     "hidden one\n");
    ck_assert_str_eq(out.data, "");
    judge("debug lcs 01 workspace/lcs.c extra");
    ck_assert_int_eq(status, 2);
    judge("debug lcs --json");
    ck_assert_int_eq(status, 2);
}
END_TEST

START_TEST(a_file_that_does_not_compile_is_its_compile_error)
{
    write_root_file("bad.c", "#include \"lcs.h\"\nsize_t lcs(const char *a, const char *b, char "
                             "*out) { return nope; }\n");
    judge("debug lcs bad.c --batch");
    ck_assert_int_eq(status, 1);
    ck_assert_ptr_nonnull(strstr(out.data, "bad.c:2:"));
    ck_assert_ptr_nonnull(strstr(out.data, "CE  compilation error"));
    ck_assert_ptr_null(strstr(out.data, "Breakpoint"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("debug");
    TCase *pure = tcase_create("parts");
    tcase_add_test(pure, every_package_header_names_its_functions);
    tcase_add_test(pure, comments_macros_typedefs_and_struct_bodies_name_no_function);
    tcase_add_test(pure, a_visible_test_is_picked_by_name_group_or_prefix);
    tcase_add_test(pure, a_hidden_test_is_refused);
    tcase_add_test(pure, gdb_stops_in_each_function_with_the_harness_descriptors);
    suite_add_tcase(s, pure);
    TCase *gdb = tcase_create("gdb");
    tcase_set_timeout(gdb, 120);
    tcase_add_checked_fixture(gdb, root_setup, root_teardown);
    tcase_add_test(gdb, gdb_stops_in_the_learners_function_on_the_samples_input);
    tcase_add_test(gdb, the_learners_own_test_is_debugged_too);
    tcase_add_test(gdb, a_program_stops_in_main_with_an_empty_environment);
    tcase_add_test(gdb, batch_stops_once_then_runs_to_the_answer);
    tcase_add_test(gdb, a_hidden_test_is_one_line_and_exit_2);
    tcase_add_test(gdb, a_file_that_does_not_compile_is_its_compile_error);
    suite_add_tcase(s, gdb);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    debug_strings_free(names);
    return failed ? 1 : 0;
}
