/* Tests of the output checkers: each kind at its boundaries, the messages a
 * learner reads, a custom checker's end read from a real feedback directory, the
 * Kattis default-validator conformance cases, and random bytes for robustness. */
#include "checker.h"
#include "err.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define KATTIS_DIR KIT_TEST_SOURCE_DIR "/data/kattis-default-validator"
#define KATTIS_CASES 24
#define MAX_CASES 256
#define ROCKET "\xf0\x9f\x9a\x80" /* U+1F680 in UTF-8, four bytes */

/* ---- helpers ---- */

static check_spec spec_of(check_kind kind) { return check_spec_default(kind); }

static check_spec float_spec(double abs_tol, double rel_tol)
{
    check_spec s = check_spec_default(CHECK_FLOAT);
    s.abs_tol = abs_tol;
    s.rel_tol = rel_tol;
    return s;
}

static check_result run_n(check_spec spec, const char *e, size_t en, const char *a, size_t an)
{
    check_result r;
    int rc = check_compare(&spec, e, en, a, an, &r);
    ck_assert_int_eq(rc, 0);
    ck_assert_ptr_nonnull(memchr(r.message, '\0', sizeof r.message));
    ck_assert_int_eq(r.outcome == CHECK_ACCEPT, r.message[0] == '\0');
    return r;
}

static check_result run(check_spec spec, const char *e, const char *a)
{
    return run_n(spec, e, strlen(e), a, strlen(a));
}

static void assert_accepts(check_spec spec, const char *e, const char *a)
{
    check_result r = run(spec, e, a);
    ck_assert_msg(r.outcome == CHECK_ACCEPT, "%s: '%s' against '%s' rejected: %s",
                  check_kind_name(spec.kind), a, e, r.message);
}

static void assert_rejects(check_spec spec, const char *e, const char *a)
{
    check_result r = run(spec, e, a);
    ck_assert_msg(r.outcome == CHECK_REJECT, "%s: '%s' against '%s' accepted",
                  check_kind_name(spec.kind), a, e);
}

/* Asserts a reject with exactly this message and line. */
static void assert_says(check_spec spec, const char *e, const char *a, long line, const char *msg)
{
    check_result r = run(spec, e, a);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_str_eq(r.message, msg);
    ck_assert_int_eq(r.line, line);
}

static char *repeat(char c, size_t n)
{
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    memset(s, c, n);
    s[n] = '\0';
    return s;
}

/* True when s is valid UTF-8: messages must be, whatever the answers held. */
static bool valid_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        size_t len = *u < 0x80                  ? 1
                     : *u >= 0xC2 && *u < 0xE0  ? 2
                     : *u >= 0xE0 && *u < 0xF0  ? 3
                     : *u >= 0xF0 && *u <= 0xF4 ? 4
                                                : 0;
        if (len == 0)
            return false;
        for (size_t i = 1; i < len; i++) {
            if ((u[i] & 0xC0) != 0x80)
                return false;
        }
        u += len;
    }
    return true;
}

/* ---- kinds and defaults ---- */

START_TEST(test_kind_names_round_trip)
{
    for (int k = 0; k < CHECK_KIND_COUNT; k++) {
        check_kind parsed;
        ck_assert_int_eq(check_kind_parse(check_kind_name((check_kind)k), &parsed), 0);
        ck_assert_int_eq(parsed, k);
    }
    check_kind parsed = CHECK_EXACT;
    ck_assert_int_eq(check_kind_parse("tokens", &parsed), 0);
    ck_assert_int_eq(parsed, CHECK_TOKENS);
    ck_assert_int_eq(check_kind_parse("Tokens", &parsed), ERR_PACKAGE);
    ck_assert_int_eq(check_kind_parse("", &parsed), ERR_PACKAGE);
    ck_assert_int_eq(check_kind_parse("floats", &parsed), ERR_PACKAGE);
    ck_assert_str_eq(check_kind_name(CHECK_KIND_COUNT), "unknown");
}
END_TEST

START_TEST(test_spec_defaults)
{
    for (int k = 0; k < CHECK_KIND_COUNT; k++) {
        check_spec s = check_spec_default((check_kind)k);
        ck_assert_int_eq(s.kind, k);
        ck_assert_double_eq(s.abs_tol, 1e-6);
        ck_assert_double_eq(s.rel_tol, 1e-6);
        ck_assert(s.case_sensitive);
        ck_assert(!s.space_sensitive);
    }
}
END_TEST

/* ---- exact ---- */

START_TEST(test_exact_equal_and_empty)
{
    assert_accepts(spec_of(CHECK_EXACT), "1 2\n3\n", "1 2\n3\n");
    assert_accepts(spec_of(CHECK_EXACT), "", "");
    check_result r = run_n(spec_of(CHECK_EXACT), NULL, 0, NULL, 0);
    ck_assert_int_eq(r.outcome, CHECK_ACCEPT);
    ck_assert(!r.whitespace_only);
    ck_assert_int_eq(r.line, 0);
}
END_TEST

START_TEST(test_exact_first_differing_line)
{
    check_result r = run(spec_of(CHECK_EXACT), "1\n2\n12\n4\n", "1\n2\n13\n4\n");
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_str_eq(r.message, "line 3: expected '12', got '13'");
    ck_assert_int_eq(r.line, 3);
    ck_assert(!r.whitespace_only);
}
END_TEST

