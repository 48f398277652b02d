/* Check suite of the shrink module: the candidates offered for small texts, their
 * order (coarse first, counts kept right before plain removals), the value ladder
 * of integers, the simplification of words, and the callback's power to stop a
 * round or fail it. */
#include "err.h"
#include "shrink.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_SEEN = 4096 };

static struct {
    char *text[MAX_SEEN];
    size_t n;
    size_t stop_after; /* answer 1 after this many (0: never) */
    int fail_with;     /* answer this error on the first call (0: never) */
} seen;

static int collect(void *ctx, buf *candidate)
{
    (void)ctx;
    if (seen.fail_with)
        return seen.fail_with;
    ck_assert_uint_lt(seen.n, MAX_SEEN);
    seen.text[seen.n] = strndup(candidate->data ? candidate->data : "", candidate->len);
    ck_assert_ptr_nonnull(seen.text[seen.n]);
    seen.n++;
    return seen.stop_after && seen.n >= seen.stop_after ? 1 : 0;
}

static void forget(void)
{
    for (size_t i = 0; i < seen.n; i++)
        free(seen.text[i]);
    memset(&seen, 0, sizeof seen);
}

static void offer_all(const char *text)
{
    forget();
    ck_assert_int_eq(shrink_candidates(text, strlen(text), collect, NULL), 0);
}

/* The index of the first candidate equal to text; fails the test when none is. */
static size_t at(const char *text)
{
    for (size_t i = 0; i < seen.n; i++)
        if (strcmp(seen.text[i], text) == 0)
            return i;
    ck_abort_msg("'%s' was not offered (%zu candidates)", text, seen.n);
    return 0;
}

static bool offered(const char *text)
{
    for (size_t i = 0; i < seen.n; i++)
        if (strcmp(seen.text[i], text) == 0)
            return true;
    return false;
}

static void teardown(void) { forget(); }

START_TEST(everything_left_out_comes_first)
{
    offer_all("3\n1 2 3\n");
    ck_assert_uint_gt(seen.n, 0);
    ck_assert_str_eq(seen.text[0], "");
    /* then the values' line, its count of tokens going with it, before any token */
    ck_assert_uint_lt(at("0\n"), at("3\n"));
    ck_assert_uint_lt(at("3\n"), at("2\n2 3\n"));
    ck_assert(!offered("3\n1 2 3\n"));
}
END_TEST

START_TEST(a_count_in_the_first_line_follows_removed_tokens)
{
    offer_all("3\n1 2 3\n");
    ck_assert_uint_lt(at("2\n2 3\n"), at("3\n2 3\n"));
    ck_assert_uint_lt(at("1\n3\n"), at("3\n3\n"));
}
END_TEST

START_TEST(a_count_in_the_first_line_follows_removed_lines)
{
    offer_all("2\nab\ncd\n");
    ck_assert_uint_lt(at("1\nab\n"), at("2\nab\n"));
    ck_assert_uint_lt(at("1\ncd\n"), at("2\ncd\n"));
    ck_assert(!offered("1\n")); /* the count of what is left, not of what was removed */
}
END_TEST

START_TEST(integers_go_to_zero_one_then_halfway)
{
    offer_all("1000\n");
    size_t zero = at("0\n"), one = at("1\n"), half = at("500\n"), next = at("750\n"),
           last = at("999\n");
    ck_assert(zero < one && one < half && half < next && next < last);
    ck_assert(!offered("1000\n"));
    ck_assert(!offered("1001\n"));
}
END_TEST

START_TEST(negative_integers_move_toward_zero)
{
    offer_all("-8\n");
    ck_assert_uint_lt(at("0\n"), at("-1\n"));
    ck_assert_uint_lt(at("-1\n"), at("-4\n"));
    ck_assert_uint_lt(at("-4\n"), at("-6\n"));
    ck_assert_uint_lt(at("-6\n"), at("-7\n"));
    ck_assert(!offered("-9\n") && !offered("8\n"));
}
END_TEST

START_TEST(words_lose_characters_then_take_the_simplest_of_their_class)
{
    offer_all("Zz9\n");
    ck_assert_uint_lt(at("9\n"), at("Az9\n")); /* removals before simplifications */
    ck_assert(offered("Zz\n"));
    ck_assert(offered("Az9\n") && offered("Za9\n") && offered("Zz0\n"));
    ck_assert(!offered("Aa0\n")); /* one character at a time: the next round goes on */
}
END_TEST

START_TEST(spacing_is_normalised_and_the_final_newline_kept_as_it_was)
{
    offer_all("1  2\t3\n");
    ck_assert(offered("0 2 3\n"));
    offer_all("5");
    ck_assert(offered("0"));
    ck_assert(!offered("0\n"));
}
END_TEST

START_TEST(the_same_text_gives_the_same_candidates)
{
    offer_all("4 7\nabc 12 -3\nx\n");
    size_t n = seen.n;
    char **first = calloc(n, sizeof *first);
    for (size_t i = 0; i < n; i++)
        first[i] = strdup(seen.text[i]);
    offer_all("4 7\nabc 12 -3\nx\n");
    ck_assert_uint_eq(seen.n, n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_str_eq(seen.text[i], first[i]);
        free(first[i]);
    }
    free(first);
}
END_TEST

START_TEST(the_callback_ends_a_round)
{
    forget();
    seen.stop_after = 3;
    const char *text = "3\n1 2 3\n";
    ck_assert_int_eq(shrink_candidates(text, strlen(text), collect, NULL), 0);
    ck_assert_uint_eq(seen.n, 3);
}
END_TEST

START_TEST(the_callback_error_is_returned)
{
    forget();
    seen.fail_with = ERR_INTERNAL;
    const char *text = "3\n1 2 3\n";
    ck_assert_int_eq(shrink_candidates(text, strlen(text), collect, NULL), ERR_INTERNAL);
    ck_assert_uint_eq(seen.n, 0);
}
END_TEST

START_TEST(empty_text_offers_nothing)
{
    offer_all("");
    ck_assert_uint_eq(seen.n, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("shrink");
    TCase *tc = tcase_create("candidates");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, everything_left_out_comes_first);
    tcase_add_test(tc, a_count_in_the_first_line_follows_removed_tokens);
    tcase_add_test(tc, a_count_in_the_first_line_follows_removed_lines);
    tcase_add_test(tc, integers_go_to_zero_one_then_halfway);
    tcase_add_test(tc, negative_integers_move_toward_zero);
    tcase_add_test(tc, words_lose_characters_then_take_the_simplest_of_their_class);
    tcase_add_test(tc, spacing_is_normalised_and_the_final_newline_kept_as_it_was);
    tcase_add_test(tc, the_same_text_gives_the_same_candidates);
    tcase_add_test(tc, the_callback_ends_a_round);
    tcase_add_test(tc, the_callback_error_is_returned);
    tcase_add_test(tc, empty_text_offers_nothing);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
