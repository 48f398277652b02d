/* Check suite of the problem module: a good package loads with its tests in
 * order; every kind of broken package is refused with the documented code. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char root[64];

static void write_file(const char *rel, const char *content)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    char dir[512];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

static const char *good_json =
    "{\"title\": \"Demo\", \"difficulty\": \"easy\", \"tags\": [\"a\", \"b\"],"
    " \"kind\": \"program\", \"checker\": \"float\", \"float_abs\": 0.5,"
    " \"limits\": {\"time_ms\": 500, \"memory_mb\": 64, \"output_kb\": 32}}";

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-problem-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    write_file("problems/demo/problem.json", good_json);
    write_file("problems/demo/data/sample/01-a.in", "1\n");
    write_file("problems/demo/data/sample/01-a.ans", "1\n");
    write_file("problems/demo/data/secret/02-b.in", "2\n");
    write_file("problems/demo/data/secret/02-b.ans", "2\n");
    write_file("problems/demo/data/secret/01-c.in", "3\n");
    write_file("problems/demo/data/secret/01-c.ans", "3\n");
}

static void teardown(void) { fs_remove_tree(root); }

static int load(const char *slug)
{
    problem p;
    char build[128];
    snprintf(build, sizeof build, "%s/build", root);
    int rc = problem_load(root, build, slug, &p);
    problem_release(&p);
    return rc;
}

START_TEST(good_package_loads_in_order)
{
    problem p;
    char build[128];
    snprintf(build, sizeof build, "%s/build", root);
    write_file("build/problems/demo/data/secret/50-big.in", "4\n");
    write_file("build/problems/demo/data/secret/50-big.ans", "4\n");
    ck_assert_int_eq(problem_load(root, build, "demo", &p), 0);
    ck_assert_str_eq(p.title, "Demo");
    ck_assert_int_eq(p.kind, PROBLEM_PROGRAM);
    ck_assert_int_eq(p.time_ms, 500);
    ck_assert_int_eq(p.memory_mb, 64);
    ck_assert_int_eq(p.output_kb, 32);
    ck_assert_int_eq(p.checker.kind, CHECK_FLOAT);
    ck_assert(p.checker.abs_tol == 0.5);
    ck_assert_int_eq(p.static_bytes, 0); /* no cap unless the package sets one */
    ck_assert_int_eq(p.ntags, 2);
    ck_assert_int_eq(p.ntests, 4);
    ck_assert_str_eq(p.tests[0].name, "01-a");
    ck_assert_int_eq(p.tests[0].group, TEST_SAMPLE);
    ck_assert_str_eq(p.tests[1].name, "01-c");
    ck_assert_str_eq(p.tests[2].name, "02-b");
    ck_assert_str_eq(p.tests[3].name, "50-big");
    ck_assert_int_eq(p.tests[3].group, TEST_SECRET);
    char *ref = problem_solution_path(&p, "reference.c"), want[256];
    snprintf(want, sizeof want, "%s/solutions/demo/reference.c", root);
    ck_assert_str_eq(ref, want);
    free(ref);
    problem_release(&p);
}
END_TEST

START_TEST(static_data_cap_is_read)
{
    write_file("problems/demo/problem.json",
               "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\","
               " \"static_bytes\": 2048,"
               " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}");
    problem p;
    char build[128];
    snprintf(build, sizeof build, "%s/build", root);
    ck_assert_int_eq(problem_load(root, build, "demo", &p), 0);
    ck_assert_int_eq(p.static_bytes, 2048);
    problem_release(&p);
}
END_TEST

START_TEST(bad_slugs_are_usage_errors)
{
    ck_assert_int_eq(load("nope"), ERR_USAGE);
    ck_assert_int_eq(load("../demo"), ERR_USAGE);
    ck_assert_int_eq(load("demo/../demo"), ERR_USAGE);
    ck_assert_int_eq(load(""), ERR_USAGE);
    ck_assert_int_eq(load("Demo"), ERR_USAGE);
    ck_assert(!problem_slug_ok("-rf"));
    ck_assert(problem_slug_ok("subarray-sum-k"));
}
END_TEST

