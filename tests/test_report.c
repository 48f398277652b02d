/* Check suite of the report module: the JSON document's schema, hidden tests
 * revealing nothing of their data, truncation markers on a failing sample, the
 * time ratio to the reference, lines that fit the width, the breakdown of the
 * failing verdicts, the table's units, rows printed as tests finish, and
 * answers shown around their first difference. */
#include "fsutil.h"
#include "report.h"
#include "show.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static char dir[64];
static problem prob;
static judgement j;
static test_case tests[2];
static test_outcome mine[2], ref[2];
/* writable strings: the structs hold char *, and literals are const here */
static char name0[] = "01-sample", name1[] = "02-hidden", slug[] = "demo", title[] = "Demo",
            level[] = "easy", display[] = "mine.c", empty[] = "";

static char *write_file(const char *name, const char *content)
{
    char *path = fs_join(dir, name);
    FILE *f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    return path;
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-report-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    buf many = BUF_INIT;
    for (int i = 0; i < 100; i++)
        buf_appendf(&many, "%d\n", i);
    tests[0] = (test_case){.name = name0,
                           .group = TEST_SAMPLE,
                           .in_path = write_file("01.in", many.data),
                           .ans_path = write_file("01.ans", "1\n")};
    tests[1] = (test_case){.name = name1,
                           .group = TEST_SECRET,
                           .in_path = write_file("02.in", "secret input 4242\n"),
                           .ans_path = write_file("02.ans", "secret answer 4242\n")};
    buf_release(&many);
    prob =
        (problem){.slug = slug, .title = title, .difficulty = level, .tests = tests, .ntests = 2};
    memset(mine, 0, sizeof mine);
    memset(ref, 0, sizeof ref);
    j = (judgement){.plan = {.prob = &prob, .tests = tests, .ntests = 2},
                    .display = display,
                    .v = VERDICT_AC,
                    .total = 2,
                    .first_failure = -1,
                    .mine = mine,
                    .ref = ref,
                    .compile = {.ok = true, .log = empty}};
}

static void teardown(void)
{
    for (int i = 0; i < 2; i++) {
        free(tests[i].in_path);
        free(tests[i].ans_path);
        buf_release(&mine[i].answer);
    }
    fs_remove_tree(dir);
}

static void ran(test_outcome *o, verdict v, long cpu, long long fn)
{
    o->ran = true;
    o->v = v;
    o->cpu_ms = cpu;
    o->fn_ns = fn;
}

/* The text report of j, laid out for width columns. */
static char *render_width(const judgement *jd, int width)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    report_style style = {.color = false, .width = width};
    report_text(f, jd, &style);
    fclose(f);
    return text;
}

/* The report at the width of a terminal that is not one (80 columns). */
static char *render_text(void) { return render_width(&j, 0); }

START_TEST(json_has_the_documented_fields)
{
    ran(&mine[0], VERDICT_AC, 10, 2000000);
    ran(&mine[1], VERDICT_AC, 30, 6000000);
    ran(&ref[0], VERDICT_AC, 5, 1000000);
    ran(&ref[1], VERDICT_AC, 15, 3000000);
    snprintf(mine[1].fact, sizeof mine[1].fact, "footprint 12.5%% of the block");
    j.passed = j.ran = 2;
    json_t *doc = report_json(&j);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "verdict")), "AC");
    ck_assert_str_eq(json_string_value(json_object_get(doc, "problem")), "demo");
    ck_assert_int_eq(json_integer_value(json_object_get(doc, "passed")), 2);
    ck_assert(json_is_true(json_object_get(json_object_get(doc, "compile"), "ok")));
    json_t *tests_json = json_object_get(doc, "tests");
    ck_assert_int_eq(json_array_size(tests_json), 2);
    json_t *t0 = json_array_get(tests_json, 0);
    ck_assert_str_eq(json_string_value(json_object_get(t0, "group")), "sample");
    ck_assert_int_eq(json_integer_value(json_object_get(t0, "function_ns")), 2000000);
    ck_assert(json_is_null(json_object_get(t0, "fact")));
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(tests_json, 1), "fact")),
                     "footprint 12.5% of the block");
    ck_assert(json_is_object(json_object_get(t0, "reference")));
    json_t *cmp = json_object_get(doc, "comparison");
    ck_assert_str_eq(json_string_value(json_object_get(cmp, "metric")), "function_ns");
    ck_assert(json_real_value(json_object_get(cmp, "ratio")) == 2.0);
    json_decref(doc);
}
END_TEST

