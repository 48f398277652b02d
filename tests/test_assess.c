/* Check suite of the assess module: raw run facts become verdicts in the
 * precedence of DESIGN.md, and the harness report is read. */
#include "assess.h"

#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static const assess_limits limits = {.memory_mb = 64, .output_kb = 65536};

/* A run of 1500 ms of CPU; report NULL is a program (no harness). */
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
    assess_report r = {.text = report, .len = report ? strlen(report) : 0};
    assess_run(&rec, &limits, overflow, report ? &r : NULL, &a);
    return a;
}

/* A function problem's clean exit with this report. */
static assessment judged_report(const char *report)
{
    return judge(RECORD_OK, 0, 0, false, report);
}

START_TEST(time_beats_memory_output_and_crash)
{
    ck_assert_int_eq(judge(RECORD_CPU, SIGKILL, 0, true, NULL).v, VERDICT_TLE);
    ck_assert_int_eq(judge(RECORD_WALL, SIGKILL, 0, true, NULL).v, VERDICT_TLE);
}
END_TEST

/* Past the wall limit, a program that was mostly on the CPU was computing on a
 * busy machine; one that was not is waiting for something. */
START_TEST(a_wall_limit_says_whether_the_program_was_computing)
{
    record busy = {.status = RECORD_WALL, .signal = SIGKILL, .cpu_ms = 996, .wall_ms = 3511};
    assessment a;
    assess_run(&busy, &limits, false, NULL, &a);
    ck_assert_int_eq(a.v, VERDICT_TLE);
    ck_assert_ptr_nonnull(strstr(a.message, "computing (996 ms CPU): this machine is busy"));
    record idle = {.status = RECORD_WALL, .signal = SIGKILL, .cpu_ms = 3, .wall_ms = 3511};
    assess_run(&idle, &limits, false, NULL, &a);
    ck_assert_int_eq(a.v, VERDICT_TLE);
    ck_assert_ptr_nonnull(strstr(a.message, "is it waiting, sleeping"));
}
END_TEST

START_TEST(memory_beats_output_and_crash)
{
    assessment a = judge(RECORD_MEM, SIGSEGV, 0, true, NULL);
    ck_assert_int_eq(a.v, VERDICT_MLE);
    ck_assert_str_eq(a.message, "peak memory 293.0 MB, over the 64 MB memory limit");
}
END_TEST

/* The harness writes its alloc-failed line when malloc returns NULL; whatever the
 * code did next (crashed, answered wrong, or finished), the run is MLE and says
 * what was asked for and the limit. Only TLE outranks it. */
START_TEST(a_refused_allocation_is_memory_with_its_size_and_the_limit)
{
    static const char *const after[] = {"", "time_ns 5\nend\n", "time_ns 5\nfail wrong\nend\n"};
    for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
        char report[128];
        snprintf(report, sizeof report, "alloc-failed malloc 209715200\n%s", after[i]);
        assessment a = judged_report(report);
        ck_assert_int_eq(a.v, VERDICT_MLE);
        ck_assert_str_eq(a.message, "malloc of 200.0 MB failed: the memory limit is 64 MB");
        a = judge(RECORD_SIGNAL, SIGSEGV, 0, false, report);
        ck_assert_int_eq(a.v, VERDICT_MLE);
    }
    assessment a = judged_report("alloc-failed calloc 8589934592\n");
    ck_assert_str_eq(a.message, "calloc of 8.0 GB failed: the memory limit is 64 MB");
    ck_assert_int_eq(judge(RECORD_CPU, SIGKILL, 0, false, "alloc-failed malloc 9\n").v,
                     VERDICT_TLE);
    /* the line is the harness's only in its own shape */
    ck_assert_int_eq(judged_report("alloc-failed malloc\ntime_ns 5\nend\n").v, VERDICT_WA);
    ck_assert_int_eq(judged_report("alloc-failed Malloc 12\ntime_ns 5\nend\n").v, VERDICT_WA);
    ck_assert_int_eq(judged_report("alloc-failed malloc 1x\ntime_ns 5\nend\n").v, VERDICT_WA);
}
END_TEST

