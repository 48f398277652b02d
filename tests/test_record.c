/* Check suite of the record module: format/parse round trips, and every kind of
 * malformed line rejected by the parser. */
#include "record.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse(const char *line, record *r) { return record_parse(line, strlen(line), r); }

START_TEST(round_trip_every_status)
{
    for (int s = 0; s < RECORD_STATUS_COUNT; s++) {
        record in = {.id = 18446744073709551615ULL,
                     .status = (record_status)s,
                     .cpu_ms = 1003,
                     .wall_ms = 1010,
                     .rss_kb = 1234,
                     .exit_code = 255,
                     .signal = 9};
        strcpy(in.msg, "free text with  two spaces, = and: colons");
        char buf[512];
        int n = record_format(&in, buf, sizeof buf);
        ck_assert_int_gt(n, 0);
        ck_assert_int_eq(n, (int)strlen(buf));
        ck_assert_int_eq(buf[n - 1], '\n');
        record out;
        ck_assert_int_eq(record_parse(buf, (size_t)n, &out), 0);
        ck_assert_uint_eq(out.id, in.id);
        ck_assert_int_eq(out.status, in.status);
        ck_assert_int_eq(out.cpu_ms, 1003);
        ck_assert_int_eq(out.wall_ms, 1010);
        ck_assert_int_eq(out.rss_kb, 1234);
        ck_assert_int_eq(out.exit_code, 255);
        ck_assert_int_eq(out.signal, 9);
        ck_assert_str_eq(out.msg, in.msg);
    }
}
END_TEST

START_TEST(format_is_the_documented_line)
{
    record r = {.id = 7,
                .status = RECORD_CPU,
                .cpu_ms = 1003,
                .wall_ms = 1010,
                .rss_kb = 1234,
                .signal = 9};
    strcpy(r.msg, "free text");
    char buf[256];
    record_format(&r, buf, sizeof buf);
    ck_assert_str_eq(
        buf,
        "id=7 status=CPU cpu_ms=1003 wall_ms=1010 rss_kb=1234 exit=0 signal=9 msg=free text\n");
}
END_TEST

START_TEST(format_replaces_newlines_in_msg)
{
    record r = {.status = RECORD_SETUP};
    strcpy(r.msg, "two\nlines\n");
    char buf[256];
    int n = record_format(&r, buf, sizeof buf);
    ck_assert_int_gt(n, 0);
    ck_assert_ptr_eq(strchr(buf, '\n'), buf + n - 1);
    record out;
    ck_assert_int_eq(record_parse(buf, (size_t)n, &out), 0);
    ck_assert_str_eq(out.msg, "two lines ");
}
END_TEST

START_TEST(format_refuses_small_buffers_and_bad_status)
{
    record r = {.status = RECORD_OK};
    strcpy(r.msg, "x");
    char buf[512];
    int n = record_format(&r, buf, sizeof buf);
    ck_assert_int_gt(n, 0);
    for (size_t size = 0; size <= (size_t)n; size++)
        ck_assert_int_eq(record_format(&r, buf, size), -1);
    ck_assert_int_eq(record_format(&r, buf, (size_t)n + 1), n);
    r.status = RECORD_STATUS_COUNT;
    ck_assert_int_eq(record_format(&r, buf, sizeof buf), -1);
}
END_TEST

START_TEST(format_handles_a_full_msg)
{
    record r = {.status = RECORD_ERROR};
    memset(r.msg, 'm', sizeof r.msg); /* no terminator at all */
    char buf[512];
    int n = record_format(&r, buf, sizeof buf);
    ck_assert_int_gt(n, 0);
    record out;
    /* 256 bytes of msg do not fit the 255 + NUL of the struct: rejected. */
    ck_assert_int_eq(record_parse(buf, (size_t)n, &out), -1);
    r.msg[sizeof r.msg - 1] = '\0';
    n = record_format(&r, buf, sizeof buf);
    ck_assert_int_eq(record_parse(buf, (size_t)n, &out), 0);
    ck_assert_int_eq((int)strlen(out.msg), (int)sizeof r.msg - 1);
}
END_TEST

START_TEST(parse_accepts_any_order_and_defaults)
{
    record r;
    ck_assert_int_eq(parse("signal=6 status=SIGNAL id=3", &r), 0);
    ck_assert_int_eq(r.status, RECORD_SIGNAL);
    ck_assert_int_eq(r.signal, 6);
    ck_assert_uint_eq(r.id, 3);
    ck_assert_int_eq(r.cpu_ms, 0);
    ck_assert_str_eq(r.msg, "");
    ck_assert_int_eq(parse("status=OK\n", &r), 0);
    ck_assert_int_eq(parse("status=OK msg=", &r), 0);
    ck_assert_str_eq(r.msg, "");
    ck_assert_int_eq(parse("status=EXIT msg= leading and trailing spaces ", &r), 0);
    ck_assert_str_eq(r.msg, " leading and trailing spaces ");
    ck_assert_int_eq(parse("status=OK msg=id=4 status=CPU", &r), 0);
    ck_assert_uint_eq(r.id, 0);
    ck_assert_int_eq(r.status, RECORD_OK);
    ck_assert_int_eq(parse("status=OK id=0 exit=255 signal=64", &r), 0);
}
END_TEST

START_TEST(parse_does_not_need_a_nul)
{
    const char text[] = "status=MEM rss_kb=99XXXX";
    record r;
    ck_assert_int_eq(record_parse(text, strlen("status=MEM rss_kb=99"), &r), 0);
    ck_assert_int_eq(r.rss_kb, 99);
}
END_TEST