/* Where needle first occurs in text at or after from, or -1 (also when from is). */
/* noinline: gcc 12 takes the memstream buffer for a dangling local once inlined */
__attribute__((noinline)) static long offset_of(const char *text, long from, const char *needle)
{
    const char *hit = from < 0 ? NULL : strstr(text + from, needle);
    return hit ? (long)(hit - text) : -1;
}

START_TEST(fact_is_shown_beside_the_function_time)
{
    ran(&mine[0], VERDICT_AC, 1, 1500000);
    ran(&mine[1], VERDICT_AC, 1, 2500000);
    snprintf(mine[1].fact, sizeof mine[1].fact, "footprint 12.5%% of the block");
    j.passed = j.ran = 2;
    /* on a wide screen on its own row, after the function time; the sample row
       has none */
    char *text = render_width(&j, 200);
    long sample = offset_of(text, 0, "sample/01-sample"),
         row = offset_of(text, 0, "secret/02-hidden");
    long fn = offset_of(text, row, "2.500"), fact = offset_of(text, sample, "footprint");
    long eol = offset_of(text, row, "\n");
    ck_assert(0 <= sample && sample < row && row < fn && fn < fact && fact < eol);
    ck_assert_int_eq(offset_of(text, 0, "footprint 12.5% of the block\n"), fact);
    free(text);
    /* in 80 columns it does not fit there: the line below the row, indented */
    text = render_text();
    row = offset_of(text, 0, "secret/02-hidden");
    eol = offset_of(text, row, "\n");
    ck_assert_int_eq(offset_of(text, row, "footprint"), eol + 5);
    ck_assert_int_eq(offset_of(text, eol, "\n    footprint 12.5% of the block\n"), eol);
    free(text);
}
END_TEST

/* A time the judge did not believe: none shown, the reason on its row and in
 * the JSON, and the comparison in CPU time for the whole file. */
START_TEST(a_dropped_function_time_says_why)
{
    ran(&mine[0], VERDICT_AC, 10, 2000000);
    ran(&mine[1], VERDICT_AC, 30, -1);
    snprintf(mine[1].fn_dropped, sizeof mine[1].fn_dropped, "the timer was started twice");
    ran(&ref[0], VERDICT_AC, 5, 1000000);
    ran(&ref[1], VERDICT_AC, 15, 3000000);
    j.passed = j.ran = 2;
    char *text = render_width(&j, 200);
    long row = offset_of(text, 0, "secret/02-hidden"), eol = offset_of(text, row, "\n");
    long why = offset_of(text, row, "(function time dropped: the timer was started twice)");
    ck_assert(row >= 0 && row < why && why < eol);
    ck_assert_int_eq(offset_of(text, 0, "dropped"), why + 15);
    free(text);
    /* in 80 columns, on the line below the row */
    text = render_text();
    row = offset_of(text, 0, "secret/02-hidden");
    eol = offset_of(text, row, "\n");
    why = offset_of(text, row, "(function time dropped: the timer was started twice)");
    ck_assert_int_eq(why, eol + 5);
    free(text);
    json_t *doc = report_json(&j);
    json_t *tests_json = json_object_get(doc, "tests");
    json_t *t1 = json_array_get(tests_json, 1);
    ck_assert(json_is_null(json_object_get(t1, "function_ns")));
    ck_assert_str_eq(json_string_value(json_object_get(t1, "function_time_dropped")),
                     "the timer was started twice");
    ck_assert(
        json_is_null(json_object_get(json_array_get(tests_json, 0), "function_time_dropped")));
    ck_assert_str_eq(
        json_string_value(json_object_get(json_object_get(doc, "comparison"), "metric")), "cpu_ms");
    json_decref(doc);
}
END_TEST

START_TEST(ratio_falls_back_to_cpu_time_for_programs)
{
    ran(&mine[0], VERDICT_AC, 40, -1);
    ran(&ref[0], VERDICT_AC, 10, -1);
    double a, b;
    bool fn;
    ck_assert(report_ratio(&j, &a, &b, &fn));
    ck_assert(!fn);
    ck_assert(a / b == 4.0);
    ran(&ref[0], VERDICT_TLE, 10, -1); /* nothing both passed */
    ck_assert(!report_ratio(&j, &a, &b, &fn));
}
END_TEST

/* The summary line: a ratio when there is enough time to compare, "too fast"
 * only for an accepted solution, and a failing one's ratio scoped to what passed. */