START_TEST(output_limit_beats_crash)
{
    ck_assert_str_eq(judge(RECORD_SIGNAL, SIGPIPE, 0, true, NULL).message,
                     "the answer passed the output limit of 64.0 MB");
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
    assessment a = judged_report("time_ns 12345\nend\n");
    ck_assert(a.needs_check);
    ck_assert_int_eq(a.fn_ns, 12345);
    ck_assert_str_eq(a.fact, "");
    ck_assert_str_eq(a.fn_dropped, "");
    a = judged_report("time_ns 7\nfact footprint 41.2% of the block\nend\n");
    ck_assert(a.needs_check);
    ck_assert_str_eq(a.fact, "footprint 41.2% of the block");
    /* the learner's code can write the report stream: the fact is kept as written,
       and every report shows it escaped */
    a = judged_report("time_ns 7\nfact \x1b[2Jgone\x07\nend\n");
    ck_assert_str_eq(a.fact, "\x1b[2Jgone\x07");
    /* a program has no harness, so no report to finish */
    a = judge(RECORD_OK, 0, 0, false, NULL);
    ck_assert(a.needs_check);
    ck_assert_int_eq(a.fn_ns, -1);
}
END_TEST

/* A broken contract is kept, and the answer still goes to the checker: the
 * session makes the test WA with both (test_session). */
START_TEST(harness_failure_is_wrong_answer_with_its_message)
{
    assessment a = judged_report("time_ns 5\nfail memory leak: 3 blocks still allocated\nend\n");
    ck_assert(a.needs_check);
    ck_assert_str_eq(a.broken, "memory leak: 3 blocks still allocated");
    ck_assert_int_eq(a.fn_ns, 5);
    a = judged_report("time_ns 5\nfact footprint 3%\nfail out of the block\nend\n");
    ck_assert(a.needs_check);
    ck_assert_str_eq(a.broken, "out of the block");
    ck_assert_str_eq(a.fact, "footprint 3%");
    a = judged_report("time_ns 5\nend\n");
    ck_assert_str_eq(a.broken, "");
    /* a crash after the report outranks it */
    a = judge(RECORD_SIGNAL, SIGSEGV, 0, false, "time_ns 5\nfail leak\nend\n");
    ck_assert_int_eq(a.v, VERDICT_RE);
}
END_TEST

START_TEST(broken_test_input_is_internal_not_the_learners)
{
    assessment a = judge(RECORD_EXIT, 0, 2, false, "bad-input n is missing\n");
    ck_assert_int_eq(a.v, VERDICT_IE);
    ck_assert(a.bad_input);
    ck_assert_ptr_nonnull(strstr(a.message, "n is missing"));
}
END_TEST

/* The claim was made on an input the validator accepts: the learner's doing. */
START_TEST(a_refuted_claim_is_wrong_answer)
{
    assessment a = judge(RECORD_EXIT, 0, 2, false, "bad-input n is missing\n");
    assess_refute_claim(&a);
    ck_assert_int_eq(a.v, VERDICT_WA);
    ck_assert(!a.bad_input && !a.needs_check);
    ck_assert_ptr_nonnull(strstr(a.message, "n is missing"));
    ck_assert_ptr_nonnull(strstr(a.message, "validator accepts"));
    /* nothing to refute: the verdict stands */
    a = judged_report("time_ns 5\nfail leak\nend\n");
    assess_refute_claim(&a);
    ck_assert(a.needs_check);
    ck_assert_str_eq(a.broken, "leak");
}
END_TEST

START_TEST(a_report_without_its_end_is_an_early_exit)
{
    const char *cut[] = {"", "time_ns 5\n", "time_ns 5\nfact x\n", "time_ns 5\nfail leak\n"};
    for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
        assessment a = judged_report(cut[i]);
        ck_assert_int_eq(a.v, VERDICT_RE);
        ck_assert_ptr_nonnull(strstr(a.message, "exited before the harness finished"));
    }
    /* a report that was never opened (no bytes at all) is missing, the same */
    record rec = {.status = RECORD_OK, .cpu_ms = 10};
    assessment a;
    assess_report none = {0};
    assess_run(&rec, &limits, false, &none, &a);
    ck_assert_int_eq(a.v, VERDICT_RE);
    /* a non-zero status says so first */
    a = judge(RECORD_EXIT, 0, 1, false, "");
    ck_assert_ptr_nonnull(strstr(a.message, "status 1"));
}
END_TEST