START_TEST(test_exact_whitespace_only_hint)
{
    check_result r = run(spec_of(CHECK_EXACT), "12\n", "12");
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert(r.whitespace_only);
    ck_assert_str_eq(r.message, "line 1: expected '12\\n', got '12'");
    ck_assert_int_eq(r.line, 1);

    r = run(spec_of(CHECK_EXACT), "a\nb\n", "a\r\nb\r\n");
    ck_assert(r.whitespace_only);
    ck_assert_str_eq(r.message, "line 1: expected 'a', got 'a\\r'");

    r = run(spec_of(CHECK_EXACT), "1\n1 2\n", "1\n1 2 \n");
    ck_assert(r.whitespace_only);
    ck_assert_str_eq(r.message, "line 2: expected '1 2', got '1 2 '");
    ck_assert_int_eq(r.line, 2);

    r = run(spec_of(CHECK_EXACT), "1 2\n", "1\t\t2\n\n\n");
    ck_assert(r.whitespace_only);

    /* Not a whitespace-only difference: letters differ, or a token is split. */
    ck_assert(!run(spec_of(CHECK_EXACT), "Hello\n", "hello\n").whitespace_only);
    ck_assert(!run(spec_of(CHECK_EXACT), "12\n", "1 2\n").whitespace_only);
    ck_assert(!run(spec_of(CHECK_EXACT), "1\n", "1\n2\n").whitespace_only);
}
END_TEST

START_TEST(test_exact_output_ends_early_or_late)
{
    assert_says(spec_of(CHECK_EXACT), "1\n2\n", "1\n", 2,
                "line 2: expected '2', but the output ended");
    assert_says(spec_of(CHECK_EXACT), "1\n\n", "1\n", 2,
                "line 2: expected '\\n', but the output ended");
    assert_says(spec_of(CHECK_EXACT), "1\n", "1\n2\n", 2,
                "line 2: expected the output to end, got '2'");
    assert_says(spec_of(CHECK_EXACT), "", "x", 1, "line 1: expected the output to end, got 'x'");
    assert_says(spec_of(CHECK_EXACT), "x\n", "", 1, "line 1: expected 'x', but the output ended");
    assert_says(spec_of(CHECK_EXACT), "12", "123", 1, "line 1: expected '12', got '123'");
}
END_TEST

START_TEST(test_exact_escapes_any_byte)
{
    static const char e[] = "a\0b\n";
    static const char a[] = "a\0c\n";
    check_result r = run_n(spec_of(CHECK_EXACT), e, sizeof e - 1, a, sizeof a - 1);
    ck_assert_str_eq(r.message, "line 1: expected 'a\\x00b', got 'a\\x00c'");

    /* Valid UTF-8 shows as itself; stray, overlong and surrogate bytes as \xNN. */
    assert_says(spec_of(CHECK_EXACT), "caf\xc3\xa9\n", "caf\xc3\n", 1,
                "line 1: expected 'caf\xc3\xa9', got 'caf\\xc3'");
    assert_says(spec_of(CHECK_EXACT), "x\n", "\xc0\xaf\xed\xa0\x80\xff\x7f\x1b\\\t\n", 1,
                "line 1: expected 'x', got '\\xc0\\xaf\\xed\\xa0\\x80\\xff\\x7f\\x1b\\\\\\t'");
}
END_TEST

START_TEST(test_exact_long_lines_are_windowed)
{
    char *e = repeat('a', 300), *a = repeat('a', 300);
    e[200] = 'b';
    a[200] = 'c';
    check_result r = run(spec_of(CHECK_EXACT), e, a);
    ck_assert_int_eq(r.line, 1);
    /* Ten bytes of context, the difference, then the rest of 60 bytes. */
    char *ten = repeat('a', 10), *rest = repeat('a', 49), want[256];
    snprintf(want, sizeof want, "line 1: expected '...%sb%s...', got '...%sc%s...'", ten, rest, ten,
             rest);
    ck_assert_str_eq(r.message, want);
    free(ten);
    free(rest);

    /* An early difference in a long line shows from its start, cut at the end. */
    e[200] = a[200] = 'a';
    e[3] = 'X';
    r = run(spec_of(CHECK_EXACT), e, a);
    ck_assert_ptr_nonnull(strstr(r.message, "expected 'aaaXaa"));
    ck_assert_ptr_nonnull(strstr(r.message, "...', got 'aaaaaa"));
    free(e);
    free(a);
}
END_TEST

START_TEST(test_exact_window_never_splits_utf8)
{
    /* 100 rockets (4 bytes each), then a difference: the window must start and end
     * on whole characters. */
    char e[512] = "", a[512] = "";
    for (int i = 0; i < 100; i++) {
        strcat(e, ROCKET);
        strcat(a, ROCKET);
    }
    strcat(e, "1");
    strcat(a, "2");
    check_result r = run(spec_of(CHECK_EXACT), e, a);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_msg(valid_utf8(r.message), "invalid UTF-8 in: %s", r.message);
    ck_assert_ptr_nonnull(strstr(r.message, ROCKET "1'"));
    ck_assert_ptr_nonnull(strstr(r.message, ROCKET "2'"));
}
END_TEST

START_TEST(test_exact_ignores_flags)
{
    check_spec s = spec_of(CHECK_EXACT);
    s.case_sensitive = false;
    assert_rejects(s, "Hello", "hello");
    s.space_sensitive = true;
    assert_accepts(s, "a b", "a b");
}
END_TEST

/* ---- tokens ---- */