START_TEST(summary_compares_only_what_can_be_compared)
{
    ran(&mine[0], VERDICT_AC, 10, 4000000);
    ran(&ref[0], VERDICT_AC, 5, 2000000);
    ran(&mine[1], VERDICT_AC, 10, 4000000);
    ran(&ref[1], VERDICT_AC, 5, 2000000);
    j.passed = j.ran = 2;
    /* wide enough for the summary's sentence on one line */
    char *text = render_width(&j, 200);
    ck_assert_msg(strstr(text, "; your function 8.00 ms, 2.00x the reference (4.00 ms)"), "%s",
                  text);
    free(text);

    ran(&mine[0], VERDICT_AC, 0, 2000);
    ran(&ref[0], VERDICT_AC, 0, 1000);
    ran(&mine[1], VERDICT_AC, 0, 2000);
    ran(&ref[1], VERDICT_AC, 0, 1000);
    text = render_width(&j, 200);
    ck_assert_msg(strstr(text, "; too fast to compare with the reference (0.002 ms)"), "%s", text);
    free(text);
    j.sanitized = true; /* built for memory errors: no comparison, not even "too fast" */
    text = render_text();
    ck_assert_msg(!strstr(text, "too fast") && !strstr(text, "the reference ("), "%s", text);
    free(text);
    j.sanitized = false;

    ran(&mine[1], VERDICT_TLE, 1000, -1); /* the slow test failed: nothing to compare */
    j.v = VERDICT_TLE;
    j.passed = 1;
    j.first_failure = 1;
    text = render_width(&j, 200);
    ck_assert_msg(!strstr(text, "too fast") && !strstr(text, "the reference ("), "%s", text);
    free(text);

    ran(&mine[0], VERDICT_AC, 10, 4000000);
    ran(&ref[0], VERDICT_AC, 5, 2000000);
    text = render_width(&j, 200);
    ck_assert_msg(strstr(text, "; on the tests that passed, your function 4.00 ms, 2.00x the "
                               "reference (2.00 ms)"),
                  "%s", text);
    free(text);
}
END_TEST

START_TEST(failing_sample_shows_truncated_input_expected_and_answer)
{
    ran(&mine[0], VERDICT_WA, 1, -1);
    buf_append(&mine[0].answer, "2\n", 2);
    mine[0].answer_total = 2;
    mine[0].diff_line = 1;
    snprintf(mine[0].message, sizeof mine[0].message, "line 1: expected '1', got '2'");
    j.v = VERDICT_WA;
    j.first_failure = 0;
    j.ran = 1;
    char *text = render_text();
    ck_assert_ptr_nonnull(strstr(text, "input:"));
    ck_assert_ptr_nonnull(strstr(text, "... 88 more lines")); /* 100 lines, 12 shown */
    ck_assert_ptr_nonnull(strstr(text, "expected:"));
    ck_assert_ptr_nonnull(strstr(text, "your answer:"));
    ck_assert_ptr_nonnull(strstr(text, "first difference: line 1"));
    ck_assert_ptr_nonnull(strstr(text, "stopped at the first failure"));
    free(text);
}
END_TEST

START_TEST(failing_hidden_test_reveals_nothing_of_its_data)
{
    ran(&mine[0], VERDICT_AC, 1, -1);
    ran(&mine[1], VERDICT_WA, 1, -1);
    mine[1].from_checker = true;
    snprintf(mine[1].message, sizeof mine[1].message, "expected 'secret answer 4242'");
    buf_append(&mine[1].answer, "leak 4242\n", 10);
    j.v = VERDICT_WA;
    j.first_failure = 1;
    j.passed = 1;
    j.ran = 2;
    char *text = render_text();
    ck_assert_ptr_null(strstr(text, "4242"));
    ck_assert_ptr_nonnull(strstr(text, "02-hidden"));
    ck_assert_ptr_nonnull(strstr(text, "hidden test"));
    free(text);
    json_t *doc = report_json(&j);
    char *dump = json_dumps(doc, 0);
    ck_assert_ptr_null(strstr(dump, "4242"));
    free(dump);
    json_decref(doc);
}
END_TEST

START_TEST(unprintable_bytes_are_escaped)
{
    ran(&mine[0], VERDICT_WA, 1, -1);
    buf_append(&mine[0].answer, "a\0b\x1b[31m\xff\n", 10);
    mine[0].answer_total = 10;
    j.v = VERDICT_WA;
    j.first_failure = 0;
    j.ran = 1;
    char *text = render_text();
    ck_assert_ptr_nonnull(strstr(text, "a\\x00b\\x1b[31m\\xff"));
    ck_assert_ptr_null(strchr(text, '\x1b'));
    free(text);
}
END_TEST

