/* Check suite of the show module: what is kept, what is made visible and how,
 * cuts that never split a character or an escape, showing shown text changing
 * nothing, and the streams' line handling. */
#include "show.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The whole of s[0..len) escaped, as a NUL-terminated string. */
static const char *escaped(const char *s, size_t len, unsigned flags)
{
    static char out[4096];
    size_t consumed, n = show_escape(out, sizeof out - 1, s, len, flags, &consumed);
    ck_assert_uint_eq(consumed, len);
    out[n] = '\0';
    return out;
}

#define SHOWN(literal) escaped(literal, sizeof literal - 1, 0)

/* An independent reading of what a terminal may receive: printable ASCII, and
 * well-formed UTF-8 of a code point that is not a C1 control, a bidirectional
 * control or a line/paragraph separator. */
static bool terminal_safe(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < n;) {
        if (s[i] >= 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        size_t len = s[i] >= 0xC2 && s[i] <= 0xDF   ? 2
                     : s[i] >= 0xE0 && s[i] <= 0xEF ? 3
                     : s[i] >= 0xF0 && s[i] <= 0xF4 ? 4
                                                    : 0;
        if (len == 0 || i + len > n)
            return false;
        uint32_t cp = s[i] & (0x7F >> len);
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp <= 0x9F || cp == 0x61C || cp == 0x200E ||
            cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            return false;
        i += len;
    }
    return true;
}

START_TEST(printable_text_is_kept)
{
    ck_assert_str_eq(SHOWN("AC accepted: 43/43 (x+y)*2 ~{}|"), "AC accepted: 43/43 (x+y)*2 ~{}|");
    /* é, ‰, a no-break space, CJK, an emoji: printable UTF-8 of 2, 3 and 4 bytes */
    ck_assert_str_eq(SHOWN("caf\xc3\xa9 \xe2\x80\xb0\xc2\xa0\xe4\xb8\xad\xf0\x9f\x98\x80"),
                     "caf\xc3\xa9 \xe2\x80\xb0\xc2\xa0\xe4\xb8\xad\xf0\x9f\x98\x80");
    ck_assert_str_eq(SHOWN("a\\nb"), "a\\nb"); /* a backslash stays unless asked */
}
END_TEST

START_TEST(controls_are_made_visible)
{
    ck_assert_str_eq(SHOWN("a\nb\rc\td"), "a\\nb\\rc\\td");
    ck_assert_str_eq(SHOWN("\x1b[2J\x1b]0;pwned\x07"), "\\x1b[2J\\x1b]0;pwned\\x07");
    ck_assert_str_eq(SHOWN("\b\f\v\x7f"), "\\x08\\x0c\\x0b\\x7f");
    ck_assert_str_eq(escaped("a\0b", 3, 0), "a\\x00b");
}
END_TEST

START_TEST(terminal_active_unicode_is_made_visible)
{
    /* U+009B (CSI), U+0085 (NEL): C1 controls, which some terminals obey */
    ck_assert_str_eq(SHOWN("\xc2\x9b"
                           "31m\xc2\x85"),
                     "\\xc2\\x9b31m\\xc2\\x85");
    /* U+202E (right-to-left override), U+2066 (isolate), U+200F, U+061C, U+2028 */
    ck_assert_str_eq(SHOWN("\xe2\x80\xae"
                           "CA"),
                     "\\xe2\\x80\\xaeCA");
    ck_assert_str_eq(SHOWN("\xe2\x81\xa6\xe2\x80\x8f\xd8\x9c\xe2\x80\xa8"),
                     "\\xe2\\x81\\xa6\\xe2\\x80\\x8f\\xd8\\x9c\\xe2\\x80\\xa8");
}
END_TEST

