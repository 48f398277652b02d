/* Check suite of the tool runner: a package's validator, generator or checker is
 * read by the Kattis codes with its first stderr line, gets its input and
 * output through descriptors the judge opened, is stopped at its CPU and wall
 * budgets with everything it started, and holds no capability; a looping
 * validator is a package error, not a hang. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "tool.h"
#include "validate.h"

#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-tool-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void) { fs_remove_tree(dir); }

static char *path_in_dir(const char *name, const char *content)
{
    char *path = fs_join(dir, name);
    if (content) {
        FILE *f = fopen(path, "w");
        ck_assert_ptr_nonnull(f);
        fputs(content, f);
        fclose(f);
    }
    return path;
}

/* Runs fixture `name` with stdin from a file holding `in` (NULL: /dev/null)
 * and stdout into dir/out.txt. */
static int run_fixture(const char *name, const char *in, long cpu_ms, long wall_ms, tool_result *r)
{
    char prog[512];
    snprintf(prog, sizeof prog, "%s/%s", KIT_FIXTURE_DIR, name);
    char *argv[] = {prog, NULL};
    char *in_path = in ? path_in_dir("in.txt", in) : NULL;
    char *out_path = path_in_dir("out.txt", NULL);
    tool_spec spec = {.argv = argv,
                      .in_fd = -1,
                      .in_path = in_path,
                      .out_path = out_path,
                      .cpu_ms = cpu_ms,
                      .wall_ms = wall_ms};
    int rc = tool_run(&spec, r);
    free(in_path);
    free(out_path);
    return rc;
}

static void read_out(buf *b)
{
    char *path = fs_join(dir, "out.txt");
    ck_assert_int_eq(fs_read_file(path, 1 << 16, ERR_INTERNAL, b), 0);
    free(path);
}

START_TEST(kattis_codes_and_the_first_stderr_line)
{
    tool_result r;
    ck_assert_int_eq(run_fixture("kattis", "ok\n", 0, 0, &r), 0);
    ck_assert_int_eq(tool_kattis(&r), TOOL_ACCEPT);
    ck_assert_str_eq(r.why, "");
    ck_assert_int_eq(run_fixture("kattis", "bad\n", 0, 0, &r), 0);
    ck_assert_int_eq(tool_kattis(&r), TOOL_REJECT);
    ck_assert_str_eq(r.why, "the input is not ok");
    ck_assert_int_eq(run_fixture("exit3", NULL, 0, 0, &r), 0);
    ck_assert_int_eq(tool_kattis(&r), TOOL_FAULT);
    char how[96];
    ck_assert_str_eq(tool_failure(&r, how, sizeof how), "exit status 3");
    ck_assert_int_eq(run_fixture("segv", NULL, 0, 0, &r), 0);
    ck_assert_int_eq(tool_kattis(&r), TOOL_FAULT);
    ck_assert_str_eq(tool_failure(&r, how, sizeof how), "killed by signal 11 (SIGSEGV)");
}
END_TEST

START_TEST(stdout_goes_to_the_named_file)
{
    tool_result r;
    ck_assert_int_eq(run_fixture("hello", NULL, 0, 0, &r), 0);
    ck_assert_int_eq(r.code, 0);
    buf b = BUF_INIT;
    read_out(&b);
    ck_assert_str_eq(b.data, "hello\n");
    buf_release(&b);
}
END_TEST

START_TEST(a_missing_input_is_an_input_error)
{
    char prog[512];
    snprintf(prog, sizeof prog, "%s/hello", KIT_FIXTURE_DIR);
    char *argv[] = {prog, NULL};
    tool_spec spec = {.argv = argv, .in_fd = -1, .in_path = "/nonexistent/in.txt"};
    tool_result r;
    ck_assert_int_eq(tool_run(&spec, &r), ERR_INPUT);
}
END_TEST

START_TEST(a_spinning_tool_is_stopped_at_its_cpu_budget)
{
    tool_result r;
    /* a wall budget the CPU budget always reaches first, however loaded the machine */
    ck_assert_int_eq(run_fixture("spin", NULL, 500, 600000, &r), 0);
    ck_assert(r.out_of_cpu);
    ck_assert(!r.out_of_wall);
    ck_assert_int_eq(tool_kattis(&r), TOOL_FAULT);
    char how[96];
    ck_assert_str_eq(tool_failure(&r, how, sizeof how), "out of its 1 s CPU budget");
}
END_TEST

