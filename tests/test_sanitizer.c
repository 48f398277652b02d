/* Check suite of the sanitizer module: real report shapes from gcc 12's ASan and
 * UBSan become one line naming the learner's file and line. */
#include "sanitizer.h"

#include <check.h>
#include <string.h>

static const char *source = "/home/me/kit/workspace/lcs.c";

static const char asan_report[] =
    "some output of the program\n"
    "=================================================================\n"
    "==2==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000020 at pc "
    "0x55 bp 0x7ffe sp 0x7ffd\n"
    "WRITE of size 4 at 0x602000000020 thread T0\n"
    "    #0 0x5555555552f1 in copy_row /home/me/kit/harness/lib/helper.c:20\n"
    "    #1 0x555555555402 in lcs /home/me/kit/workspace/lcs.c:12:9\n"
    "    #2 0x555555555500 in main /home/me/kit/harness/lcs.c:40\n"
    "    #3 0x155554445249 in __libc_start_call_main ../sysdeps/nptl/libc_start_call_main.h:58\n"
    "\n"
    "0x602000000020 is located 0 bytes to the right of 16-byte region\n";

START_TEST(asan_names_kind_access_and_the_learners_line)
{
    char out[512];
    ck_assert(sanitizer_explain(asan_report, strlen(asan_report), source, "workspace/lcs.c", out,
                                sizeof out));
    ck_assert_str_eq(out, "AddressSanitizer: heap-buffer-overflow (WRITE of size 4) at "
                          "workspace/lcs.c:12 in lcs");
}
END_TEST

START_TEST(asan_without_a_learner_frame_names_the_first_frame)
{
    static const char report[] = "==7==ERROR: AddressSanitizer: SEGV on unknown address "
                                 "0x000000000000 (pc 0x1 bp 0x2 sp 0x3 T0)\n"
                                 "    #0 0x401 in strlen (/lib/x86_64-linux-gnu/libc.so.6+0x9f)\n";
    char out[512];
    ck_assert(sanitizer_explain(report, strlen(report), source, "lcs.c", out, sizeof out));
    ck_assert_str_eq(out, "AddressSanitizer: SEGV at (/lib/x86_64-linux-gnu/libc.so.6+0x9f) "
                          "in strlen");
}
END_TEST

START_TEST(stack_overflow_is_named)
{
    static const char report[] = "==3==ERROR: AddressSanitizer: stack-overflow on address 0x7ff\n"
                                 "    #0 0x401 in depth /home/me/kit/workspace/lcs.c:5\n";
    char out[512];
    ck_assert(sanitizer_explain(report, strlen(report), source, "ws/lcs.c", out, sizeof out));
    ck_assert_str_eq(out, "stack overflow (recursion too deep or endless) at ws/lcs.c:5 in depth");
}
END_TEST

START_TEST(ubsan_runtime_error_names_what_and_where)
{
    static const char report[] =
        "/home/me/kit/workspace/lcs.c:31:14: runtime error: signed integer overflow: 2147483647 + "
        "1 cannot be represented in type 'int'\n";
    char out[512];
    ck_assert(
        sanitizer_explain(report, strlen(report), source, "workspace/lcs.c", out, sizeof out));
    ck_assert_str_eq(out, "UndefinedBehaviorSanitizer: signed integer overflow: 2147483647 + 1 "
                          "cannot be represented in type 'int' at workspace/lcs.c:31");
}
END_TEST

START_TEST(no_report_no_explanation)
{
    static const char text[] = "debug: i = 3\nruntime is fine\n\0binary\xff";
    char out[64] = "untouched";
    ck_assert(!sanitizer_explain(text, sizeof text, source, "x.c", out, sizeof out));
    ck_assert(!sanitizer_explain(NULL, 0, source, "x.c", out, sizeof out));
    ck_assert_str_eq(out, "untouched");
}
END_TEST

START_TEST(long_or_odd_bytes_stay_one_printable_line)
{
    char report[2048] = "==1==ERROR: AddressSanitizer: heap-use-after-free on address 1\n"
                        "    #0 0x1 in f\x01\x02 /home/me/kit/workspace/lcs.c:7\n";
    char out[48];
    ck_assert(sanitizer_explain(report, strlen(report), source, "lcs.c", out, sizeof out));
    ck_assert_uint_lt(strlen(out), sizeof out);
    for (const char *c = out; *c; c++)
        ck_assert(*c >= 32 && *c < 127);
}
END_TEST

START_TEST(the_learners_line_comes_back_out_of_an_explanation)
{
    char out[512];
    ck_assert(sanitizer_explain(asan_report, strlen(asan_report), source, "workspace/lcs.c", out,
                                sizeof out));
    ck_assert_int_eq(sanitizer_line(out, "workspace/lcs.c"), 12);
    static const char ubsan[] = "/home/me/kit/workspace/lcs.c:31:14: runtime error: index 9 out "
                                "of bounds at workspace/lcs.c:2 (a quote of the program)\n";
    ck_assert(sanitizer_explain(ubsan, strlen(ubsan), source, "workspace/lcs.c", out, sizeof out));
    ck_assert_int_eq(sanitizer_line(out, "workspace/lcs.c"), 31); /* the place, not the quote */
    /* another file's place, or none, is no line of the learner's */
    ck_assert_int_eq(sanitizer_line("AddressSanitizer: SEGV at (/lib/libc.so.6+0x9f) in strlen",
                                    "workspace/lcs.c"),
                     0);
    ck_assert_int_eq(sanitizer_line("AddressSanitizer: SEGV at harness/lcs.c:40 in main", "lcs.c"),
                     0);
    ck_assert_int_eq(sanitizer_line("at lcs.c:x", "lcs.c"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sanitizer");
    TCase *tc = tcase_create("reports");
    tcase_add_test(tc, asan_names_kind_access_and_the_learners_line);
    tcase_add_test(tc, asan_without_a_learner_frame_names_the_first_frame);
    tcase_add_test(tc, stack_overflow_is_named);
    tcase_add_test(tc, ubsan_runtime_error_names_what_and_where);
    tcase_add_test(tc, no_report_no_explanation);
    tcase_add_test(tc, long_or_odd_bytes_stay_one_printable_line);
    tcase_add_test(tc, the_learners_line_comes_back_out_of_an_explanation);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