static const char *const broken[] = {
    "",
    "not json at all",
    "[1, 2, 3]",
    "{\"title\": 7, \"difficulty\": \"easy\", \"kind\": \"program\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\","
    " \"limits\": {\"time_ms\": -5, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": \"64\", \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\"}",
    "{\"title\": \"t\", \"difficulty\": \"extreme\", \"kind\": \"program\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"script\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"function\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", \"checker\": \"fuzzy\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", \"tags\": \"x\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", \"checker\": \"custom\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", \"static_bytes\": 0,"
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
    "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", \"static_bytes\": \"1k\","
    " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}",
#define LIMITS " \"limits\": {\"time_ms\": 1, \"memory_mb\": 1, \"output_kb\": 1}}"
#define PROGRAM "{\"title\": \"t\", \"difficulty\": \"easy\", \"kind\": \"program\", "
    PROGRAM "\"scaling\": [100, 200]," LIMITS,
    PROGRAM "\"scaling\": {\"sizes\": [100]}," LIMITS,
    PROGRAM "\"scaling\": {\"sizes\": [200, 100]}," LIMITS,
    PROGRAM "\"scaling\": {\"sizes\": [0, 100]}," LIMITS,
    PROGRAM "\"scaling\": {\"sizes\": [100, \"200\"]}," LIMITS,
    PROGRAM "\"scaling\": {\"sizes\": \"x\"}," LIMITS,
    PROGRAM "\"scaling\": {\"mode\": \"Open Grid\"}," LIMITS,
    PROGRAM "\"scaling\": {\"variable\": \"a-variable-name-too-long\"}," LIMITS,
    PROGRAM "\"scaling\": {\"naive\": \"../../etc/passwd\"}," LIMITS,
    PROGRAM "\"scaling\": {\"naive\": \"/tmp/x.c\"}," LIMITS,
    PROGRAM "\"case_sensitive\": \"no\"," LIMITS,
    PROGRAM "\"checker\": \"exact\", \"space_sensitive\": true," LIMITS,
#undef PROGRAM
#undef LIMITS
};

START_TEST(broken_problem_json_is_a_package_error)
{
    write_file("problems/demo/problem.json", broken[_i]);
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
}
END_TEST

START_TEST(missing_problem_json_is_a_package_error)
{
    char path[512];
    snprintf(path, sizeof path, "%s/problems/demo/problem.json", root);
    unlink(path);
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
    /* and the package is no longer listed */
    char **slugs;
    size_t n;
    ck_assert_int_eq(problem_list(root, &slugs, &n), 0);
    ck_assert_int_eq(n, 0);
    fs_names_free(slugs, n);
}
END_TEST

START_TEST(input_without_answer_is_a_package_error)
{
    write_file("problems/demo/data/secret/03-lonely.in", "5\n");
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
}
END_TEST

START_TEST(missing_generated_tests_are_a_package_error)
{
    write_file("problems/demo/tests.txt", "50-big 1 1000\n");
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
    write_file("build/problems/demo/data/secret/.stamp", "");
    ck_assert_int_eq(load("demo"), 0);
}
END_TEST

/* test names are printed in every report: a control character in one is refused */
START_TEST(test_name_with_a_control_character_is_a_package_error)
{
    write_file("problems/demo/data/secret/03-\x1b[2J.in", "5\n");
    write_file("problems/demo/data/secret/03-\x1b[2J.ans", "5\n");
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
}
END_TEST

/* the learner names their own tests: any name is theirs to pick, and the reports
 * show it escaped, so it is kept as it is */
START_TEST(custom_test_name_with_a_control_character_is_kept)
{
    problem p;
    char build[128], custom[128];
    snprintf(build, sizeof build, "%s/build", root);
    snprintf(custom, sizeof custom, "%s/workspace/demo.tests", root);
    write_file("workspace/demo.tests/\x1b]0;pwned\x07.in", "5\n");
    ck_assert_int_eq(problem_load(root, build, "demo", &p), 0);
    ck_assert_int_eq(problem_add_custom(&p, custom), 0);
    size_t found = 0;
    for (size_t i = 0; i < p.ntests; i++)
        if (p.tests[i].group == TEST_CUSTOM) {
            ck_assert_str_eq(p.tests[i].name, "\x1b]0;pwned\x07");
            ck_assert_ptr_null(p.tests[i].ans_path);
            found++;
        }
    ck_assert_uint_eq(found, 1);
    problem_release(&p);
}
END_TEST