START_TEST(lines_the_harness_did_not_write_are_wrong_answer)
{
    const char *forged[] = {
        "time_ns 1\nend\ntime_ns 5\nend\n",   /* a whole report, then the harness's */
        "fact hello\ntime_ns 5\nend\n",       /* a line before it */
        "time_ns 5\nend\nfail late\n",        /* a line after its end */
        "time_ns 5\nfail a\nfact b\nend\n",   /* out of order */
        "time_ns 5\nhello\nend\n",            /* a line it never writes */
        "time_ns 5\nend",                     /* no final newline */
        "time_ns 5x\nend\n",                  /* a time it never writes */
        "bad-input forged\ntime_ns 5\nend\n", /* a claim, then a finished run */
        "time_ns 5\nbad-input forged\n",      /* a claim after the time */
    };
    for (size_t i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        assessment a = judged_report(forged[i]);
        ck_assert_msg(a.v == VERDICT_WA && !a.needs_check, "report %zu", i);
        ck_assert_ptr_nonnull(strstr(a.message, "did not write"));
        ck_assert_int_eq(a.fn_ns, -1);
        ck_assert_str_eq(a.fact, "");
    }
    /* even when the program then exited with a status: the report speaks first */
    ck_assert_int_eq(judge(RECORD_EXIT, 0, 2, false, "x\nbad-input n\n").v, VERDICT_WA);
}
END_TEST

START_TEST(an_overflowing_report_is_wrong_answer)
{
    record rec = {.status = RECORD_OK, .cpu_ms = 10};
    const char *text = "time_ns 5\nend\n";
    assess_report r = {.text = text, .len = strlen(text), .overflow = true};
    assessment a;
    assess_run(&rec, &limits, false, &r, &a);
    ck_assert_int_eq(a.v, VERDICT_WA);
    ck_assert_ptr_nonnull(strstr(a.message, "overflowed"));
    /* the box's verdicts still come first */
    rec.status = RECORD_CPU;
    assess_run(&rec, &limits, false, &r, &a);
    ck_assert_int_eq(a.v, VERDICT_TLE);
}
END_TEST

/* cpu_ms is 1500 in judge(): 1501 ms is the most a function can have used. */
START_TEST(impossible_function_times_are_dropped_not_failed)
{
    const char *impossible[] = {"time_ns -5\nend\n", "time_ns 1501000001\nend\n",
                                "time_ns unbalanced\nend\n", "time_ns running\nend\n"};
    const char *why[] = {"negative", "more than the 1500 ms", "started twice", "still running"};
    for (size_t i = 0; i < sizeof impossible / sizeof impossible[0]; i++) {
        assessment a = judged_report(impossible[i]);
        ck_assert_msg(a.needs_check, "report %zu", i);
        ck_assert_int_eq(a.fn_ns, -1);
        ck_assert_ptr_nonnull(strstr(a.fn_dropped, why[i]));
    }
    assessment a = judged_report("time_ns 1501000000\nend\n");
    ck_assert_int_eq(a.fn_ns, 1501000000);
    ck_assert_str_eq(a.fn_dropped, "");
    /* a failing test keeps its verdict and loses the time the same way */
    a = judged_report("time_ns -1\nfail leak\nend\n");
    ck_assert_str_eq(a.broken, "leak");
    ck_assert_int_eq(a.fn_ns, -1);
    ck_assert_ptr_nonnull(strstr(a.fn_dropped, "negative"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("assess");
    TCase *tc = tcase_create("verdicts");
    tcase_add_test(tc, time_beats_memory_output_and_crash);
    tcase_add_test(tc, memory_beats_output_and_crash);
    tcase_add_test(tc, a_refused_allocation_is_memory_with_its_size_and_the_limit);
    tcase_add_test(tc, a_wall_limit_says_whether_the_program_was_computing);
    tcase_add_test(tc, output_limit_beats_crash);
    tcase_add_test(tc, crashes_name_the_signal_or_status);
    tcase_add_test(tc, sandbox_failure_is_internal);
    tcase_add_test(tc, clean_exit_goes_to_the_checker);
    tcase_add_test(tc, harness_failure_is_wrong_answer_with_its_message);
    tcase_add_test(tc, broken_test_input_is_internal_not_the_learners);
    tcase_add_test(tc, a_refuted_claim_is_wrong_answer);
    tcase_add_test(tc, a_report_without_its_end_is_an_early_exit);
    tcase_add_test(tc, lines_the_harness_did_not_write_are_wrong_answer);
    tcase_add_test(tc, an_overflowing_report_is_wrong_answer);
    tcase_add_test(tc, impossible_function_times_are_dropped_not_failed);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