START_TEST(test_tokens_ignore_whitespace)
{
    check_spec s = spec_of(CHECK_TOKENS);
    assert_accepts(s, "1 2\n3\n", "1\n2   3");
    assert_accepts(s, "1 2\n", "1 2\r\n");
    assert_accepts(s, "1 2\n", "  1\t2\v\f\r\n\n\n");
    assert_accepts(s, "", "");
    assert_accepts(s, "", " \n\t");
    assert_accepts(s, "\n\n", "");
}
END_TEST

START_TEST(test_tokens_mismatch_message)
{
    assert_says(spec_of(CHECK_TOKENS), "1 2 3\n4 7\n", "1 2 3\n4 8\n", 2,
                "token 5 (line 2): expected '7', got '8'");
    assert_says(spec_of(CHECK_TOKENS), "\n\nabc", "abd", 3,
                "token 1 (line 3): expected 'abc', got 'abd'");
    /* NUL is part of a token, not a separator. */
    static const char e[] = "a\0b";
    check_result r = run_n(spec_of(CHECK_TOKENS), e, sizeof e - 1, "a b", 3);
    ck_assert_str_eq(r.message, "token 1 (line 1): expected 'a\\x00b', got 'a'");
}
END_TEST

START_TEST(test_tokens_missing_and_extra)
{
    assert_says(spec_of(CHECK_TOKENS), "1 2 3 9", "1 2 3", 1,
                "expected more output: token 4 '9' missing");
    assert_says(spec_of(CHECK_TOKENS), "1\n2\n", "", 1,
                "expected more output: token 1 '1' missing");
    assert_says(spec_of(CHECK_TOKENS), "1\n2\n", "1\n", 2,
                "expected more output: token 2 '2' missing");
    assert_says(spec_of(CHECK_TOKENS), "1 2\n", "1 2 3\n4\n", 2,
                "extra output after the expected answer: '3\\n4\\n'");
    assert_says(spec_of(CHECK_TOKENS), "", "x", 1, "extra output after the expected answer: 'x'");
}
END_TEST

START_TEST(test_tokens_case_option)
{
    check_spec s = spec_of(CHECK_TOKENS);
    assert_rejects(s, "Hello WORLD", "hello world");
    s.case_sensitive = false;
    assert_accepts(s, "Hello WORLD", "hello world");
    assert_accepts(s, "YES", "yEs");
    assert_rejects(s, "YES", "YES!");
    /* Only ASCII letters fold: É and é are different tokens. */
    assert_rejects(s, "\xc3\x89", "\xc3\xa9");
    /* '@' and '`' sit next to the letters: they must not fold into them. */
    assert_rejects(s, "@", "`");
    assert_says(s, "abcD", "abce", 1, "token 1 (line 1): expected 'abcD', got 'abce'");
}
END_TEST

START_TEST(test_tokens_space_option)
{
    check_spec s = spec_of(CHECK_TOKENS);
    s.space_sensitive = true;
    assert_accepts(s, "a b\nc\n", "a b\nc\n");
    assert_accepts(s, "", "");
    assert_says(s, "a b\n", "a  b\n", 1,
                "whitespace before token 2 (line 1): expected ' ', got '  '");
    assert_says(s, "hello\n world\n", "hello\nworld\n", 2,
                "whitespace before token 2 (line 2): expected '\\n ', got '\\n'");
    assert_says(s, "a\n", "a", 1, "whitespace at the end (line 1): expected '\\n', got nothing");
    assert_says(s, "a\n", "a\r\n", 1,
                "whitespace at the end (line 1): expected '\\n', got '\\r\\n'");
    assert_says(s, "a", " a", 1, "whitespace before token 1 (line 1): expected nothing, got ' '");
    /* A missing token says so, rather than blaming the whitespace before it. */
    assert_says(s, "a b", "a", 1, "expected more output: token 2 'b' missing");
    s.case_sensitive = false;
    assert_accepts(s, "A b\n", "a B\n");
}
END_TEST

START_TEST(test_tokens_long_token_windowed)
{
    char *e = repeat('a', 300), *a = repeat('a', 300);
    e[5] = 'A';
    a[4] = 'A';
    check_result r = run(spec_of(CHECK_TOKENS), e, a);
    ck_assert_ptr_nonnull(strstr(r.message, "expected 'aaaaaAaaa"));
    ck_assert_ptr_nonnull(strstr(r.message, "got 'aaaaAaaaa"));
    e[5] = a[4] = 'a';
    e[250] = 'b';
    r = run(spec_of(CHECK_TOKENS), e, a);
    ck_assert_ptr_nonnull(strstr(r.message, "expected '...aaaaaaaaaabaaa"));
    ck_assert_uint_lt(strlen(r.message), 200);
    free(e);
    free(a);
}
END_TEST

/* ---- float ---- */

START_TEST(test_float_abs_tolerance_boundary)
{
    check_spec s = float_spec(0.5, -1);
    assert_accepts(s, "1", "1.5");
    assert_accepts(s, "1", "0.5");
    assert_rejects(s, "1", "1.5000001");
    assert_rejects(s, "1", "0.4999999");
    /* Exactly the tolerance in decimal passes despite binary rounding. */
    s = float_spec(1e-6, -1);
    assert_accepts(s, "0.3", "0.300001");
    assert_accepts(s, "0.3", "0.299999");
    assert_accepts(s, "100.1", "100.100001");
    assert_rejects(s, "0.3", "0.3000011");
    assert_rejects(s, "100.1", "100.1000011");
}
END_TEST