/* No byte that could drive a terminal: ESC, CR, BEL, BS, C1 CSI, an RTL override. */
static void assert_inert(const char *text)
{
    static const char *const active[] = {"\x1b", "\r", "\x07", "\b", "\xc2\x9b", "\xe2\x80\xae"};
    for (size_t i = 0; i < sizeof active / sizeof *active; i++)
        ck_assert_msg(strstr(text, active[i]) == NULL, "raw byte %#x in:\n%s",
                      (unsigned char)active[i][0], text);
}

/* What the learner's code wrote (a harness message, a fact, its stdout) and the
 * names they chose reach the text report escaped, and the JSON as they are. */
START_TEST(untrusted_text_is_escaped_in_text_and_exact_in_json)
{
    static char name[] = "01-\x1b[2J", file[] = "mine\x1b]0;t\x07.c";
    static const char fake[] = "\r\x1b[2KAC accepted: 43/43\x1b]8;;";
    tests[0].name = name;
    j.display = file;
    ran(&mine[0], VERDICT_WA, 1, -1);
    snprintf(mine[0].message, sizeof mine[0].message, "%s", fake);
    snprintf(mine[0].fact, sizeof mine[0].fact, "\x1b[1A\xe2\x80\xae\xc2\x9b");
    buf_append(&mine[0].out, "\x1b[H\b", 4);
    mine[0].out_total = 4;
    j.v = VERDICT_WA;
    j.first_failure = 0;
    j.ran = 1;
    char *text = render_text();
    assert_inert(text);
    ck_assert_ptr_nonnull(strstr(text, "    \\r\\x1b[2KAC accepted: 43/43\\x1b]8;;\n"));
    ck_assert_ptr_nonnull(strstr(text, "sample/01-\\x1b[2J"));
    ck_assert_ptr_nonnull(strstr(text, "mine\\x1b]0;t\\x07.c"));
    ck_assert_ptr_nonnull(strstr(text, "\\x1b[1A\\xe2\\x80\\xae\\xc2\\x9b"));
    ck_assert_ptr_nonnull(strstr(text, "\\x1b[H\\x08"));
    free(text);
    char *table = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&table, &size);
    report_table(f, &j, 1, &(report_style){.color = false});
    fclose(f);
    assert_inert(table);
    ck_assert_ptr_nonnull(strstr(table, "mine\\x1b]0;t\\x07.c"));
    free(table);
    json_t *doc = report_json(&j);
    json_t *t0 = json_array_get(json_object_get(doc, "tests"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(t0, "message")), fake);
    ck_assert_str_eq(json_string_value(json_object_get(t0, "name")), name);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "file")), file);
    json_decref(doc);
    buf_release(&mine[0].out);
}
END_TEST

/* A file name made of escapes (`#line 1 "\033]0;pwned\007"`) and an
 * unterminated OSC in the compiler's log, and a reason naming the learner's
 * symbol: all shown, none obeyed. */
START_TEST(compile_log_and_reason_are_escaped)
{
    static char log[] = "\x1b]0;pwned\x07:1:1: error: expected ';'\n\x1b]8;;\n",
                reason[] = "the harness provides \x1b[31mmain(): remove yours";
    j.compile = (compile_result){.ok = false, .log = log, .reason = reason};
    j.v = VERDICT_CE;
    snprintf(j.note, sizeof j.note, "%s", reason);
    char *text = render_text();
    assert_inert(text);
    ck_assert_ptr_nonnull(strstr(text, "\\x1b]0;pwned\\x07:1:1: error: expected ';'\n"));
    ck_assert_ptr_nonnull(strstr(text, "\\x1b]8;;\n"));
    ck_assert_ptr_nonnull(
        strstr(text, "CE  compilation error: the harness provides \\x1b[31mmain()"));
    free(text);
    json_t *doc = report_json(&j);
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(doc, "compile"), "log")),
                     log);
    json_decref(doc);
}
END_TEST

/* The widest line of text, in characters (UTF-8 aware); every line must also be
 * shown text (printable, valid UTF-8: no character cut in two). */
static int widest(const char *text)
{
    int most = 0;
    for (const char *line = text; *line;) {
        size_t n = strcspn(line, "\n");
        int cols = 0;
        for (size_t i = 0; i < n; i++)
            cols += ((unsigned char)line[i] & 0xC0) != 0x80;
        ck_assert_msg(show_is_plain(line, n), "not plain: %.*s", (int)n, line);
        most = cols > most ? cols : most;
        line += n + (line[n] == '\n');
    }
    return most;
}

