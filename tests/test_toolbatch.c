/* Check suite of batch tool runs: one process runs many jobs, and each job gets
 * and reports what tool_run() would give it alone: its own argv, stdin and
 * fresh globals, its exit status and first stderr line, its CPU and wall
 * budgets; a package generator's batch form writes the same inputs as the
 * generator itself, and a package reference's the same answers as it. */
#include "err.h"
#include "fsutil.h"
#include "tool.h"
#include "toolbatch.h"

#include <check.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];
static char batch_tool[512];

/* The fixture's words, writable as an argv is. */
static char w_count[] = "count", w_echo[] = "echo", w_why[] = "why", w_crash[] = "crash",
            w_big[] = "big", w_spin[] = "spin", w_sleep[] = "sleep", w_7[] = "7",
            w_random[] = "random", w_fds[] = "fds", w_kattis[] = "kattis";

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-toolbatch-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(batch_tool, sizeof batch_tool, "%s/tool-batch", KIT_FIXTURE_DIR);
}

static void teardown(void) { fs_remove_tree(dir); }

/* A job with args, stdin and stdout, no files. */
#define JOB(args_, in_, out_)                                                                      \
    ((toolbatch_job){.args = (args_), .in_path = (in_), .out_path = (out_)})

static char *file_with(const char *name, const char *content)
{
    char *path = fs_join(dir, name);
    ck_assert_int_eq(fs_write_file(path, content, strlen(content), O_TRUNC, 0644), 0);
    return path;
}

static void read_back(const char *path, buf *b)
{
    ck_assert_int_eq(fs_read_file(path, 1 << 20, ERR_INTERNAL, b), 0);
    if (!b->data)
        ck_assert_int_eq(buf_append(b, "", 0), 0);
}

/* The file alone (what the tool wrote run by itself) is not empty and the
 * batch's holds the same bytes. */
static void assert_same_bytes(const char *alone, const char *batched)
{
    buf a = BUF_INIT, b = BUF_INIT;
    read_back(alone, &a);
    read_back(batched, &b);
    ck_assert_uint_gt(a.len, 0);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert_mem_eq(a.data, b.data, a.len);
    buf_release(&a);
    buf_release(&b);
}

START_TEST(each_job_gets_its_own_argv_stdin_and_fresh_globals)
{
    char *count_a[] = {w_count, w_7, w_random, NULL}, *count_b[] = {w_count, NULL};
    char *echo[] = {w_echo, NULL};
    char *in = file_with("in.txt", "3\n1 2 3\n");
    char *out[4];
    for (int k = 0; k < 4; k++) {
        char name[16];
        snprintf(name, sizeof name, "out%d.txt", k);
        out[k] = fs_join(dir, name);
    }
    toolbatch_job jobs[] = {JOB(count_a, NULL, out[0]), JOB(echo, in, out[1]),
                            JOB(count_b, NULL, out[2]), JOB(echo, NULL, out[3])};
    tool_result r[4];
    /* two processes: the counts are each a first call only if every job forks afresh */
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 4, 2, 1000, 1 << 16, r), 0);
    const char *want[] = {"calls 1 args 3: 7 random\n", "3\n1 2 3\n", "calls 1 args 1:\n", ""};
    const int codes[] = {0, 42, 0, 43};
    for (int k = 0; k < 4; k++) {
        buf b = BUF_INIT;
        read_back(out[k], &b);
        ck_assert_str_eq(b.data, want[k]);
        ck_assert_int_eq(r[k].code, codes[k]);
        ck_assert_int_eq(r[k].signal, 0);
        buf_release(&b);
        free(out[k]);
    }
    ck_assert_int_eq(tool_kattis(&r[1]), TOOL_ACCEPT);
    ck_assert_int_eq(tool_kattis(&r[3]), TOOL_REJECT);
    free(in);
    /* the request and reply files are gone: only the inputs and outputs remain */
    char **names;
    size_t n;
    ck_assert_int_eq(fs_list(dir, "", &names, &n), 0);
    ck_assert_uint_eq(n, 5);
    fs_names_free(names, n);
}
END_TEST

/* One process runs the three jobs: what a job leaves in its files (an input, an
 * output) is gone by the next, and no job holds a descriptor beyond 0-2 (a
 * function problem's harness, finding no fd 3, writes its answer on stdout). */