START_TEST(test_float_rel_tolerance_large_values)
{
    check_spec s = float_spec(-1, 1e-6);
    assert_accepts(s, "1e15", "1000000001000000");
    assert_accepts(s, "1e15", "9.99999e14");
    assert_rejects(s, "1e15", "1.0000011e15");
    assert_accepts(s, "-123456789012", "-123456789012.1");
    assert_rejects(s, "-123456789012", "123456789012");
    /* The default allows either bound: abs for small values, rel for large ones. */
    s = spec_of(CHECK_FLOAT);
    assert_accepts(s, "0.0000001", "0.0000009");
    assert_accepts(s, "5e8", "500000400");
    assert_rejects(s, "5e8", "500000600");
    /* rel_tol against 0 allows nothing (Kattis: test_float_zero_judge_wa). */
    assert_rejects(float_spec(-1, 0.01), "0", "1");
    assert_accepts(float_spec(-1, 0.01), "0", "0.0");
}
END_TEST

START_TEST(test_float_nan_and_inf)
{
    check_spec s = spec_of(CHECK_FLOAT);
    assert_accepts(s, "nan", "nan");
    assert_accepts(s, "nan", "NaN");
    assert_accepts(s, "NAN", "-nan");
    assert_rejects(s, "nan", "1");
    assert_rejects(s, "nan", "inf");
    assert_rejects(s, "1", "nan");
    assert_rejects(s, "0", "nan");

    assert_accepts(s, "inf", "inf");
    assert_accepts(s, "inf", "Infinity");
    assert_accepts(s, "inf", "+INF");
    assert_accepts(s, "-inf", "-infinity");
    assert_rejects(s, "inf", "-inf");
    assert_rejects(s, "inf", "0");
    assert_rejects(s, "inf", "1e308");
    assert_rejects(s, "inf", "nan");
    assert_rejects(s, "1e308", "inf");
    assert_rejects(float_spec(1e300, 1e300), "1", "inf");
    assert_says(s, "inf", "0", 1, "token 1 (line 1): expected inf, got 0");
}
END_TEST

START_TEST(test_float_negative_zero)
{
    check_spec exact_value = float_spec(0, 0);
    assert_accepts(exact_value, "0", "-0.0");
    assert_accepts(exact_value, "-0", "0");
    assert_accepts(exact_value, "-0.0", "+0e10");
    assert_rejects(exact_value, "0", "1e-300");
    assert_accepts(spec_of(CHECK_FLOAT), "0", "-0.0000001");
}
END_TEST

START_TEST(test_float_overflow_tokens)
{
    check_spec s = spec_of(CHECK_FLOAT);
    assert_accepts(s, "1e308", "1e308");
    assert_accepts(s, "1e308", "1.0000001e308");
    assert_accepts(s, "1.7976931348623157e308", "1.7976931348623157e308");
    assert_rejects(s, "1e308", "1e309");
    assert_rejects(s, "1e308", "-1e308");
    assert_rejects(s, "-1e308", "1e308");
    /* A value too large for a double reads as the infinity of its sign. */
    assert_accepts(s, "1e400", "1e500");
    assert_accepts(s, "-1e400", "-inf");
    assert_rejects(s, "1e400", "1e308");
    assert_rejects(s, "1e99999999999999999999", "-1e400");
    /* One too small is zero. */
    assert_accepts(s, "0", "1e-400");
    assert_accepts(s, "1e-400", "0");
}
END_TEST

START_TEST(test_float_number_syntax)
{
    check_spec s = spec_of(CHECK_FLOAT);
    assert_accepts(s, ".5", "0.5");
    assert_accepts(s, "1.", "1");
    assert_accepts(s, "+1", "1.0");
    assert_accepts(s, "1e5", "100000");
    assert_accepts(s, "1E+05", "1e5");
    assert_accepts(s, "2.5", "25e-1");
    /* Hex is not a decimal number: compared as text, and never accepted as one. */
    assert_rejects(s, "16", "0x10");
    assert_accepts(s, "0x10", "0x10");
    assert_rejects(s, "0x10", "16");
    assert_says(s, "16", "0x10", 1, "token 1 (line 1): expected a number near 16, got '0x10'");
    /* Not numbers: compared as text. */
    const char *texts[] = {"e5",  ".",   "-",       "+",      "1e", "1e+",  "1.2.3",
                           "--1", "1,5", "infinit", "nan(1)", "1f", "1e5.0"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        assert_accepts(s, texts[i], texts[i]);
        check_result r = run(s, texts[i], "1");
        ck_assert_msg(r.outcome == CHECK_REJECT, "'%s' read as a number", texts[i]);
        ck_assert_ptr_null(strstr(r.message, "near"));
    }
}
END_TEST