/* The line of text that holds needle, copied into line[size] ("" when none). */
static const char *line_of(const char *text, const char *needle, char *line, size_t size)
{
    const char *hit = strstr(text, needle);
    line[0] = '\0';
    if (!hit)
        return line;
    const char *start = hit;
    while (start > text && start[-1] != '\n')
        start--;
    snprintf(line, size, "%.*s", (int)strcspn(start, "\n"), start);
    return line;
}

/* A judgement of many tests with long names, a long path, a failing sample with
 * long lines, notes on a row and a summary with a ratio and a breakdown. */
enum { MANY = 31 };
static test_case many_tests[MANY];
static test_outcome many_mine[MANY], many_ref[MANY];
static char many_names[MANY][128];
static problem many_prob;
static judgement many;

static void make_many(verdict later)
{
    static char long_file[] = "workspace/a-directory-with-a-rather-long-name/and-another-one/"
                              "attempts/my-lcs-attempt-number-seven.c";
    memset(many_mine, 0, sizeof many_mine);
    memset(many_ref, 0, sizeof many_ref);
    for (int i = 0; i < MANY; i++) {
        snprintf(many_names[i], sizeof many_names[i], "%02d-case", i);
        many_tests[i] = (test_case){.name = many_names[i], .group = TEST_SECRET};
        ran(&many_mine[i], VERDICT_AC, 40, 39172000);
        ran(&many_ref[i], VERDICT_AC, 50, 51546000);
    }
    snprintf(many_names[9], sizeof many_names[9], "09-subsequence-not-substring");
    snprintf(many_names[10], sizeof many_names[10], "37-lc-wrong-dijkstra-handmade");
    snprintf(many_names[11], sizeof many_names[11],
             "20-a-name-far-longer-than-any-column-could-hold-whatever-the-width-q1");
    snprintf(many_names[12], sizeof many_names[12],
             "21-\xc3\xbcnic\xc3\xb6"
             "de-\xe2\x86\x92-names-\xc3\xa0-cut-between-characters-"
             "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
    tests[0].name = name0; /* the fixture's sample: its files show the details */
    many_tests[0] = tests[0];
    ran(&many_mine[0], VERDICT_WA, 1, 1000);
    snprintf(many_mine[0].message, sizeof many_mine[0].message,
             "line 1: expected '1', got '2 and then a long tail of words that the checker quoted "
             "from the answer, more than a line can hold'");
    buf_release(&many_mine[0].answer);
    for (int k = 0; k < 3; k++)
        buf_appendf(&many_mine[0].answer, "%0150d\n", k);
    many_mine[0].answer_total = many_mine[0].answer.len;
    snprintf(many_mine[5].fact, sizeof many_mine[5].fact, "footprint 41.2%% of the block");
    snprintf(many_mine[6].fn_dropped, sizeof many_mine[6].fn_dropped,
             "the timer was started twice, and stopped once, which no harness does");
    ran(&many_mine[6], VERDICT_AC, 40, -1);
    ran(&many_mine[7], VERDICT_WA, 1, 1000);
    for (int i = 20; i < 29; i++)
        ran(&many_mine[i], later, 1000, -1);
    many_prob = (problem){
        .slug = slug, .title = title, .difficulty = level, .tests = many_tests, .ntests = MANY};
    many = (judgement){.plan = {.prob = &many_prob, .tests = many_tests, .ntests = MANY},
                       .display = long_file,
                       .v = later,
                       .total = MANY,
                       .ran = MANY,
                       .passed = MANY - 2 - 9,
                       .first_failure = 0,
                       .mine = many_mine,
                       .ref = many_ref,
                       .compile = {.ok = true, .log = empty}};
}

static void release_many(void) { buf_release(&many_mine[0].answer); }

/* Issue 11, item 1: long names, a long path, long messages and answers, notes
 * on a row and a long summary: every line within the width, at 80 and 60. */
START_TEST(every_line_fits_the_width)
{
    make_many(VERDICT_TLE);
    const int widths[] = {80, 60, 72};
    for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
        char *text = render_width(&many, widths[w]);
        ck_assert_msg(widest(text) <= widths[w], "wider than %d:\n%s", widths[w], text);
        /* a long name keeps its group and number, and its end */
        char line[512];
        line_of(text, "secret/09-", line, sizeof line);
        ck_assert_msg(strstr(line, "...") && strstr(line, "ring WA") == NULL &&
                          strstr(line, "ring  ") == NULL,
                      "%s", line);
        ck_assert_msg(strstr(line, widths[w] >= 80 ? "-not-substring AC" : "string AC"), "%s",
                      line);
        line_of(text, "secret/37-", line, sizeof line);
        ck_assert_msg(strstr(line, "made AC"), "%s", line);
        free(text);
        /* the table of several files, one of them with a long path */
        ran(&mine[0], VERDICT_AC, 1, 1000);
        ran(&mine[1], VERDICT_AC, 1, 1000);
        j.passed = j.ran = 2;
        judgement two[2] = {many, j};
        char *table = NULL;
        size_t size = 0;
        FILE *f = open_memstream(&table, &size);
        report_table(f, two, 2, &(report_style){.width = widths[w]});
        fclose(f);
        ck_assert_msg(widest(table) <= widths[w], "wider than %d:\n%s", widths[w], table);
        /* the path keeps its file name; the columns stay aligned */
        line_of(table, "my-lcs-attempt-number-seven.c TLE", line, sizeof line);
        ck_assert_msg(line[0] && strstr(line, "..."), "%s", table);
        char header[512], row[512];
        line_of(table, "vs reference", header, sizeof header);
        line_of(table, "mine.c", row, sizeof row);
        ck_assert_int_eq(strstr(header, "passed") - header + 6, strstr(row, "2/2") - row + 3);
        ck_assert_int_eq(strlen(header), strlen(row));
        free(table);
    }
    release_many();
}
END_TEST

