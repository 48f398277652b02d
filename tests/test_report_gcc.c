/* Check suite of the gcc-style report: each failure a `FILE:LINE:1: error:` line
 * (the sanitizer's line when it named one), the compiler's lines passed through,
 * hidden tests' data never shown, everything escaped, and the judge's own begin
 * and end lines around each judgement. (tests/editor/ proves it in neovim.) */
#include "report_gcc.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static problem prob;
static judgement j;
static test_case tests[3];
static test_outcome mine[3];
/* writable strings: the structs hold char *, and literals are const here */
static char sample[] = "01-example", hidden[] = "50-big", custom[] = "mine\x1b[2J", slug[] = "lcs",
            display[] = "ws/lcs.c", empty[] = "";
static char *text;

static void setup(void)
{
    tests[0] = (test_case){.name = sample, .group = TEST_SAMPLE};
    tests[1] = (test_case){.name = custom, .group = TEST_CUSTOM};
    tests[2] = (test_case){.name = hidden, .group = TEST_SECRET};
    prob = (problem){.slug = slug, .tests = tests, .ntests = 3};
    memset(mine, 0, sizeof mine);
    for (int i = 0; i < 3; i++)
        mine[i] = (test_outcome){.ran = true, .v = VERDICT_AC};
    j = (judgement){.plan = {.prob = &prob, .tests = tests, .ntests = 3},
                    .display = display,
                    .v = VERDICT_AC,
                    .total = 3,
                    .ran = 3,
                    .passed = 3,
                    .first_failure = -1,
                    .mine = mine,
                    .compile = {.ok = true, .log = empty}};
}

static void teardown(void)
{
    free(text);
    text = NULL;
}

static const char *render(void)
{
    size_t len;
    free(text);
    FILE *f = open_memstream(&text, &len);
    report_gcc(f, &j);
    fclose(f);
    return text;
}

static void fail_test(size_t i, verdict v, const char *message, bool from_checker)
{
    mine[i].v = v;
    snprintf(mine[i].message, sizeof mine[i].message, "%s", message);
    mine[i].from_checker = from_checker;
    j.passed--;
    if (j.first_failure < 0) {
        j.first_failure = (long)i;
        j.v = v;
    }
}

START_TEST(accepted_is_the_begin_and_end_lines_only)
{
    ck_assert_str_eq(render(), "judge: judging ws/lcs.c (lcs)\n"
                               "judge: ws/lcs.c: AC accepted: 3/3 tests passed\n");
}
END_TEST

START_TEST(each_failure_is_an_error_line_and_hidden_data_stays_hidden)
{
    fail_test(0, VERDICT_WA, "line 1: expected '3', got '2'", true);
    fail_test(2, VERDICT_WA, "line 1: expected '9000', got '8999'", true);
    ck_assert_str_eq(
        render(),
        "judge: judging ws/lcs.c (lcs)\n"
        "ws/lcs.c:1:1: error: sample/01-example: WA wrong answer: line 1: expected '3', got '2'\n"
        "ws/lcs.c:1:1: error: secret/50-big: WA wrong answer\n"
        "judge: ws/lcs.c: WA wrong answer: 1/3 tests passed\n");
    /* the harness's words are about the learner's code, not the test's data */
    mine[2].from_checker = false;
    ck_assert_ptr_nonnull(strstr(render(), "secret/50-big: WA wrong answer: line 1: expected"));
}
END_TEST

START_TEST(tests_after_the_first_failure_that_were_dropped_are_not_shown)
{
    fail_test(0, VERDICT_TLE, "", false);
    mine[2].v = VERDICT_WA; /* finished while the judgement stopped */
    j.ran = 1;
    const char *out = render();
    ck_assert_ptr_nonnull(strstr(out, "ws/lcs.c:1:1: error: sample/01-example: TLE time limit"));
    ck_assert_ptr_null(strstr(out, "50-big"));
    ck_assert_ptr_nonnull(strstr(out, "(stopped at the first failure; --all runs every test)\n"));
}
END_TEST