START_TEST(test_float_messages)
{
    check_spec s = spec_of(CHECK_FLOAT);
    assert_says(s, "1 2 1.5", "1 2 abc", 1,
                "token 3 (line 1): expected a number near 1.5, got 'abc'");
    assert_says(s, "1\n1.5\n", "1\n1.6\n", 2,
                "token 2 (line 2): expected 1.5, got 1.6 (off by 0.1, allowed 1.5e-06)");
    assert_says(float_spec(-1, 0.01), "100", "105", 1,
                "token 1 (line 1): expected 100, got 105 (off by 5, allowed 1)");
    assert_says(float_spec(-1, -1), "2", "2.5", 1, "token 1 (line 1): expected 2, got 2.5");
    /* Enough digits to tell the difference from the tolerance it exceeds. */
    assert_says(float_spec(0.5, 0.5), "1", "1.50001", 1,
                "token 1 (line 1): expected 1, got 1.50001 (off by 0.50001, allowed 0.5)");
    assert_says(s, "1e308", "-1e308", 1,
                "token 1 (line 1): expected 1e308, got -1e308 (off by inf, allowed 1e+302)");
    /* "1.4" followed by rockets is not a number (Kattis: test_float_rocket_wa). */
    check_result r = run(s, "1", "1.4" ROCKET ROCKET);
    ck_assert_str_eq(r.message,
                     "token 1 (line 1): expected a number near 1, got '1.4" ROCKET ROCKET "'");
}
END_TEST

START_TEST(test_float_text_tokens_and_options)
{
    check_spec s = spec_of(CHECK_FLOAT);
    assert_accepts(s, "YES 1.5", "YES 1.5000001");
    assert_rejects(s, "YES 1.5", "yes 1.5000001");
    s.case_sensitive = false;
    assert_accepts(s, "YES 1.5", "yes 1.5000001");
    /* Numbers compare by value: case and spelling do not matter. */
    s.case_sensitive = true;
    assert_accepts(s, "1E5 INF NaN", "1e5 inf nan");
    s.space_sensitive = true;
    assert_accepts(s, "1.5 2\n", "1.5000001 2.0\n");
    assert_rejects(s, "1.5 2\n", "1.5000001  2.0\n");
    /* Both bounds disabled: only an equal value passes. */
    check_spec none = float_spec(-1, -1);
    assert_accepts(none, "2", "2.000");
    assert_rejects(none, "2", "2.0000001");
}
END_TEST

START_TEST(test_float_long_number_tokens)
{
    /* Numbers longer than the parser's stack buffer take the heap path. */
    char *one = malloc(2000);
    ck_assert_ptr_nonnull(one);
    strcpy(one, "1.");
    memset(one + 2, '0', 1500);
    strcpy(one + 1502, "1");
    assert_accepts(spec_of(CHECK_FLOAT), "1", one);
    assert_accepts(spec_of(CHECK_FLOAT), one, "1");
    check_result r = run(spec_of(CHECK_FLOAT), "2", one);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_uint_lt(strlen(r.message), 200);
    free(one);
}
END_TEST

/* ---- arguments and robustness ---- */

START_TEST(test_compare_rejects_custom_and_empty_buffers_pass)
{
    check_spec s = spec_of(CHECK_CUSTOM);
    check_result r;
    ck_assert_int_eq(check_compare(&s, "1", 1, "1", 1, &r), ERR_INTERNAL);
    ck_assert_int_eq(r.outcome, CHECK_FAULT);
    ck_assert_str_eq(r.message, "'custom' is not a built-in checker");
    s.kind = CHECK_KIND_COUNT;
    ck_assert_int_eq(check_compare(&s, "1", 1, "1", 1, &r), ERR_INTERNAL);
    ck_assert_int_eq(r.outcome, CHECK_FAULT);
    s = spec_of(CHECK_TOKENS);
    for (int k = CHECK_EXACT; k <= CHECK_FLOAT; k++) {
        s.kind = (check_kind)k;
        ck_assert_int_eq(check_compare(&s, NULL, 0, NULL, 0, &r), 0);
        ck_assert_int_eq(r.outcome, CHECK_ACCEPT);
        ck_assert_int_eq(check_compare(&s, "1", 1, NULL, 0, &r), 0);
        ck_assert_int_eq(r.outcome, CHECK_REJECT);
    }
}
END_TEST

/* What callers promise is asserted, in every build (the build keeps assert()):
 * each of these aborts. */
START_TEST(test_compare_asserts_a_null_spec)
{
    check_result r;
    check_compare(NULL, "1", 1, "1", 1, &r);
}
END_TEST

START_TEST(test_compare_asserts_a_null_buffer_with_a_length)
{
    check_spec s = spec_of(CHECK_TOKENS);
    check_result r;
    check_compare(&s, NULL, 1, "1", 1, &r);
}
END_TEST

START_TEST(test_compare_asserts_a_null_result)
{
    check_spec s = spec_of(CHECK_TOKENS);
    check_compare(&s, "1", 1, "1", 1, NULL);
}
END_TEST

START_TEST(test_reads_only_within_lengths)
{
    /* The bytes after each length differ; they must not be looked at. */
    const char *e = "1 2 3XYZ", *a = "1 2 3ABC";
    for (int k = CHECK_EXACT; k <= CHECK_FLOAT; k++) {
        check_result r = run_n(spec_of((check_kind)k), e, 5, a, 5);
        ck_assert_int_eq(r.outcome, CHECK_ACCEPT);
    }
    check_result r = run_n(spec_of(CHECK_FLOAT), "1.5", 3, "1.55", 3);
    ck_assert_int_eq(r.outcome, CHECK_ACCEPT);
}
END_TEST

/* Random answers over an alphabet rich in separators, number parts, NULs and
 * broken UTF-8: no crash, a sane result, and the kinds agree where they must. */