/* Issue 11, item 3: with --all the summary names each failing verdict, and the
 * overall one is the worst by precedence (TLE over WA), as the session decides. */
START_TEST(summary_breaks_down_the_failing_verdicts)
{
    make_many(VERDICT_TLE);
    char *text = render_width(&many, 200);
    ck_assert_msg(strstr(text, "\nTLE  time limit exceeded: 20/31 tests passed (2 WA, 9 TLE); on "
                               "the tests that passed, 800 ms CPU"),
                  "%s", text);
    free(text);
    /* wrapped, the counts and their verdicts stay together */
    text = render_width(&many, 60);
    ck_assert_msg(strstr(text, "2 WA, 9 TLE") || strstr(text, "2 WA,\n     9 TLE"), "%s", text);
    free(text);
    json_t *doc = report_json(&many);
    json_t *counts = json_object_get(doc, "verdict_counts");
    ck_assert_int_eq(json_integer_value(json_object_get(counts, "AC")), 20);
    ck_assert_int_eq(json_integer_value(json_object_get(counts, "WA")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(counts, "TLE")), 9);
    ck_assert_int_eq(json_object_size(counts), 3);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "verdict")), "TLE");
    json_decref(doc);
    release_many();
    /* a judging stopped at its first failure has nothing to break down */
    ran(&mine[0], VERDICT_WA, 1, -1);
    j.v = VERDICT_WA;
    j.first_failure = 0;
    j.ran = 1;
    text = render_width(&j, 200);
    ck_assert_msg(strstr(text, "0/2 tests passed (stopped at the first failure"), "%s", text);
    ck_assert_ptr_null(strstr(text, "1 WA"));
    free(text);
}
END_TEST

/* Issue 11, item 4: one meaning and one unit per column, named in the header. A
 * function problem's TLE row shows the reference's function time where every
 * other row does; a program's table has no function time, and its reference
 * column is CPU time on every row. */