START_TEST(a_sanitizer_report_puts_the_error_on_its_line)
{
    j.sanitized = true;
    fail_test(0, VERDICT_RE,
              "AddressSanitizer: heap-buffer-overflow (WRITE of size 4) at ws/lcs.c:12 in lcs",
              false);
    ck_assert_ptr_nonnull(strstr(render(), "\nws/lcs.c:12:1: error: sample/01-example: RE "
                                           "run-time error: AddressSanitizer: heap-buffer"));
    /* a place in another file is no line of the learner's: line 1 */
    snprintf(mine[0].message, sizeof mine[0].message, "AddressSanitizer: SEGV at x/h.c:3 in f");
    ck_assert_ptr_nonnull(strstr(render(), "\nws/lcs.c:1:1: error: sample/01-example: RE"));
}
END_TEST

START_TEST(a_crash_without_the_sanitizer_says_how_to_find_the_line)
{
    fail_test(0, VERDICT_RE, "killed by SIGSEGV", false);
    ck_assert_ptr_nonnull(strstr(render(), "RE run-time error: killed by SIGSEGV; --sanitize "
                                           "names the line\n"));
}
END_TEST

START_TEST(the_learners_names_and_words_are_escaped)
{
    fail_test(1, VERDICT_WA, "got 'a\nws/lcs.c:99:1: error: forged'", true);
    const char *out = render();
    ck_assert_ptr_null(strchr(out, '\x1b'));
    ck_assert_ptr_nonnull(strstr(out, "custom/mine\\x1b[2J: WA"));
    ck_assert_ptr_null(strstr(out, "\nws/lcs.c:99:1:")); /* one line, not two */
}
END_TEST

START_TEST(compile_errors_are_the_compilers_lines)
{
    char log[] = "ws/lcs.c: In function 'lcs':\n"
                 "ws/lcs.c:5:12: error: 'x' undeclared (first use in this function)\n"
                 "    5 |     return x;\n";
    char note[] = "the compiler reported errors";
    j.compile = (compile_result){.log = log};
    j.v = VERDICT_CE;
    snprintf(j.note, sizeof j.note, "%s", note);
    ck_assert_str_eq(render(),
                     "judge: judging ws/lcs.c (lcs)\n"
                     "ws/lcs.c: In function 'lcs':\n"
                     "ws/lcs.c:5:12: error: 'x' undeclared (first use in this function)\n"
                     "    5 |     return x;\n"
                     "judge: ws/lcs.c: CE compilation error: the compiler reported errors\n");
}
END_TEST

START_TEST(a_refused_link_points_at_the_file_not_at_the_harness)
{
    char log[] = "/usr/bin/ld: libharness_lcs.a(lcs.c.o): in function `main':\n"
                 "/kit/harness/lcs.c:58: multiple definition of `main'\n"
                 "collect2: error: ld returned 1 exit status\n";
    j.compile = (compile_result){.log = log};
    j.v = VERDICT_CE;
    snprintf(j.note, sizeof j.note, "the harness provides main(): remove yours");
    const char *out = render();
    ck_assert_ptr_nonnull(strstr(out, "\n  /kit/harness/lcs.c:58: multiple definition"));
    ck_assert_ptr_nonnull(strstr(out, "\nws/lcs.c:1:1: error: CE compilation error: the harness "
                                      "provides main(): remove yours\n"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("report_gcc");
    TCase *tc = tcase_create("lines");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, accepted_is_the_begin_and_end_lines_only);
    tcase_add_test(tc, each_failure_is_an_error_line_and_hidden_data_stays_hidden);
    tcase_add_test(tc, tests_after_the_first_failure_that_were_dropped_are_not_shown);
    tcase_add_test(tc, a_sanitizer_report_puts_the_error_on_its_line);
    tcase_add_test(tc, a_crash_without_the_sanitizer_says_how_to_find_the_line);
    tcase_add_test(tc, the_learners_names_and_words_are_escaped);
    tcase_add_test(tc, compile_errors_are_the_compilers_lines);
    tcase_add_test(tc, a_refused_link_points_at_the_file_not_at_the_harness);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