START_TEST(test_random_answers_invariants)
{
    static const char alphabet[] = " \n\r\t\v\f0123456789.eE+-naifNAIFxX\0\xff\xc3\xa9\xf0\x9f";
    unsigned seed = 12345;
    char e[64], a[64];
    for (int iter = 0; iter < 20000; iter++) {
        size_t en = (size_t)(rand_r(&seed) % 20), an = (size_t)(rand_r(&seed) % 20);
        for (size_t i = 0; i < en; i++)
            e[i] = alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
        for (size_t i = 0; i < an; i++)
            a[i] = rand_r(&seed) % 3 == 0 && i < en
                       ? e[i]
                       : alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
        check_result ex = run_n(spec_of(CHECK_EXACT), e, en, a, an);
        check_spec tokens = spec_of(CHECK_TOKENS);
        check_result tk = run_n(tokens, e, en, a, an);
        tokens.space_sensitive = true;
        check_result strict = run_n(tokens, e, en, a, an);
        check_result fl = run_n(spec_of(CHECK_FLOAT), e, en, a, an);
        ck_assert_int_eq(ex.outcome == CHECK_ACCEPT, strict.outcome == CHECK_ACCEPT);
        ck_assert_int_eq(ex.whitespace_only,
                         ex.outcome == CHECK_REJECT && tk.outcome == CHECK_ACCEPT);
        if (tk.outcome == CHECK_ACCEPT)
            ck_assert_int_eq(fl.outcome, CHECK_ACCEPT);
        const check_result *all[] = {&ex, &tk, &strict, &fl};
        for (size_t i = 0; i < 4; i++) {
            ck_assert_msg(valid_utf8(all[i]->message), "invalid UTF-8: %s", all[i]->message);
            ck_assert(all[i]->outcome == CHECK_ACCEPT || all[i]->line >= 1);
        }
        for (int k = CHECK_EXACT; k <= CHECK_FLOAT; k++)
            ck_assert_int_eq(run_n(spec_of((check_kind)k), e, en, e, en).outcome, CHECK_ACCEPT);
    }
}
END_TEST

/* Tens of megabytes in shapes that would expose quadratic work: one huge line,
 * one huge token, millions of tokens and lines. The suite's timeout is the judge. */
START_TEST(test_huge_inputs_are_linear)
{
    size_t n = 16u << 20;
    char *e = repeat('7', n), *a = repeat('7', n);
    e[1] = a[1] = '.';
    a[n - 1] = '8';
    for (int k = CHECK_EXACT; k <= CHECK_TOKENS; k++) {
        check_result r = run_n(spec_of((check_kind)k), e, n, a, n);
        ck_assert_int_eq(r.outcome, CHECK_REJECT);
        ck_assert_int_eq(r.line, 1);
    }
    /* As numbers, 7.77...7 and 7.77...8 are equal. */
    ck_assert_int_eq(run_n(spec_of(CHECK_FLOAT), e, n, a, n).outcome, CHECK_ACCEPT);
    for (size_t i = 1; i < n; i += 2)
        e[i] = a[i] = (i % 4 == 1) ? ' ' : '\n';
    for (int k = CHECK_EXACT; k <= CHECK_FLOAT; k++)
        ck_assert_int_eq(run_n(spec_of((check_kind)k), e, n, e, n).outcome, CHECK_ACCEPT);
    /* The last line moves its newline: only whitespace differs. */
    a[n - 1] = '7';
    a[n - 2] = '\n';
    check_result ex = run_n(spec_of(CHECK_EXACT), e, n, a, n);
    ck_assert(ex.whitespace_only);
    ck_assert_int_eq(ex.line, (long)(n / 4));
    for (int k = CHECK_TOKENS; k <= CHECK_FLOAT; k++)
        ck_assert_int_eq(run_n(spec_of((check_kind)k), e, n, a, n).outcome, CHECK_ACCEPT);
    a[n - 3] = '1';
    check_result r = run_n(spec_of(CHECK_TOKENS), e, n, a, n);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_int_eq(r.line, (long)(n / 4));
    free(e);
    free(a);
}
END_TEST

/* ---- custom checker results ---- */

static char feedback_dir[64];

static void make_feedback_dir(void)
{
    strcpy(feedback_dir, "/tmp/test_check.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(feedback_dir));
}

static void remove_feedback_dir(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    unlink(path);
    rmdir(path);
    rmdir(feedback_dir);
}

static void write_judgemessage(const char *text, size_t len)
{
    char path[128];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(text, 1, len, f), len);
    fclose(f);
}

static check_result custom(int status, int sig, bool timed_out)
{
    check_result r;
    memset(&r, 0x55, sizeof r);
    check_custom_result(status, sig, timed_out, feedback_dir, &r);
    ck_assert_ptr_nonnull(memchr(r.message, '\0', sizeof r.message));
    ck_assert_int_eq(r.line, 0);
    ck_assert(!r.whitespace_only);
    return r;
}

START_TEST(test_custom_accept)
{
    write_judgemessage("looks fine\n", 11);
    check_result r = custom(42, 0, false);
    ck_assert_int_eq(r.outcome, CHECK_ACCEPT);
    ck_assert_str_eq(r.message, "");
}
END_TEST

START_TEST(test_custom_reject_reads_first_line)
{
    const char *msg = "  \n\r\n  wrong on line 3: expected 5  \r\nsecond line\n";
    write_judgemessage(msg, strlen(msg));
    check_result r = custom(43, 0, false);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_str_eq(r.message, "wrong on line 3: expected 5");
}
END_TEST