START_TEST(each_column_has_one_meaning_and_its_unit_in_the_header)
{
    ran(&mine[0], VERDICT_AC, 3, 2000000);
    ran(&ref[0], VERDICT_AC, 7, 1250000);
    ran(&mine[1], VERDICT_TLE, 1002, -1);
    ran(&ref[1], VERDICT_AC, 9, 1500000);
    j.v = VERDICT_TLE;
    j.first_failure = 1;
    j.passed = 1;
    j.ran = 2;
    char *text = render_text(), line[512];
    line_of(text, "  test ", line, sizeof line);
    ck_assert_msg(strstr(line, "cpu ms") && strstr(line, "wall ms") && strstr(line, "mem MB") &&
                      strstr(line, "  fn ms") && strstr(line, "ref fn ms") &&
                      !strstr(line, "ref cpu"),
                  "%s", line);
    size_t end = strlen(line);
    line_of(text, "sample/01-sample", line, sizeof line);
    ck_assert_int_eq(strlen(line), end); /* right-aligned under their headers */
    ck_assert_str_eq(line + end - 16, "2.000      1.250");
    line_of(text, "secret/02-hidden", line, sizeof line);
    ck_assert_str_eq(line + end - 16, "    -      1.500");
    free(text);

    prob.kind = PROBLEM_PROGRAM;
    ran(&mine[0], VERDICT_AC, 3, -1);
    ran(&ref[0], VERDICT_AC, 7, -1);
    ref[1].ran = false; /* not compared */
    text = render_text();
    line_of(text, "  test ", line, sizeof line);
    ck_assert_msg(strstr(line, "ref cpu ms") && !strstr(line, "fn ms"), "%s", line);
    end = strlen(line);
    line_of(text, "sample/01-sample", line, sizeof line);
    ck_assert_int_eq(strlen(line), end);
    ck_assert_str_eq(line + end - 12, "           7");
    line_of(text, "secret/02-hidden", line, sizeof line);
    ck_assert_str_eq(line + end - 12, "           -");
    free(text);
    prob.kind = PROBLEM_FUNCTION;
}
END_TEST

static char *stream_text(FILE *f, char **text)
{
    fflush(f);
    return *text;
}

/* Issue 11, item 2: each row as soon as the session says its test is done, the
 * summary at the end, and the same text as the report printed at once. */
START_TEST(rows_are_printed_as_the_session_tells_them)
{
    ran(&mine[0], VERDICT_AC, 1, 1000);
    ran(&mine[1], VERDICT_AC, 2, 2000);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    report_live live;
    report_live_init(&live, f, &(report_style){.width = 80});
    report_live_test(&j, 0, &live);
    const char *now = stream_text(f, &text);
    ck_assert_msg(strstr(now, "demo: Demo") && strstr(now, "sample/01-sample AC"), "%s", now);
    ck_assert_msg(!strstr(now, "02-hidden") && !strstr(now, "accepted"), "%s", now);
    report_live_test(&j, 1, &live);
    now = stream_text(f, &text);
    ck_assert_msg(strstr(now, "secret/02-hidden AC") && !strstr(now, "accepted"), "%s", now);
    j.passed = j.ran = 2;
    report_live_end(&live, &j);
    fclose(f);
    char *whole = render_text();
    ck_assert_str_eq(text, whole);
    ck_assert_ptr_null(strstr(strstr(text, "02-hidden") + 1, "02-hidden")); /* once */
    free(whole);
    free(text);
}
END_TEST

/* Ctrl-C after the first test: its row stays, and a line says how many of the
 * tests finished and passed; before any row, nothing is printed. */
START_TEST(an_interrupted_report_keeps_the_rows_printed)
{
    ran(&mine[0], VERDICT_AC, 1, 1000);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    report_live live;
    report_live_init(&live, f, &(report_style){.width = 80});
    report_live_interrupted(&live, &j);
    ck_assert_str_eq(stream_text(f, &text), "");
    report_live_test(&j, 0, &live);
    report_live_interrupted(&live, &j);
    fclose(f);
    ck_assert_msg(strstr(text, "sample/01-sample AC"), "%s", text);
    ck_assert_msg(strstr(text, "\ninterrupted after 1 of 2 tests: 1 passed\n"), "%s", text);
    free(text);
}
END_TEST

/* report_block_around's text for data around line, at 80 columns. */
static char *block_around(const char *data, size_t total, long line)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    report_block_around(f, 80, 4, "your answer", data, strlen(data), total, line);
    fclose(f);
    return text;
}

/* "1\n2\n...n\n" */
static char *numbers(int n)
{
    buf b = BUF_INIT;
    for (int i = 1; i <= n; i++)
        buf_appendf(&b, "%d\n", i);
    return b.data;
}

START_TEST(a_late_difference_is_shown_in_a_numbered_window)
{
    char *data = numbers(40);
    char *text = block_around(data, strlen(data), 25);
    ck_assert_ptr_nonnull(strstr(text, "      ... 21 lines before\n"));
    ck_assert_ptr_null(strstr(text, "| 21\n"));
    ck_assert_ptr_nonnull(strstr(text, "      22 | 22\n"));
    ck_assert_ptr_nonnull(strstr(text, "    > 25 | 25\n"));
    ck_assert_ptr_nonnull(strstr(text, "      33 | 33\n"));
    ck_assert_ptr_null(strstr(text, "| 34\n"));
    ck_assert_ptr_nonnull(strstr(text, "... 7 more lines\n"));
    free(text);
    free(data);
}
END_TEST