static const char *const malformed[] = {
    "",
    "\n",
    "id=1",                              /* missing status */
    "msg=status=OK",                     /* status only inside msg */
    "status=ok",                         /* unknown status (case) */
    "status=TLE",                        /* unknown status */
    "status=",                           /* empty status */
    "status=OK colour=red",              /* unknown key */
    "status=OK Status=OK",               /* unknown key (case) */
    "status=OK status=OK",               /* duplicate */
    "status=OK id=1 id=1",               /* duplicate */
    "status=OK id=",                     /* empty number */
    "status=OK id=-1",                   /* sign */
    "status=OK id=+1",                   /* sign */
    "status=OK id=01",                   /* leading zero */
    "status=OK id=1x",                   /* junk */
    "status=OK id=0x10",                 /* hex */
    "status=OK id= 1",                   /* space in value */
    "status=OK id=18446744073709551616", /* overflow */
    "status=OK id=99999999999999999999999",
    "status=OK cpu_ms=1000000000001", /* out of range */
    "status=OK wall_ms=-5",
    "status=OK rss_kb=1e3",
    "status=OK exit=256",
    "status=OK signal=65",
    "status=OK signal=-1",
    " status=OK",         /* leading space */
    "status=OK ",         /* trailing space */
    "status=OK  id=1",    /* double space */
    "status=OK\tid=1",    /* tab is not a separator */
    "status=OK id",       /* no '=' */
    "status=OK =1",       /* empty key */
    "status=OK\nid=1",    /* embedded newline */
    "status=OK msg=a\nb", /* newline inside msg */
    "status=OK\n\n",      /* two newlines */
    "status=OK id=1\r",   /* CR in a number */
};

START_TEST(parse_rejects_malformed)
{
    const char *line = malformed[_i];
    record r;
    ck_assert_msg(record_parse(line, strlen(line), &r) == -1, "accepted '%s'", line);
}
END_TEST

START_TEST(parse_rejects_nul_and_long_msg)
{
    record r;
    const char with_nul[] = "status=OK msg=a\0b";
    ck_assert_int_eq(record_parse(with_nul, sizeof with_nul - 1, &r), -1);
    char line[600] = "status=OK msg=";
    memset(line + strlen(line), 'x', 256);
    ck_assert_int_eq(parse(line, &r), -1);
    line[strlen("status=OK msg=") + 255] = '\0';
    ck_assert_int_eq(parse(line, &r), 0);
}
END_TEST

START_TEST(parse_leaves_out_alone_on_failure)
{
    record r = {.id = 42};
    ck_assert_int_eq(parse("id=7 status=BAD", &r), -1);
    ck_assert_uint_eq(r.id, 42);
}
END_TEST

START_TEST(status_names_and_texts)
{
    ck_assert_str_eq(record_status_name(RECORD_OK), "OK");
    ck_assert_str_eq(record_status_name(RECORD_MEM), "MEM");
    ck_assert_str_eq(record_status_name(RECORD_STATUS_COUNT), "?");
    ck_assert_str_eq(record_status_text(RECORD_WALL), "wall-clock limit exceeded");
    for (int s = 0; s < RECORD_STATUS_COUNT; s++) {
        char line[64];
        snprintf(line, sizeof line, "status=%s", record_status_name((record_status)s));
        record r;
        ck_assert_int_eq(parse(line, &r), 0);
        ck_assert_int_eq(r.status, s);
    }
}
END_TEST

/* A cheap deterministic fuzz: random mutations of a valid line never crash the
 * parser, and whatever it accepts formats back into a line it accepts again. */
START_TEST(parse_survives_mutations)
{
    const char base[] =
        "id=7 status=CPU cpu_ms=1003 wall_ms=1010 rss_kb=1234 exit=0 signal=9 msg=x y";
    unsigned seed = 12345;
    for (int i = 0; i < 200000; i++) {
        char line[sizeof base];
        memcpy(line, base, sizeof base);
        int edits = 1 + (int)(rand_r(&seed) % 4);
        for (int e = 0; e < edits; e++)
            line[rand_r(&seed) % (sizeof base - 1)] = (char)(rand_r(&seed) % 128);
        size_t len = (size_t)(rand_r(&seed) % sizeof base);
        record r;
        if (record_parse(line, len, &r) == 0) {
            char buf[512];
            int n = record_format(&r, buf, sizeof buf);
            ck_assert_int_gt(n, 0);
            record again;
            ck_assert_int_eq(record_parse(buf, (size_t)n, &again), 0);
            ck_assert_str_eq(again.msg, r.msg);
        }
    }
}
END_TEST

static Suite *record_suite(void)
{
    Suite *s = suite_create("record");
    TCase *t = tcase_create("format");
    tcase_add_test(t, round_trip_every_status);
    tcase_add_test(t, format_is_the_documented_line);
    tcase_add_test(t, format_replaces_newlines_in_msg);
    tcase_add_test(t, format_refuses_small_buffers_and_bad_status);
    tcase_add_test(t, format_handles_a_full_msg);
    suite_add_tcase(s, t);
    t = tcase_create("parse");
    tcase_add_test(t, parse_accepts_any_order_and_defaults);
    tcase_add_test(t, parse_does_not_need_a_nul);
    tcase_add_loop_test(t, parse_rejects_malformed, 0,
                        (int)(sizeof malformed / sizeof malformed[0]));
    tcase_add_test(t, parse_rejects_nul_and_long_msg);
    tcase_add_test(t, parse_leaves_out_alone_on_failure);
    tcase_add_test(t, status_names_and_texts);
    tcase_add_test(t, parse_survives_mutations);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *r = srunner_create(record_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
