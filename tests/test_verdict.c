/* Tests of the verdict table: precedence over every pair, codes and sentences,
 * and parsing of codes. */
#include "verdict.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The agreed precedence, weakest first, written out rather than derived from the
 * enum so a reordered table fails here. */
static const verdict by_precedence[] = {VERDICT_AC,  VERDICT_WA,  VERDICT_RE, VERDICT_OLE,
                                        VERDICT_MLE, VERDICT_TLE, VERDICT_CE, VERDICT_IE};
#define NVERDICTS (sizeof by_precedence / sizeof *by_precedence)

START_TEST(test_table_is_complete)
{
    ck_assert_int_eq(NVERDICTS, VERDICT_COUNT);
    for (size_t i = 0; i < NVERDICTS; i++) {
        for (size_t j = i + 1; j < NVERDICTS; j++)
            ck_assert_int_ne(by_precedence[i], by_precedence[j]);
    }
}
END_TEST

START_TEST(test_worst_of_every_pair)
{
    for (size_t i = 0; i < NVERDICTS; i++) {
        for (size_t j = 0; j < NVERDICTS; j++) {
            verdict want = by_precedence[i > j ? i : j];
            verdict got = verdict_worst(by_precedence[i], by_precedence[j]);
            ck_assert_msg(got == want, "worst(%s, %s) is %s, expected %s",
                          verdict_code(by_precedence[i]), verdict_code(by_precedence[j]),
                          verdict_code(got), verdict_code(want));
        }
    }
}
END_TEST

START_TEST(test_codes_and_texts)
{
    static const char *const codes[] = {"AC", "WA", "RE", "OLE", "MLE", "TLE", "CE", "IE"};
    static const char *const texts[] = {"accepted",
                                        "wrong answer",
                                        "run-time error",
                                        "output limit exceeded",
                                        "memory limit exceeded",
                                        "time limit exceeded",
                                        "compilation error",
                                        "internal error"};
    for (size_t i = 0; i < NVERDICTS; i++) {
        ck_assert_str_eq(verdict_code(by_precedence[i]), codes[i]);
        ck_assert_str_eq(verdict_text(by_precedence[i]), texts[i]);
    }
}
END_TEST

START_TEST(test_out_of_range_reads_as_internal_error)
{
    ck_assert_str_eq(verdict_code(VERDICT_COUNT), "IE");
    ck_assert_str_eq(verdict_text(VERDICT_COUNT), "internal error");
}
END_TEST

/* README's exit statuses: 0 accepted, 1 not accepted, 3 internal error */
START_TEST(test_exit_status_of_every_verdict)
{
    for (int v = 0; v < VERDICT_COUNT; v++) {
        int want = v == VERDICT_AC ? 0 : v == VERDICT_IE ? 3 : 1;
        ck_assert_msg(verdict_exit_status((verdict)v) == want, "%s", verdict_code((verdict)v));
    }
    ck_assert_int_eq(verdict_exit_status(VERDICT_WA), 1);
    ck_assert_int_eq(verdict_exit_status(VERDICT_CE), 1);
}
END_TEST

static Suite *verdict_suite(void)
{
    Suite *s = suite_create("verdict");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_table_is_complete);
    tcase_add_test(tc, test_worst_of_every_pair);
    tcase_add_test(tc, test_codes_and_texts);
    tcase_add_test(tc, test_out_of_range_reads_as_internal_error);
    tcase_add_test(tc, test_exit_status_of_every_verdict);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(verdict_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
