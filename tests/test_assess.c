/* Check suite of the assess module: raw run facts become verdicts in the
 * precedence of DESIGN.md, and the harness report is read. */
#include "assess.h"

#include <check.h>
#include <signal.h>
#include <string.h>

static assessment judge(record_status status, int sig, int exit_code, bool overflow,
                        const char *report)
{
    record rec = {.status = status,
                  .signal = sig,
                  .exit_code = exit_code,
                  .cpu_ms = 1500,
                  .wall_ms = 1600,
                  .rss_kb = 300000};
    assessment a;
    assess_run(&rec, overflow, report, report ? strlen(report) : 0, &a);
    return a;
}

START_TEST(time_beats_memory_output_and_crash)
{
    ck_assert_int_eq(judge(RECORD_CPU, SIGKILL, 0, true, NULL).v, VERDICT_TLE);
    ck_assert_int_eq(judge(RECORD_WALL, SIGKILL, 0, true, NULL).v, VERDICT_TLE);
}
END_TEST

START_TEST(memory_beats_output_and_crash)
{
    assessment a = judge(RECORD_MEM, SIGSEGV, 0, true, NULL);
    ck_assert_int_eq(a.v, VERDICT_MLE);
    ck_assert_ptr_nonnull(strstr(a.message, "293.0 MB"));
}
END_TEST

START_TEST(output_limit_beats_crash)
{
    ck_assert_int_eq(judge(RECORD_SIGNAL, SIGPIPE, 0, true, NULL).v, VERDICT_OLE);
    ck_assert_int_eq(judge(RECORD_OK, 0, 0, true, NULL).v, VERDICT_OLE);
}
END_TEST

START_TEST(crashes_name_the_signal_or_status)
{
    assessment a = judge(RECORD_SIGNAL, SIGSEGV, 0, false, NULL);
    ck_assert_int_eq(a.v, VERDICT_RE);
    ck_assert_ptr_nonnull(strstr(a.message, "SIGSEGV"));
    a = judge(RECORD_SIGNAL, SIGABRT, 0, false, NULL);
    ck_assert_ptr_nonnull(strstr(a.message, "SIGABRT"));
    a = judge(RECORD_EXIT, 0, 3, false, NULL);
    ck_assert_int_eq(a.v, VERDICT_RE);
    ck_assert_ptr_nonnull(strstr(a.message, "status 3"));
    a = judge(RECORD_SETUP, 0, 0, false, NULL);
    ck_assert_int_eq(a.v, VERDICT_RE);
}
END_TEST

START_TEST(sandbox_failure_is_internal)
{
    ck_assert_int_eq(judge(RECORD_ERROR, 0, 0, false, NULL).v, VERDICT_IE);
}
END_TEST

START_TEST(clean_exit_goes_to_the_checker)
{
    assessment a = judge(RECORD_OK, 0, 0, false, "time_ns 12345\n");
    ck_assert(a.needs_check);
    ck_assert_int_eq(a.fn_ns, 12345);
    ck_assert_str_eq(a.fact, "");
    a = judge(RECORD_OK, 0, 0, false, "time_ns 7\nfact footprint 41.2% of the block\n");
    ck_assert(a.needs_check);
    ck_assert_str_eq(a.fact, "footprint 41.2% of the block");
    /* the learner's code can write the report stream: no escape reaches a terminal */
    a = judge(RECORD_OK, 0, 0, false, "fact \x1b[2Jgone\x07\n");
    ck_assert_str_eq(a.fact, "\x1b[2Jgone\x07"); /* as written: every report escapes it */
    a = judge(RECORD_OK, 0, 0, false, NULL);
    ck_assert(a.needs_check);
    ck_assert_int_eq(a.fn_ns, -1);
}
END_TEST

START_TEST(harness_failure_is_wrong_answer_with_its_message)
{
    assessment a =
        judge(RECORD_OK, 0, 0, false, "time_ns 5\nfail memory leak: 3 blocks still allocated\n");
    ck_assert(!a.needs_check);
    ck_assert_int_eq(a.v, VERDICT_WA);
    ck_assert_str_eq(a.message, "memory leak: 3 blocks still allocated");
    ck_assert_int_eq(a.fn_ns, 5);
}
END_TEST

START_TEST(broken_test_input_is_internal_not_the_learners)
{
    assessment a = judge(RECORD_EXIT, 0, 2, false, "bad-input n is missing\n");
    ck_assert_int_eq(a.v, VERDICT_IE);
    ck_assert_ptr_nonnull(strstr(a.message, "n is missing"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("assess");
    TCase *tc = tcase_create("verdicts");
    tcase_add_test(tc, time_beats_memory_output_and_crash);
    tcase_add_test(tc, memory_beats_output_and_crash);
    tcase_add_test(tc, output_limit_beats_crash);
    tcase_add_test(tc, crashes_name_the_signal_or_status);
    tcase_add_test(tc, sandbox_failure_is_internal);
    tcase_add_test(tc, clean_exit_goes_to_the_checker);
    tcase_add_test(tc, harness_failure_is_wrong_answer_with_its_message);
    tcase_add_test(tc, broken_test_input_is_internal_not_the_learners);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