START_TEST(a_job_starts_with_empty_files_and_only_descriptors_0_to_2)
{
    char *echo[] = {w_echo, NULL}, *fds[] = {w_fds, NULL};
    char *in = file_with("in.txt", "a long first input\n");
    char *out[3];
    for (int k = 0; k < 3; k++) {
        char name[16];
        snprintf(name, sizeof name, "out%d.txt", k);
        out[k] = fs_join(dir, name);
    }
    toolbatch_job jobs[] = {JOB(echo, in, out[0]), JOB(fds, NULL, out[1]), JOB(echo, NULL, out[2])};
    tool_result r[3];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 3, 1, 1000, 1 << 16, r), 0);
    const char *want[] = {"a long first input\n", "0\n", ""};
    for (int k = 0; k < 3; k++) {
        buf b = BUF_INIT;
        read_back(out[k], &b);
        ck_assert_str_eq(b.data, want[k]);
        buf_release(&b);
        free(out[k]);
    }
    ck_assert_int_eq(r[2].code, 43);
    free(in);
}
END_TEST

/* A checker's files reach it as /proc/self/fd paths after its arguments, then a
 * feedback directory it can write, emptied before the next job; here as a root
 * judge's tool too, which could not open the scratch paths themselves. */
START_TEST(a_job_gets_its_files_and_an_empty_feedback_directory)
{
    char *kattis[] = {w_kattis, NULL};
    char *in = file_with("t.in", "Input\n"), *ans = file_with("t.ans", "42\n");
    char *right = file_with("right.out", "42\n"), *wrong = file_with("wrong.out", "41\n");
    char *out[2] = {fs_join(dir, "o0"), fs_join(dir, "o1")};
    toolbatch_job jobs[2];
    for (int k = 0; k < 2; k++)
        jobs[k] = (toolbatch_job){.args = kattis,
                                  .in_path = k ? wrong : right,
                                  .out_path = out[k],
                                  .files = {in, ans},
                                  .nfiles = 2,
                                  .feedback = true};
    tool_result r[2];
    ck_assert_int_eq(chmod(dir, 0700), 0);
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 2, 1, 1000, 1 << 16, r), 0);
    for (int k = 0; k < 2; k++) {
        buf b = BUF_INIT;
        read_back(out[k], &b);
        ck_assert_str_eq(b.data, "input starts I, feedback empty\n");
        buf_release(&b);
        free(out[k]);
    }
    ck_assert_int_eq(tool_kattis(&r[0]), TOOL_ACCEPT);
    ck_assert_int_eq(tool_kattis(&r[1]), TOOL_REJECT);
    /* the feedback directory is gone with the batch */
    char **names;
    size_t n;
    ck_assert_int_eq(fs_list(dir, "", &names, &n), 0);
    for (size_t i = 0; i < n; i++)
        ck_assert_ptr_null(strstr(names[i], "feedback"));
    ck_assert_uint_eq(n, 6);
    fs_names_free(names, n);
    free(in);
    free(ans);
    free(right);
    free(wrong);
}
END_TEST

START_TEST(a_job_reports_its_first_stderr_line_and_its_signal)
{
    char *why[] = {w_why, NULL}, *crash[] = {w_crash, NULL};
    toolbatch_job jobs[] = {JOB(why, NULL, NULL), JOB(crash, NULL, NULL), JOB(why, NULL, NULL)};
    tool_result r[3];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 3, 1, 1000, 1 << 16, r), 0);
    ck_assert_int_eq(r[0].code, 43);
    ck_assert_str_eq(r[0].why, "line 3: too long");
    char how[96];
    ck_assert_str_eq(tool_failure(&r[1], how, sizeof how), "killed by signal 11 (SIGSEGV)");
    ck_assert_int_eq(tool_kattis(&r[1]), TOOL_FAULT);
    ck_assert_str_eq(r[2].why, "line 3: too long"); /* the crash did not derail the batch */
}
END_TEST

