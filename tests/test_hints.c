/* Check suite of hints: the sections of a well-formed hints.md, with their blank
 * edges trimmed and code fences kept whole, and one package error naming the line
 * for each way a file can be malformed. */
#include "err.h"
#include "hints.h"

#include <check.h>
#include <string.h>

static int parse(const char *text, hints *out)
{
    return hints_parse(text, strlen(text), "h.md", out);
}

START_TEST(sections_are_hints_in_order)
{
    hints h;
    ck_assert_int_eq(parse("# Hints: Demo\n\n## Hint 1\n\nFirst, gently.\n\n"
                           "## Hint 2\nSecond\non two lines.\n"
                           "## Hint 3   \n\n```c\n## not a heading in code\n```\n\n\n",
                           &h),
                     0);
    ck_assert_uint_eq(h.n, 3);
    ck_assert_str_eq(h.text[0], "First, gently.");
    ck_assert_str_eq(h.text[1], "Second\non two lines.");
    ck_assert_str_eq(h.text[2], "```c\n## not a heading in code\n```");
    hints_release(&h);
    ck_assert_uint_eq(h.n, 0);
}
END_TEST

START_TEST(a_file_without_a_final_newline_keeps_its_last_line)
{
    hints h;
    ck_assert_int_eq(parse("## Hint 1\nonly one", &h), 0);
    ck_assert_uint_eq(h.n, 1);
    ck_assert_str_eq(h.text[0], "only one");
    hints_release(&h);
}
END_TEST

static const char *const malformed[] = {
    "",
    "# Title only\n",
    "## Hint 2\nskips the first\n",
    "## Hint 1\na\n## Hint 3\nskips the second\n",
    "## Hint 1\na\n## Hint 1\nagain\n",
    "## Hint 1\n\n\n## Hint 2\nthe first is empty\n",
    "## Hint 1\na\n## Hint 2\n",
    "An introduction that nobody would ever see.\n## Hint 1\na\n",
    "## Hint 1\na\n## Hints for later\nb\n",
    "## Hint 1\na\n## Hint 10\nb\n",
    "## Hint 1: with a title\na\n",
    "## Hint 1\na\0b\n",
};

START_TEST(malformed_files_are_package_errors)
{
    hints h;
    const char *text = malformed[_i];
    size_t len = _i == 11 ? 14 : strlen(text); /* the last one holds a NUL byte */
    ck_assert_int_eq(hints_parse(text, len, "h.md", &h), ERR_PACKAGE);
    hints_release(&h);
}
END_TEST

START_TEST(missing_file_is_a_package_error)
{
    hints h;
    ck_assert_int_eq(hints_load("/nonexistent/problem", &h), ERR_PACKAGE);
    hints_release(&h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("hints");
    TCase *tc = tcase_create("parse");
    tcase_add_test(tc, sections_are_hints_in_order);
    tcase_add_test(tc, a_file_without_a_final_newline_keeps_its_last_line);
    tcase_add_loop_test(tc, malformed_files_are_package_errors, 0,
                        (int)(sizeof malformed / sizeof *malformed));
    tcase_add_test(tc, missing_file_is_a_package_error);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