START_TEST(scaling_and_checker_switches_are_read)
{
    write_file("problems/demo/problem.json",
               "{\"title\": \"Demo\", \"difficulty\": \"easy\", \"kind\": \"program\","
               " \"checker\": \"tokens\", \"case_sensitive\": false, \"space_sensitive\": true,"
               " \"scaling\": {\"sizes\": [10, 20, 40], \"mode\": \"open\", \"variable\": \"rows\","
               " \"naive\": \"time_limit_exceeded/slow.c\"},"
               " \"limits\": {\"time_ms\": 500, \"memory_mb\": 64, \"output_kb\": 32}}");
    char build[128];
    snprintf(build, sizeof build, "%s/build", root);
    problem p;
    ck_assert_int_eq(problem_load_info(root, build, "demo", &p), 0);
    ck_assert(!p.checker.case_sensitive);
    ck_assert(p.checker.space_sensitive);
    ck_assert_uint_eq(p.scaling.nsizes, 3);
    ck_assert_int_eq(p.scaling.sizes[2], 40);
    ck_assert_str_eq(p.scaling.mode, "open");
    ck_assert_str_eq(p.scaling.variable, "rows");
    ck_assert_str_eq(p.scaling.naive, "time_limit_exceeded/slow.c");
    problem_release(&p);
    /* without the entries: the defaults, and no ladder */
    write_file("problems/demo/problem.json", good_json);
    ck_assert_int_eq(problem_load_info(root, build, "demo", &p), 0);
    ck_assert(p.checker.case_sensitive);
    ck_assert(!p.checker.space_sensitive);
    ck_assert_uint_eq(p.scaling.nsizes, 0);
    ck_assert_ptr_null(p.scaling.mode);
    problem_release(&p);
}
END_TEST

/* A custom checker is built with the kit: describing the package does not need
 * it, judging does. */
START_TEST(unbuilt_checker_is_described_but_not_judged)
{
    write_file("problems/demo/problem.json",
               "{\"title\": \"Demo\", \"difficulty\": \"easy\", \"kind\": \"program\","
               " \"checker\": \"custom\","
               " \"limits\": {\"time_ms\": 500, \"memory_mb\": 64, \"output_kb\": 32}}");
    char build[128];
    snprintf(build, sizeof build, "%s/build", root);
    problem p;
    ck_assert_int_eq(problem_load_info(root, build, "demo", &p), 0);
    ck_assert_ptr_nonnull(p.checker_path);
    problem_release(&p);
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
    write_file("build/problems/demo/checker", "#!/bin/sh\n");
    ck_assert_int_eq(load("demo"), 0);
}
END_TEST

/* list, show and stats read only problem.json: a package without its tests is
 * still described, and judging it is what reports the missing tests */
START_TEST(info_load_skips_the_tests)
{
    char path[512], build[128];
    snprintf(path, sizeof path, "%s/problems/demo/data", root);
    fs_remove_tree(path);
    snprintf(build, sizeof build, "%s/build", root);
    problem p;
    ck_assert_int_eq(problem_load_info(root, build, "demo", &p), 0);
    ck_assert_str_eq(p.title, "Demo");
    ck_assert_uint_eq(p.ntags, 2);
    ck_assert_uint_eq(p.ntests, 0);
    problem_release(&p);
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
}
END_TEST

START_TEST(package_without_tests_is_a_package_error)
{
    char path[512];
    snprintf(path, sizeof path, "%s/problems/demo/data", root);
    fs_remove_tree(path);
    ck_assert_int_eq(load("demo"), ERR_PACKAGE);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("problem");
    TCase *tc = tcase_create("load");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, good_package_loads_in_order);
    tcase_add_test(tc, static_data_cap_is_read);
    tcase_add_test(tc, test_name_with_a_control_character_is_a_package_error);
    tcase_add_test(tc, info_load_skips_the_tests);
    tcase_add_test(tc, scaling_and_checker_switches_are_read);
    tcase_add_test(tc, unbuilt_checker_is_described_but_not_judged);
    tcase_add_test(tc, bad_slugs_are_usage_errors);
    tcase_add_loop_test(tc, broken_problem_json_is_a_package_error, 0,
                        (int)(sizeof broken / sizeof *broken));
    tcase_add_test(tc, missing_problem_json_is_a_package_error);
    tcase_add_test(tc, input_without_answer_is_a_package_error);
    tcase_add_test(tc, missing_generated_tests_are_a_package_error);
    tcase_add_test(tc, package_without_tests_is_a_package_error);
    tcase_add_test(tc, custom_test_name_with_a_control_character_is_kept);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