START_TEST(a_sleeping_tool_is_stopped_at_its_wall_budget)
{
    tool_result r;
    ck_assert_int_eq(run_fixture("sleep", NULL, 0, 300, &r), 0);
    ck_assert(r.out_of_wall);
    ck_assert(!r.out_of_cpu);
    ck_assert_int_eq(r.signal, SIGKILL);
    char how[96];
    ck_assert_str_eq(tool_failure(&r, how, sizeof how), "still running after 0.3 s");
}
END_TEST

/* Whether pid is gone (or a zombie nobody has reaped yet). */
static int is_gone(pid_t pid)
{
    char path[64], stat[256];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    size_t n = fread(stat, 1, sizeof stat - 1, f);
    fclose(f);
    stat[n] = '\0';
    const char *paren = strrchr(stat, ')');
    return paren && paren[1] == ' ' && paren[2] == 'Z';
}

START_TEST(what_a_tool_started_ends_with_it)
{
    tool_result r;
    ck_assert_int_eq(run_fixture("straggler", NULL, 0, 0, &r), 0);
    ck_assert_int_eq(r.code, 0);
    buf b = BUF_INIT;
    read_out(&b);
    pid_t child = (pid_t)atoi(b.data);
    buf_release(&b);
    ck_assert_int_gt(child, 1);
    /* SIGKILL is delivered at once, but the reaping is its new parent's */
    int gone = 0;
    for (int i = 0; i < 200 && !(gone = is_gone(child)); i++)
        usleep(10000);
    ck_assert_msg(gone, "the tool's child %d outlived it", (int)child);
}
END_TEST

START_TEST(a_tool_holds_no_capability)
{
    tool_result r;
    ck_assert_int_eq(run_fixture("caps", NULL, 0, 0, &r), 0);
    ck_assert_int_eq(r.code, 0);
    buf b = BUF_INIT;
    read_out(&b);
    ck_assert_ptr_nonnull(strstr(b.data, "CapEff:\t0000000000000000"));
    if (geteuid() == 0)
        ck_assert_ptr_nonnull(strstr(b.data, "NoNewPrivs:\t1"));
    buf_release(&b);
}
END_TEST

/* A checker's files come as descriptors: it reads its input and writes its
 * feedback whatever the directories above them let its uid do. */
START_TEST(files_are_given_through_descriptors)
{
    char prog[512];
    snprintf(prog, sizeof prog, "%s/feedback", KIT_FIXTURE_DIR);
    char *argv[] = {prog, NULL};
    char *in = path_in_dir("test.in", "the input\n");
    char *ans = path_in_dir("test.ans", "42\n");
    char *feedback = path_in_dir("feedback", NULL);
    char *out = path_in_dir("out.txt", NULL);
    ck_assert_int_eq(fs_mkdir_p(feedback), 0);
    tool_spec spec = {
        .argv = argv, .in_fd = -1, .out_path = out, .files = {in, ans, feedback}, .nfiles = 3};
    tool_result r;
    ck_assert_int_eq(tool_run(&spec, &r), 0);
    ck_assert_int_eq(tool_kattis(&r), TOOL_ACCEPT);
    buf b = BUF_INIT;
    read_out(&b);
    char expected[256];
    snprintf(expected, sizeof expected,
             "the input\nuid %d\n/proc/self/fd/3 /proc/self/fd/4 "
             "/proc/self/fd/5\n",
             geteuid() == 0 ? TOOL_UID : (int)geteuid());
    ck_assert_str_eq(b.data, expected);
    buf_release(&b);
    char *msg = fs_join(feedback, "judgemessage.txt");
    ck_assert_int_eq(fs_read_file(msg, 100, ERR_INTERNAL, &b), 0);
    ck_assert_str_eq(b.data, "seen\n");
    buf_release(&b);
    free(msg);
    free(in);
    free(ans);
    free(feedback);
    free(out);
}
END_TEST

/* A descriptor the judge inherited without close-on-exec (a test runner's pipe,
 * a terminal) does not reach a tool; its own files do. */