START_TEST(an_output_past_the_cap_is_cut_to_cap_plus_one)
{
    char *big[] = {w_big, NULL};
    char *out = fs_join(dir, "big.txt");
    toolbatch_job jobs[] = {JOB(big, NULL, out), JOB(big, NULL, NULL)};
    tool_result r[2];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 2, 1, 1000, 100, r), 0);
    buf b = BUF_INIT;
    read_back(out, &b);
    ck_assert_uint_eq(b.len, 101);
    ck_assert_int_eq(r[0].code, 0);
    buf_release(&b);
    free(out);
}
END_TEST

START_TEST(a_spinning_job_is_stopped_at_its_cpu_budget_and_the_next_runs)
{
    char *spin[] = {w_spin, NULL}, *count[] = {w_count, NULL};
    char *out = fs_join(dir, "after.txt");
    toolbatch_job jobs[] = {JOB(spin, NULL, NULL), JOB(count, NULL, out)};
    tool_result r[2];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 2, 1, 500, 1 << 16, r), 0);
    ck_assert(r[0].out_of_cpu);
    ck_assert(!r[0].out_of_wall);
    char how[96];
    ck_assert_str_eq(tool_failure(&r[0], how, sizeof how), "out of its 1 s CPU budget");
    ck_assert_int_eq(r[1].code, 0);
    buf b = BUF_INIT;
    read_back(out, &b);
    ck_assert_str_eq(b.data, "calls 1 args 1:\n");
    buf_release(&b);
    free(out);
}
END_TEST

START_TEST(a_sleeping_job_is_stopped_at_its_wall_budget)
{
    char *sleep_[] = {w_sleep, NULL};
    toolbatch_job jobs[] = {JOB(sleep_, NULL, NULL)};
    tool_result r[1];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 1, 1, 500, 1 << 16, r), 0);
    ck_assert(r[0].out_of_wall);
    ck_assert(!r[0].out_of_cpu);
    char how[96];
    ck_assert_str_eq(tool_failure(&r[0], how, sizeof how), "still running after 3 s");
}
END_TEST

START_TEST(a_missing_input_is_an_input_error)
{
    char *echo[] = {w_echo, NULL};
    toolbatch_job jobs[] = {JOB(echo, "/nonexistent/in.txt", NULL)};
    tool_result r[1];
    ck_assert_int_eq(toolbatch_run(batch_tool, dir, jobs, 1, 1, 1000, 1 << 16, r), ERR_INPUT);
}
END_TEST

START_TEST(a_batch_tool_that_is_not_one_is_a_package_error)
{
    /* a plain program does not speak the batch format: it answers nothing */
    char prog[512];
    snprintf(prog, sizeof prog, "%s/hello", KIT_FIXTURE_DIR);
    char *echo[] = {w_echo, NULL};
    toolbatch_job jobs[] = {JOB(echo, NULL, NULL)};
    tool_result r[1];
    ck_assert_int_eq(toolbatch_run(prog, dir, jobs, 1, 1, 1000, 1 << 16, r), ERR_PACKAGE);
}
END_TEST

/* The kit's own build directory, next to judge-box. */
static void kit_build(char *out, size_t size)
{
    snprintf(out, size, "%s", KIT_BOX);
    *strrchr(out, '/') = '\0';
}

START_TEST(a_package_generator_makes_the_same_inputs_in_batch_form)
{
    char build[512], gen[600];
    kit_build(build, sizeof build);
    snprintf(gen, sizeof gen, "%s/problems/lcs/gen", build);
    char *batch = toolbatch_path(gen);
    ck_assert_ptr_nonnull(batch);
    static char modes[][16] = {"random", "binary", "equal", "mutated", "long-short"};
    enum { N = 20 };
    char words[N][2][16], *args[N][4], *outs[N];
    toolbatch_job jobs[N];
    for (int k = 0; k < N; k++) {
        snprintf(words[k][0], sizeof words[k][0], "%d", 1000 + k);
        snprintf(words[k][1], sizeof words[k][1], "%d", 1 + k % 9);
        args[k][0] = words[k][0];
        args[k][1] = words[k][1];
        args[k][2] = modes[k % 5];
        args[k][3] = NULL;
        char name[16];
        snprintf(name, sizeof name, "b%d.in", k);
        outs[k] = fs_join(dir, name);
        jobs[k] = JOB(args[k], NULL, outs[k]);
    }
    tool_result r[N];
    ck_assert_int_eq(toolbatch_run(batch, dir, jobs, N, 2, 1000, 1 << 20, r), 0);
    for (int k = 0; k < N; k++) {
        char *argv[] = {gen, args[k][0], args[k][1], args[k][2], NULL};
        char *single = fs_join(dir, "single.in");
        tool_spec spec = {.argv = argv, .in_fd = -1, .out_path = single};
        tool_result one;
        ck_assert_int_eq(tool_run(&spec, &one), 0);
        ck_assert_int_eq(r[k].code, 0);
        assert_same_bytes(single, outs[k]);
        free(single);
        free(outs[k]);
    }
    free(batch);
}
END_TEST