START_TEST(an_early_difference_keeps_the_top_and_pads_the_numbers)
{
    char *data = numbers(40);
    char *text = block_around(data, strlen(data), 3);
    ck_assert_ptr_null(strstr(text, "before"));
    ck_assert_ptr_nonnull(strstr(text, "       1 | 1\n")); /* two digits: 12 is shown */
    ck_assert_ptr_nonnull(strstr(text, "    >  3 | 3\n"));
    ck_assert_ptr_nonnull(strstr(text, "      12 | 12\n"));
    ck_assert_ptr_nonnull(strstr(text, "... 28 more lines\n"));
    free(text);
    free(data);
}
END_TEST

START_TEST(an_answer_that_ends_early_says_so_at_the_line)
{
    char *data = numbers(20);
    char *text = block_around(data, strlen(data), 21);
    ck_assert_ptr_nonnull(strstr(text, "... 17 lines before\n"));
    ck_assert_ptr_nonnull(strstr(text, "      20 | 20\n"));
    ck_assert_ptr_nonnull(strstr(text, "    > 21 | (the answer ends before this line)\n"));
    ck_assert_ptr_null(strstr(text, "more lines"));
    free(text);
    /* cut by the judge rather than ended: the line is past what was kept */
    text = block_around(data, strlen(data) + 100, 21);
    ck_assert_ptr_nonnull(strstr(text, "    > 21 | (past the bytes the judge kept)\n"));
    ck_assert_ptr_nonnull(strstr(text, "... 100 more bytes not kept\n"));
    free(text);
    /* nothing at all */
    text = block_around("", 0, 1);
    ck_assert_ptr_nonnull(strstr(text, "    >  1 | (the answer ends before this line)\n"));
    free(text);
    free(data);
}
END_TEST

START_TEST(a_failing_sample_is_numbered_around_its_first_difference)
{
    char *answer = numbers(30);
    ran(&mine[0], VERDICT_WA, 1, -1);
    buf_append(&mine[0].answer, answer, strlen(answer));
    mine[0].answer_total = strlen(answer);
    mine[0].diff_line = 2; /* the expected answer, "1\n", ends after line 1 */
    j.v = VERDICT_WA;
    j.first_failure = 0;
    j.ran = 1;
    char *text = render_text();
    long first = offset_of(text, 0, "first difference: line 2");
    long expected = offset_of(text, first, "expected:");
    ck_assert_int_ge(first, 0);
    ck_assert_int_ge(expected, 0);
    /* one gutter for both, though the expected answer has one line and the
       answer 30: the numbers line up */
    ck_assert_ptr_nonnull(strstr(text + expected, "    >  2 | (the answer ends before this line)"));
    ck_assert_ptr_nonnull(strstr(text + expected, "    >  2 | 2\n"));
    free(text);
    free(answer);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("render");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, json_has_the_documented_fields);
    tcase_add_test(tc, fact_is_shown_beside_the_function_time);
    tcase_add_test(tc, a_dropped_function_time_says_why);
    tcase_add_test(tc, ratio_falls_back_to_cpu_time_for_programs);
    tcase_add_test(tc, summary_compares_only_what_can_be_compared);
    tcase_add_test(tc, failing_sample_shows_truncated_input_expected_and_answer);
    tcase_add_test(tc, failing_hidden_test_reveals_nothing_of_its_data);
    tcase_add_test(tc, unprintable_bytes_are_escaped);
    tcase_add_test(tc, untrusted_text_is_escaped_in_text_and_exact_in_json);
    tcase_add_test(tc, compile_log_and_reason_are_escaped);
    tcase_add_test(tc, every_line_fits_the_width);
    tcase_add_test(tc, summary_breaks_down_the_failing_verdicts);
    tcase_add_test(tc, each_column_has_one_meaning_and_its_unit_in_the_header);
    tcase_add_test(tc, rows_are_printed_as_the_session_tells_them);
    tcase_add_test(tc, an_interrupted_report_keeps_the_rows_printed);
    tcase_add_test(tc, a_late_difference_is_shown_in_a_numbered_window);
    tcase_add_test(tc, an_early_difference_keeps_the_top_and_pads_the_numbers);
    tcase_add_test(tc, an_answer_that_ends_early_says_so_at_the_line);
    tcase_add_test(tc, a_failing_sample_is_numbered_around_its_first_difference);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