START_TEST(a_tool_inherits_no_other_descriptor)
{
    int stray = dup2(1, 20);
    ck_assert_int_eq(stray, 20);
    char sh[] = "/bin/sh", c[] = "-c",
         script[] = "for fd in 3 20; do [ -e /proc/self/fd/$fd ] && echo $fd; done; exit 0";
    char *argv[] = {sh, c, script, NULL};
    char *in = path_in_dir("test.in", "x\n");
    char *out = path_in_dir("out.txt", NULL);
    tool_spec spec = {.argv = argv, .in_fd = -1, .out_path = out, .files = {in}, .nfiles = 1};
    tool_result r;
    ck_assert_int_eq(tool_run(&spec, &r), 0);
    close(stray);
    ck_assert_int_eq(r.code, 0);
    buf b = BUF_INIT;
    read_out(&b);
    ck_assert_str_eq(b.data, "3\n");
    buf_release(&b);
    free(in);
    free(out);
}
END_TEST

/* A root judge's tool runs as TOOL_UID; given a file other users cannot read, it
 * stays uid 0, still with no capability. */
START_TEST(a_root_judges_tool_drops_its_uid)
{
    if (geteuid() != 0)
        return; /* only a root judge changes uid; the capability test covers the rest */
    tool_result r;
    ck_assert_int_eq(run_fixture("whoami", NULL, 0, 0, &r), 0);
    buf b = BUF_INIT;
    read_out(&b);
    char expected[128];
    snprintf(expected, sizeof expected, "%d %d %d %d %d %d 0\n", TOOL_UID, TOOL_UID, TOOL_UID,
             TOOL_UID, TOOL_UID, TOOL_UID);
    ck_assert_str_eq(b.data, expected);
    buf_release(&b);

    char prog[512];
    snprintf(prog, sizeof prog, "%s/caps", KIT_FIXTURE_DIR);
    char *argv[] = {prog, NULL};
    char *secret = path_in_dir("secret.txt", "x\n");
    ck_assert_int_eq(chmod(secret, 0600), 0);
    char *out = path_in_dir("out.txt", NULL);
    tool_spec spec = {.argv = argv, .in_fd = -1, .out_path = out, .files = {secret}, .nfiles = 1};
    tool t;
    ck_assert_int_eq(tool_start(&spec, &t), 0);
    ck_assert_int_eq((int)t.uid, 0);
    ck_assert_int_eq(tool_wait(&t, &r), 0);
    read_out(&b);
    ck_assert_ptr_nonnull(strstr(b.data, "CapEff:\t0000000000000000"));
    buf_release(&b);
    free(secret);
    free(out);
}
END_TEST

/* Every command checks a learner's input through validate_input(): judge run,
 * custom tests, scale's inputs, a bad-input claim. */
START_TEST(a_looping_validator_is_a_package_error)
{
    char prog[512];
    snprintf(prog, sizeof prog, "%s/spin", KIT_FIXTURE_DIR);
    char slug[] = "loop";
    problem p = {.slug = slug, .validator_path = prog, .time_ms = 100};
    char *in = path_in_dir("in.txt", "1\n");
    bool valid = true;
    char why[256] = "";
    ck_assert_int_eq(validate_input(&p, in, &valid, why, sizeof why), ERR_PACKAGE);
    free(in);
}
END_TEST

START_TEST(budgets_follow_the_time_limit)
{
    ck_assert_int_eq(tool_budget_ms(1000), 10000);
    ck_assert_int_eq(tool_budget_ms(50), 1000);
    ck_assert_int_eq(tool_budget_ms(20000), 60000);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("tool");
    TCase *tc = tcase_create("tool");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, kattis_codes_and_the_first_stderr_line);
    tcase_add_test(tc, stdout_goes_to_the_named_file);
    tcase_add_test(tc, a_missing_input_is_an_input_error);
    tcase_add_test(tc, a_spinning_tool_is_stopped_at_its_cpu_budget);
    tcase_add_test(tc, a_sleeping_tool_is_stopped_at_its_wall_budget);
    tcase_add_test(tc, what_a_tool_started_ends_with_it);
    tcase_add_test(tc, a_tool_holds_no_capability);
    tcase_add_test(tc, files_are_given_through_descriptors);
    tcase_add_test(tc, a_tool_inherits_no_other_descriptor);
    tcase_add_test(tc, a_root_judges_tool_drops_its_uid);
    tcase_add_test(tc, a_looping_validator_is_a_package_error);
    tcase_add_test(tc, budgets_follow_the_time_limit);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
