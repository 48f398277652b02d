/* Regression tests for what the fuzzers (bench/fuzz.sh) found, one test per
 * finding, each with the input that showed it (minimised where that reads better).
 *
 * problem.json loader: an error line quoted package text raw. jansson quotes the
 * bytes where parsing stopped ("near '\x15'"), and the "kind" and "checker" values
 * are echoed; a control character there (raw in the file or from a JSON escape
 * such as "\u001b") broke the promised single error line or reached the terminal
 * as an escape sequence. Found by bench/fuzz_problem.c. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char root[64], build[96];

static void write_file(const char *rel, const char *content, size_t len)
{
    char path[512], dir[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(content, 1, len, f), len);
    fclose(f);
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-fuzz-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    snprintf(build, sizeof build, "%s/build", root);
    write_file("problems/fz/data/sample/01-x.in", "1\n", 2);
    write_file("problems/fz/data/sample/01-x.ans", "1\n", 2);
}

static void teardown(void) { fs_remove_tree(root); }

/* Loads problems/fz with problem.json = json[0..len) and returns what the loader
 * printed on stderr (caller frees); *rc gets its return code. */
static char *load_printing(const char *json, size_t len, int *rc)
{
    write_file("problems/fz/problem.json", json, len);
    char *printed = NULL;
    size_t printed_len = 0;
    FILE *saved = stderr, *capture = open_memstream(&printed, &printed_len);
    ck_assert_ptr_nonnull(capture);
    stderr = capture;
    problem p;
    *rc = problem_load(root, build, "fz", &p);
    stderr = saved;
    fclose(capture);
    problem_release(&p);
    return printed;
}

/* One line, "judge: ...\n", and no C0, DEL or (UTF-8) C1 control character. */
static void assert_one_clean_line(const char *s)
{
    size_t n = strlen(s);
    ck_assert_msg(n > 8 && strncmp(s, "judge: ", 7) == 0 && s[n - 1] == '\n', "printed '%s'", s);
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i], next = (unsigned char)s[i + 1];
        ck_assert_msg(c >= 0x20 && c != 0x7F && !(c == 0xC2 && next >= 0x80 && next <= 0x9F),
                      "control byte 0x%02x at %zu in '%s'", c, i, s);
    }
}

/* The input bench/fuzz_problem.c found: a mutated dijkstra problem.json with a
 * raw 0x15 byte where jansson expected a key. */
static const char syntax_error_with_control_byte[] =
    "{\n  \"title\": \"Shortest Paths (Dijkstra)\",\n  \"difficulty\": \"medui\",\x15\n"
    "  \"tags\": [\"graphs\", \"shortest-paths\", \"heap\", \"dijkstra\"],\n"
    "  \"kind\": \"function\",\n"
    "  \"limits\": {\"time_ms\":000, 1 \"memory_mb\": 256, \"output_kb\": 8192},\n"
    "  \"checker\": \"tokens\",\n  \"header\": \"dijkstra.h\",\n  \"stub\": \"stub.c\",\n"
    "  \"complexity\": \"O((n + m) log m) time, O(n + m) lemory\"\n}\n";

START_TEST(json_error_does_not_echo_a_control_byte)
{
    int rc;
    char *printed = load_printing(syntax_error_with_control_byte,
                                  sizeof syntax_error_with_control_byte - 1, &rc);
    ck_assert_int_eq(rc, ERR_PACKAGE);
    assert_one_clean_line(printed);
    ck_assert_msg(strstr(printed, "near '\\x15'") != NULL, "printed '%s'", printed);
    free(printed);
}
END_TEST

#define JSON_WITH(field)                                                                           \
    "{\"title\": \"T\", \"difficulty\": \"easy\", " field ", \"limits\": {\"time_ms\": 1000, "     \
    "\"memory_mb\": 64, \"output_kb\": 64}}"

static const struct {
    const char *json, *shown;
} echoed[] = {
    {JSON_WITH("\"kind\": \"\\u001b[2J\\nfunction\""), "not '\\x1b[2J\\nfunction'"},
    {JSON_WITH("\"kind\": \"program\", \"checker\": \"\\u009b31mred\\u007f\""),
     "checker '\\xc2\\x9b31mred\\x7f'"},
    {JSON_WITH("\"kind\": \"program\", \"checker\": \"caf\\u00e9\\t\""),
     "checker 'caf\xc3\xa9\\t'"},
    /* printed as they are by list, show and the reports: refused when loaded */
    {"{\"title\": \"\\u001b]0;pwned\\u0007T\", \"difficulty\": \"easy\", \"kind\": \"program\", "
     "\"limits\": {\"time_ms\": 1000, \"memory_mb\": 64, \"output_kb\": 64}}",
     "\"title\" holds a control character: '\\x1b]0;pwned\\x07T'"},
    {JSON_WITH("\"kind\": \"program\", \"tags\": [\"ok\", \"\\u009bred\"]"),
     "a tag holds a control character: '\\xc2\\x9bred'"},
    {JSON_WITH("\"kind\": \"program\", \"complexity\": \"O(n)\\r\""),
     "\"complexity\" holds a control character: 'O(n)\\r'"},
};

START_TEST(echoed_values_are_escaped)
{
    int rc;
    char *printed = load_printing(echoed[_i].json, strlen(echoed[_i].json), &rc);
    ck_assert_int_eq(rc, ERR_PACKAGE);
    assert_one_clean_line(printed);
    ck_assert_msg(strstr(printed, echoed[_i].shown) != NULL, "printed '%s', wanted '%s'", printed,
                  echoed[_i].shown);
    free(printed);
}
END_TEST

START_TEST(long_echoed_value_is_cut)
{
    char json[4096], kind[2001];
    memset(kind, 'k', sizeof kind - 1);
    kind[sizeof kind - 1] = '\0';
    snprintf(json, sizeof json, JSON_WITH("\"kind\": \"%s\""), kind);
    int rc;
    char *printed = load_printing(json, strlen(json), &rc);
    ck_assert_int_eq(rc, ERR_PACKAGE);
    assert_one_clean_line(printed);
    ck_assert_msg(strlen(printed) < 400 && strstr(printed, "kkk...'") != NULL, "printed '%s'",
                  printed);
    free(printed);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fuzz_regressions");
    TCase *tc = tcase_create("problem");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, json_error_does_not_echo_a_control_byte);
    tcase_add_loop_test(tc, echoed_values_are_escaped, 0, sizeof echoed / sizeof *echoed);
    tcase_add_test(tc, long_echoed_value_is_cut);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