START_TEST(test_custom_reject_without_message)
{
    check_result r = custom(43, 0, false);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_str_eq(r.message, "the checker rejected the output");
    write_judgemessage(" \n\n", 3);
    ck_assert_str_eq(custom(43, 0, false).message, "the checker rejected the output");
    check_custom_result(43, 0, false, NULL, &r);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_str_eq(r.message, "the checker rejected the output");
}
END_TEST

START_TEST(test_custom_message_escaped_and_capped)
{
    char msg[5000];
    memset(msg, 'x', sizeof msg);
    memcpy(msg, "bad\0\xff", 5);
    write_judgemessage(msg, sizeof msg);
    check_result r = custom(43, 0, false);
    ck_assert_int_eq(r.outcome, CHECK_REJECT);
    ck_assert_ptr_nonnull(strstr(r.message, "bad\\x00\\xffxxx"));
    ck_assert_uint_le(strlen(r.message), 203);
    ck_assert_str_eq(r.message + strlen(r.message) - 4, "x...");
    ck_assert(valid_utf8(r.message));
}
END_TEST

START_TEST(test_custom_message_not_a_regular_file)
{
    char path[128];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    /* A FIFO with no writer would block a plain open: it must be skipped. */
    ck_assert_int_eq(mkfifo(path, 0600), 0);
    ck_assert_str_eq(custom(43, 0, false).message, "the checker rejected the output");
    unlink(path);
    /* A symlink could point at any file the judge can read. */
    char target[128];
    snprintf(target, sizeof target, "%s/secret", feedback_dir);
    FILE *f = fopen(target, "w");
    ck_assert_ptr_nonnull(f);
    fputs("the hidden answer\n", f);
    fclose(f);
    ck_assert_int_eq(symlink(target, path), 0);
    ck_assert_str_eq(custom(43, 0, false).message, "the checker rejected the output");
    unlink(path);
    unlink(target);
    ck_assert_int_eq(mkdir(path, 0700), 0);
    ck_assert_str_eq(custom(43, 0, false).message, "the checker rejected the output");
}
END_TEST

START_TEST(test_custom_faults)
{
    check_result r = custom(7, 0, false);
    ck_assert_int_eq(r.outcome, CHECK_FAULT);
    ck_assert_str_eq(r.message, "checker exited with status 7");
    ck_assert_str_eq(custom(0, 0, false).message, "checker exited with status 0");
    ck_assert_str_eq(custom(1, 0, false).message, "checker exited with status 1");
    r = custom(0, 11, false);
    ck_assert_int_eq(r.outcome, CHECK_FAULT);
    ck_assert_str_eq(r.message, "checker killed by signal 11 (SIGSEGV)");
    ck_assert_str_eq(custom(0, 6, false).message, "checker killed by signal 6 (SIGABRT)");
    ck_assert_str_eq(custom(0, 200, false).message, "checker killed by signal 200");
    r = custom(0, 9, true);
    ck_assert_int_eq(r.outcome, CHECK_FAULT);
    ck_assert_str_eq(r.message, "checker timed out");
    /* A verdict exit after the deadline, or with a signal, is still a fault. */
    ck_assert_int_eq(custom(42, 0, true).outcome, CHECK_FAULT);
    ck_assert_int_eq(custom(42, 9, false).outcome, CHECK_FAULT);
}
END_TEST

/* ---- Kattis default validator conformance ---- */

typedef struct {
    char name[128];
} kattis_case;

static kattis_case cases[MAX_CASES];
static int case_count = -1; /* -1: the folder could not be read */

static int case_order(const void *a, const void *b)
{
    return strcmp(((const kattis_case *)a)->name, ((const kattis_case *)b)->name);
}

static void find_kattis_cases(void)
{
    DIR *dir = opendir(KATTIS_DIR);
    if (dir == NULL)
        return;
    case_count = 0;
    struct dirent *ent;
    while ((ent = readdir(dir)) != NULL && case_count < MAX_CASES) {
        if (strncmp(ent->d_name, "test_", 5) == 0 && strlen(ent->d_name) < sizeof cases[0].name)
            strcpy(cases[case_count++].name, ent->d_name);
    }
    closedir(dir);
    qsort(cases, (size_t)case_count, sizeof *cases, case_order);
}