START_TEST(invalid_utf8_is_shown_byte_by_byte)
{
    ck_assert_str_eq(SHOWN("\x80"), "\\x80");                            /* a lone continuation */
    ck_assert_str_eq(SHOWN("\xc0\xaf"), "\\xc0\\xaf");                   /* overlong '/' */
    ck_assert_str_eq(SHOWN("\xed\xa0\x80"), "\\xed\\xa0\\x80");          /* a surrogate */
    ck_assert_str_eq(SHOWN("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80"); /* past U+10FFFF */
    ck_assert_str_eq(SHOWN("\xff\xfe"), "\\xff\\xfe");
    /* a sequence cut short, by the end or by the next character */
    ck_assert_str_eq(SHOWN("x\xe2\x82"), "x\\xe2\\x82");
    ck_assert_str_eq(SHOWN("\xe2\xc3\xa9"), "\\xe2\xc3\xa9");
}
END_TEST

START_TEST(backslash_flag_tells_a_backslash_from_an_escape)
{
    ck_assert_str_eq(escaped("a\\nb\n", 5, SHOW_BACKSLASH), "a\\\\nb\\n");
    ck_assert_str_eq(escaped("\\", 1, 0), "\\");
}
END_TEST

/* A cut never leaves half a character or half an escape, and says how much it showed. */
START_TEST(cuts_fall_between_characters)
{
    char out[16];
    size_t consumed;
    ck_assert_uint_eq(show_escape(out, 3, "ab\x1b", 3, 0, &consumed), 2);
    ck_assert_uint_eq(consumed, 2);
    ck_assert_uint_eq(show_escape(out, 5, "ab\x1b", 3, 0, &consumed), 2);
    ck_assert_uint_eq(show_escape(out, 6, "ab\x1b", 3, 0, &consumed), 6);
    ck_assert_uint_eq(consumed, 3);
    ck_assert_uint_eq(show_escape(out, 1, "\xc3\xa9", 2, 0, &consumed), 0);
    ck_assert_uint_eq(consumed, 0);
    /* a hostile sequence is escaped whole or not at all */
    ck_assert_uint_eq(show_escape(out, 11, "\xe2\x80\xae", 3, 0, &consumed), 0);
    ck_assert_uint_eq(show_escape(out, 12, "\xe2\x80\xae", 3, 0, &consumed), 12);
    ck_assert_uint_eq(consumed, 3);
}
END_TEST

START_TEST(show_str_cuts_with_dots)
{
    char out[12];
    ck_assert_str_eq(show_str(out, sizeof out, "short"), "short");
    ck_assert_str_eq(show_str(out, sizeof out, "exactly 11c"), "exactly 11c");
    ck_assert_str_eq(show_str(out, sizeof out, "exactly 12ch"), "exactly ...");
    ck_assert_str_eq(show_str(out, sizeof out, "\x1b\x1b\x1b"), "\\x1b\\x1b...");
    ck_assert_str_eq(show_str(out, sizeof out, NULL), "");
}
END_TEST

/* Every byte, alone and in pseudo-random strings: what comes out is safe for a
 * terminal, and showing it again changes nothing. */
START_TEST(shown_text_is_safe_and_stays_as_it_is)
{
    char once[4096], twice[4096];
    size_t consumed;
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (int round = 0; round < 2000; round++) {
        unsigned char in[48];
        size_t len = round < 256 ? 1 : (size_t)(seed >> 58) % sizeof in;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned pick = (unsigned)(seed >> 33);
            /* bias towards the interesting bytes: controls, lead bytes, continuations */
            static const unsigned char interesting[] = {0x1b, '\r', '\n', 0xc2, 0x9b, 0xe2,
                                                        0x80, 0xae, 0xf0, 0x9f, '\\', 'A'};
            in[i] = pick % 3 == 0 ? interesting[pick % sizeof interesting] : (unsigned char)pick;
        }
        if (round < 256)
            in[0] = (unsigned char)round;
        size_t n = show_escape(once, sizeof once, (const char *)in, len, 0, &consumed);
        ck_assert_uint_eq(consumed, len);
        ck_assert_msg(terminal_safe(once, n), "round %d: unsafe output", round);
        ck_assert(show_is_plain(once, n));
        size_t m = show_escape(twice, sizeof twice, once, n, 0, &consumed);
        ck_assert_uint_eq(m, n);
        ck_assert(memcmp(once, twice, n) == 0);
    }
}
END_TEST

START_TEST(is_plain_says_whether_showing_changes_anything)
{
    static const char *const plain[] = {"Sum of k\xc3\xa9ys \\ 100%", "", "a\\x1b"};
    static const char *const not_plain[] = {"title\x1b", "tab\there", "\xc2\x9b", "latin1 \xe9",
                                            "two\nlines"};
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
        ck_assert_msg(show_is_plain(plain[i], strlen(plain[i])), "'%s'", plain[i]);
    for (size_t i = 0; i < sizeof not_plain / sizeof *not_plain; i++)
        ck_assert_msg(!show_is_plain(not_plain[i], strlen(not_plain[i])), "#%zu", i);
}
END_TEST

static char *printed(void (*print)(FILE *, const char *, size_t), const char *s, size_t len)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    print(f, s, len);
    fclose(f);
    return text;
}

static void lines_by_two(FILE *f, const char *s, size_t len) { show_lines(f, 2, s, len); }

START_TEST(streams_escape_and_keep_lines_apart)
{
    static const char fake[] = "WA\r\x1b[1AAC accepted: 43/43\n";
    char *text = printed(show_write, fake, sizeof fake - 1);
    ck_assert_str_eq(text, "WA\\r\\x1b[1AAC accepted: 43/43\\n");
    free(text);
    text = printed(lines_by_two, "one\n\x1b]8;;two\nthree", 18);
    ck_assert_str_eq(text, "  one\n  \\x1b]8;;two\n  three\n");
    free(text);
    text = printed(lines_by_two, "x\n", 2);
    ck_assert_str_eq(text, "  x\n");
    free(text);
    /* long input goes through in pieces, nothing lost */
    static char big[20000];
    memset(big, '\x07', sizeof big);
    text = printed(show_write, big, sizeof big);
    ck_assert_uint_eq(strlen(text), 4 * sizeof big);
    free(text);
    char *one = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&one, &size);
    show_text(f, "\x1b");
    show_text(f, NULL);
    fclose(f);
    ck_assert_str_eq(one, "\\x1b");
    free(one);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("show");
    TCase *tc = tcase_create("escape");
    tcase_add_test(tc, printable_text_is_kept);
    tcase_add_test(tc, controls_are_made_visible);
    tcase_add_test(tc, terminal_active_unicode_is_made_visible);
    tcase_add_test(tc, invalid_utf8_is_shown_byte_by_byte);
    tcase_add_test(tc, backslash_flag_tells_a_backslash_from_an_escape);
    tcase_add_test(tc, cuts_fall_between_characters);
    tcase_add_test(tc, show_str_cuts_with_dots);
    tcase_add_test(tc, shown_text_is_safe_and_stays_as_it_is);
    tcase_add_test(tc, is_plain_says_whether_showing_changes_anything);
    tcase_add_test(tc, streams_escape_and_keep_lines_apart);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