/* A package's reference in batch form answers as the reference run alone does
 * (a function problem's harness writes the answer on fd 3 when it has one, else
 * on stdout), on inputs of the package's generator. */
START_TEST(a_package_reference_answers_the_same_in_batch_form)
{
    char build[512];
    kit_build(build, sizeof build);
    static const char *const slugs[] = {"lcs", "dijkstra"};
    for (size_t o = 0; o < 2; o++) {
        char gen[600], oracle[600], cmd[4096];
        snprintf(gen, sizeof gen, "%s/problems/%s/gen", build, slugs[o]);
        snprintf(oracle, sizeof oracle, "%s/problems/%s/reference", build, slugs[o]);
        char *batch = toolbatch_path(oracle);
        ck_assert_ptr_nonnull(batch);
        enum { N = 12 };
        static char *no_args[] = {NULL};
        char *ins[N], *outs[N];
        toolbatch_job jobs[N];
        for (int k = 0; k < N; k++) {
            char name[16];
            snprintf(name, sizeof name, "%d.in", k);
            ins[k] = fs_join(dir, name);
            snprintf(name, sizeof name, "%d.out", k);
            outs[k] = fs_join(dir, name);
            snprintf(cmd, sizeof cmd, "'%s' %d %d > '%s'", gen, 500 + k, 1 + k, ins[k]);
            ck_assert_int_eq(system(cmd), 0);
            jobs[k] = JOB(no_args, ins[k], outs[k]);
        }
        tool_result r[N];
        ck_assert_int_eq(toolbatch_run(batch, dir, jobs, N, 2, 1000, 1 << 20, r), 0);
        for (int k = 0; k < N; k++) {
            char *alone = fs_join(dir, "alone.ans");
            snprintf(cmd, sizeof cmd, "'%s' < '%s' 3> '%s' 4> /dev/null", oracle, ins[k], alone);
            ck_assert_int_eq(system(cmd), 0);
            ck_assert_int_eq(r[k].code, 0);
            assert_same_bytes(alone, outs[k]);
            free(alone);
            free(ins[k]);
            free(outs[k]);
        }
        free(batch);
    }
}
END_TEST

START_TEST(a_tool_without_a_batch_form_has_no_batch_path)
{
    char prog[512];
    snprintf(prog, sizeof prog, "%s/hello", KIT_FIXTURE_DIR);
    ck_assert_ptr_null(toolbatch_path(prog));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("toolbatch");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, each_job_gets_its_own_argv_stdin_and_fresh_globals);
    tcase_add_test(tc, a_job_starts_with_empty_files_and_only_descriptors_0_to_2);
    tcase_add_test(tc, a_job_gets_its_files_and_an_empty_feedback_directory);
    tcase_add_test(tc, a_job_reports_its_first_stderr_line_and_its_signal);
    tcase_add_test(tc, an_output_past_the_cap_is_cut_to_cap_plus_one);
    tcase_add_test(tc, a_spinning_job_is_stopped_at_its_cpu_budget_and_the_next_runs);
    tcase_add_test(tc, a_sleeping_job_is_stopped_at_its_wall_budget);
    tcase_add_test(tc, a_missing_input_is_an_input_error);
    tcase_add_test(tc, a_batch_tool_that_is_not_one_is_a_package_error);
    tcase_add_test(tc, a_package_generator_makes_the_same_inputs_in_batch_form);
    tcase_add_test(tc, a_package_reference_answers_the_same_in_batch_form);
    tcase_add_test(tc, a_tool_without_a_batch_form_has_no_batch_path);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