/* Reads a whole file; *len gets its size. NULL when it does not exist. */
static char *slurp(const char *dir, const char *file, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", KATTIS_DIR, dir, file);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    ck_assert_ptr_nonnull(buf);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
            ck_assert_ptr_nonnull(buf);
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Kattis's default validator: case- and space-insensitive unless told; a float
 * option makes it compare numbers, and a tolerance it was not given is off. */
static check_spec kattis_spec(const char *name, char *args)
{
    check_spec s = check_spec_default(CHECK_TOKENS);
    s.case_sensitive = false;
    s.abs_tol = s.rel_tol = -1;
    char *save = NULL;
    for (char *w = args != NULL ? strtok_r(args, " \t\r\n", &save) : NULL; w != NULL;
         w = strtok_r(NULL, " \t\r\n", &save)) {
        if (strcmp(w, "case_sensitive") == 0) {
            s.case_sensitive = true;
        } else if (strcmp(w, "space_change_sensitive") == 0) {
            s.space_sensitive = true;
        } else {
            char *value = strtok_r(NULL, " \t\r\n", &save);
            ck_assert_msg(value != NULL, "%s: option '%s' without a value", name, w);
            double tol = strtod(value, NULL);
            if (strcmp(w, "float_tolerance") == 0)
                s.abs_tol = s.rel_tol = tol;
            else if (strcmp(w, "float_absolute_tolerance") == 0)
                s.abs_tol = tol;
            else if (strcmp(w, "float_relative_tolerance") == 0)
                s.rel_tol = tol;
            else
                ck_abort_msg("%s: unknown option '%s'", name, w);
            s.kind = CHECK_FLOAT;
        }
    }
    return s;
}

START_TEST(test_kattis_cases_present)
{
    ck_assert_msg(case_count >= 0, "cannot read %s", KATTIS_DIR);
    ck_assert_msg(case_count >= KATTIS_CASES, "only %d Kattis cases in %s, expected %d", case_count,
                  KATTIS_DIR, KATTIS_CASES);
}
END_TEST

START_TEST(test_kattis_case)
{
    ck_assert_int_lt(_i, case_count);
    const char *name = cases[_i].name;
    size_t en, an, n;
    char *expected = slurp(name, "judge.ans", &en);
    char *actual = slurp(name, "user.out", &an);
    char *code = slurp(name, "expected_exit_code.txt", &n);
    char *args = slurp(name, "args.txt", &n);
    ck_assert_msg(expected && actual && code, "%s: judge.ans, user.out or exit code missing", name);
    int want = atoi(code);
    ck_assert_msg(want == 42 || want == 43, "%s: expected exit code %d", name, want);
    check_spec spec = kattis_spec(name, args);
    check_result r;
    ck_assert_int_eq(check_compare(&spec, expected, en, actual, an, &r), 0);
    ck_assert_msg((r.outcome == CHECK_ACCEPT) == (want == 42), "%s: Kattis exits %d, we %s (%s)",
                  name, want, r.outcome == CHECK_ACCEPT ? "accept" : "reject", r.message);
    ck_assert(valid_utf8(r.message));
    free(expected);
    free(actual);
    free(code);
    free(args);
}
END_TEST

static Suite *check_suite(void)
{
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("kinds");
    tcase_add_test(tc, test_kind_names_round_trip);
    tcase_add_test(tc, test_spec_defaults);
    suite_add_tcase(s, tc);

    tc = tcase_create("exact");
    tcase_add_test(tc, test_exact_equal_and_empty);
    tcase_add_test(tc, test_exact_first_differing_line);
    tcase_add_test(tc, test_exact_whitespace_only_hint);
    tcase_add_test(tc, test_exact_output_ends_early_or_late);
    tcase_add_test(tc, test_exact_escapes_any_byte);
    tcase_add_test(tc, test_exact_long_lines_are_windowed);
    tcase_add_test(tc, test_exact_window_never_splits_utf8);
    tcase_add_test(tc, test_exact_ignores_flags);
    suite_add_tcase(s, tc);

    tc = tcase_create("tokens");
    tcase_add_test(tc, test_tokens_ignore_whitespace);
    tcase_add_test(tc, test_tokens_mismatch_message);
    tcase_add_test(tc, test_tokens_missing_and_extra);
    tcase_add_test(tc, test_tokens_case_option);
    tcase_add_test(tc, test_tokens_space_option);
    tcase_add_test(tc, test_tokens_long_token_windowed);
    suite_add_tcase(s, tc);

    tc = tcase_create("float");
    tcase_add_test(tc, test_float_abs_tolerance_boundary);
    tcase_add_test(tc, test_float_rel_tolerance_large_values);
    tcase_add_test(tc, test_float_nan_and_inf);
    tcase_add_test(tc, test_float_negative_zero);
    tcase_add_test(tc, test_float_overflow_tokens);
    tcase_add_test(tc, test_float_number_syntax);
    tcase_add_test(tc, test_float_messages);
    tcase_add_test(tc, test_float_text_tokens_and_options);
    tcase_add_test(tc, test_float_long_number_tokens);
    suite_add_tcase(s, tc);

    tc = tcase_create("robustness");
    tcase_set_timeout(tc, 60); /* the huge inputs, under the sanitizers */
    tcase_add_test(tc, test_compare_rejects_custom_and_empty_buffers_pass);
    tcase_add_test_raise_signal(tc, test_compare_asserts_a_null_spec, SIGABRT);
    tcase_add_test_raise_signal(tc, test_compare_asserts_a_null_buffer_with_a_length, SIGABRT);
    tcase_add_test_raise_signal(tc, test_compare_asserts_a_null_result, SIGABRT);
    tcase_add_test(tc, test_reads_only_within_lengths);
    tcase_add_test(tc, test_random_answers_invariants);
    tcase_add_test(tc, test_huge_inputs_are_linear);
    suite_add_tcase(s, tc);

    tc = tcase_create("custom");
    tcase_add_checked_fixture(tc, make_feedback_dir, remove_feedback_dir);
    tcase_add_test(tc, test_custom_accept);
    tcase_add_test(tc, test_custom_reject_reads_first_line);
    tcase_add_test(tc, test_custom_reject_without_message);
    tcase_add_test(tc, test_custom_message_escaped_and_capped);
    tcase_add_test(tc, test_custom_message_not_a_regular_file);
    tcase_add_test(tc, test_custom_faults);
    suite_add_tcase(s, tc);

    tc = tcase_create("kattis");
    find_kattis_cases();
    tcase_add_test(tc, test_kattis_cases_present);
    if (case_count > 0)
        tcase_add_loop_test(tc, test_kattis_case, 0, case_count);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(check_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
