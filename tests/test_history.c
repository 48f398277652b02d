/* Check suite of the attempt history: round trips through a real SQLite file,
 * statuses, stats with fixed timestamps, and the failures that must never stop
 * judging (a damaged file, a locked database, a directory that cannot be made, a
 * newer schema), each said exactly once per process on stderr.
 *
 * Every test runs in its own forked process (forced below), because "once per
 * process" is state of the module. */
#include "err.h"
#include "fsutil.h"
#include "hash.h"
#include "history_print.h"

#include <check.h>
#include <fcntl.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char dir[64];
static char db_path[128];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-history-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(db_path, sizeof db_path, "%s/data/ckit/history.sqlite3", dir);
    setenv("TZ", "UTC", 1);
    tzset();
}

static void teardown(void) { fs_remove_tree(dir); }

/* ---- stderr capture ---- */

static int saved_stderr = -1;
static char capture_path[128];

static void capture_begin(void)
{
    snprintf(capture_path, sizeof capture_path, "%s/stderr.txt", dir);
    fflush(stderr);
    saved_stderr = dup(2);
    int fd = open(capture_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ck_assert_int_ge(fd, 0);
    dup2(fd, 2);
    close(fd);
}

/* The captured text (caller frees). */
static char *capture_end(void)
{
    fflush(stderr);
    dup2(saved_stderr, 2);
    close(saved_stderr);
    buf b = BUF_INIT;
    ck_assert_int_eq(fs_read_file(capture_path, 1 << 20, ERR_INPUT, &b), 0);
    return b.data;
}

static int count_lines(const char *text)
{
    int n = 0;
    for (; *text; text++)
        n += *text == '\n';
    return n;
}

/* ---- helpers ---- */

/* Everything fn prints to a stream, as a string (caller frees). */
static char *printed_attempts(history *h, const char *slug, bool json)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ck_assert_int_eq(history_print_attempts(h, f, slug, json), 0);
    fclose(f);
    return text;
}

static char *printed_stats(history *h, const history_problem *p, size_t n, bool json)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ck_assert_int_eq(history_print_stats(h, f, p, n, json), 0);
    fclose(f);
    return text;
}

static json_t *parse(char *text)
{
    json_error_t error;
    json_t *doc = json_loads(text, 0, &error);
    ck_assert_msg(doc != NULL, "not JSON (%s): %s", error.text, text);
    free(text);
    return doc;
}

static long long int_at(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    ck_assert_msg(json_is_integer(v), "'%s' is not an integer", key);
    return json_integer_value(v);
}

static void add(history *h, const char *slug, long long t, verdict v, long passed, const char *hash)
{
    history_attempt a = {.slug = slug,
                         .time = t,
                         .v = v,
                         .passed = passed,
                         .total = 10,
                         .cpu_ms = 7,
                         .source_hash = hash};
    ck_assert_int_eq(history_record_attempt(h, &a), 0);
}

static void write_file(const char *path, const char *content, size_t n)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(content, 1, n, f), n);
    fclose(f);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- round trips ---- */

START_TEST(attempts_round_trip_newest_first)
{
    history *h = history_open(db_path); /* its directories do not exist yet */
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(history_record_start(h, "lcs", 1000), 0);
    add(h, "lcs", 1100, VERDICT_WA, 3, "0123456789abcdef0123456789abcdef");
    add(h, "lcs", 1200, VERDICT_AC, 10, "fedcba9876543210fedcba9876543210");
    add(h, "other", 1300, VERDICT_TLE, 1, "ffff");
    history_close(h);

    h = history_open(db_path); /* it persisted */
    ck_assert_ptr_nonnull(h);
    json_t *doc = parse(printed_attempts(h, "lcs", true));
    ck_assert_str_eq(json_string_value(json_object_get(doc, "slug")), "lcs");
    ck_assert_str_eq(json_string_value(json_object_get(doc, "status")), "solved");
    ck_assert_int_eq(int_at(doc, "started"), 1000);
    json_t *rows = json_object_get(doc, "attempts");
    ck_assert_uint_eq(json_array_size(rows), 2);
    json_t *newest = json_array_get(rows, 0), *oldest = json_array_get(rows, 1);
    ck_assert_int_eq(int_at(newest, "time"), 1200);
    ck_assert_str_eq(json_string_value(json_object_get(newest, "verdict")), "AC");
    ck_assert_int_eq(int_at(newest, "passed"), 10);
    ck_assert_int_eq(int_at(newest, "total"), 10);
    ck_assert_int_eq(int_at(newest, "cpu_ms"), 7);
    ck_assert_str_eq(json_string_value(json_object_get(newest, "source_hash")),
                     "fedcba9876543210fedcba9876543210");
    ck_assert_int_eq(int_at(oldest, "time"), 1100);
    ck_assert_str_eq(json_string_value(json_object_get(oldest, "verdict")), "WA");
    ck_assert_int_eq(int_at(oldest, "passed"), 3);
    json_decref(doc);

    char *text = printed_attempts(h, "lcs", false);
    ck_assert_msg(strstr(text, "lcs: solved, 2 attempts, started 1970-01-01 00:16"), "%s", text);
    const char *ac = strstr(text, "1970-01-01 00:20  AC");
    const char *wa = strstr(text, "1970-01-01 00:18  WA");
    ck_assert_msg(ac && wa && ac < wa, "not newest first:\n%s", text);
    /* the table shows the file (none was given: "-"); the hash is in the JSON */
    ck_assert_msg(strstr(ac, "10/10") && strstr(ac, "  -\n"), "%s", text);
    ck_assert_msg(!strstr(text, "fedcba98"), "%s", text);
    ck_assert_msg(strstr(wa, " 3/10 ") && strstr(wa, "  -\n"), "%s", text);
    free(text);

    text = printed_attempts(h, "never", false);
    ck_assert_str_eq(text, "never: new, no attempts yet\n");
    free(text);
    doc = parse(printed_attempts(h, "never", true));
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "attempts")), 0);
    ck_assert(json_is_null(json_object_get(doc, "started")));
    json_decref(doc);
    history_close(h);

    /* the schema is versioned, and a fresh database is in WAL mode */
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(db_path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(st, 0), 3);
    sqlite3_finalize(st);
    ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}
END_TEST

START_TEST(status_goes_new_tried_solved)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_NEW);
    ck_assert(!history_solved(h, "lcs"));
    ck_assert_int_eq(history_record_start(h, "lcs", 0), 0); /* a start is not an attempt */
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_NEW);
    add(h, "lcs", 0, VERDICT_CE, 0, "aa");
    add(h, "lcs", 0, VERDICT_WA, 4, "bb");
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_TRIED);
    ck_assert(!history_solved(h, "lcs"));
    add(h, "lcs", 0, VERDICT_AC, 10, "cc");
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_SOLVED);
    ck_assert(history_solved(h, "lcs"));
    add(h, "lcs", 0, VERDICT_WA, 9, "dd"); /* a later failure does not unsolve it */
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_SOLVED);
    ck_assert_int_eq(history_status_of(h, "lc"), HISTORY_NEW);
    ck_assert_str_eq(history_status_name(HISTORY_NEW), "new");
    ck_assert_str_eq(history_status_name(HISTORY_TRIED), "tried");
    ck_assert_str_eq(history_status_name(HISTORY_SOLVED), "solved");

    /* time 0 means now */
    json_t *doc = parse(printed_attempts(h, "lcs", true));
    long long t = int_at(json_array_get(json_object_get(doc, "attempts"), 0), "time");
    ck_assert(llabs(t - (long long)time(NULL)) < 60);
    json_decref(doc);
    history_close(h);
}
END_TEST

START_TEST(attempt_is_recorded_with_its_source_hash)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    char source[128];
    snprintf(source, sizeof source, "%s/lcs.c", dir);
    const char content[] = "int main(void) { return 0; }\n";
    write_file(source, content, sizeof content - 1);
    hash_state hs;
    hash_init(&hs);
    hash_update(&hs, content, sizeof content - 1);
    char expected[33], got[33];
    hash_hex(&hs, expected);
    history_source_hash(source, got);
    ck_assert_str_eq(got, expected);
    char missing[160];
    snprintf(missing, sizeof missing, "%s/gone.c", dir);
    history_source_hash(missing, got);
    ck_assert_str_eq(got, "");

    history_source_hash(source, got);
    history_attempt a = {
        .slug = "lcs", .v = VERDICT_WA, .passed = 1, .total = 3, .cpu_ms = 13, .source_hash = got};
    ck_assert_int_eq(history_record_attempt(h, &a), 0);
    a.v = VERDICT_IE; /* the judge's failure, not the learner's attempt */
    ck_assert_int_eq(history_record_attempt(h, &a), ERR_INTERNAL);

    json_t *doc = parse(printed_attempts(h, "lcs", true));
    json_t *rows = json_object_get(doc, "attempts");
    ck_assert_uint_eq(json_array_size(rows), 1);
    json_t *row = json_array_get(rows, 0);
    ck_assert_str_eq(json_string_value(json_object_get(row, "verdict")), "WA");
    ck_assert_int_eq(int_at(row, "passed"), 1);
    ck_assert_int_eq(int_at(row, "total"), 3);
    ck_assert_int_eq(int_at(row, "cpu_ms"), 13);
    ck_assert_str_eq(json_string_value(json_object_get(row, "source_hash")), expected);
    json_decref(doc);
    history_close(h);
}
END_TEST

/* ---- stats ---- */

static char tag_array[] = "array", tag_hash[] = "hash", tag_dp[] = "dp", tag_string[] = "string";
static char *tags_a[] = {tag_array, tag_hash};
static char *tags_b[] = {tag_dp};
static char *tags_c[] = {tag_dp, tag_string};
static const history_problem problems[] = {
    {"aaa", "easy", tags_a, 2}, {"bbb", "medium", tags_b, 1}, {"ccc", "medium", tags_c, 2},
    {"ddd", "hard", NULL, 0},   {"eee", "easy", NULL, 0},
};

static json_t *find_row(json_t *rows, const char *key, const char *name)
{
    size_t i;
    json_t *row;
    json_array_foreach(rows, i, row) if (strcmp(json_string_value(json_object_get(row, key)),
                                                name) == 0) return row;
    ck_abort_msg("no row '%s'", name);
    return NULL;
}

static void expect_counts(json_t *row, int solved, int tried, int total, int attempts)
{
    ck_assert_int_eq(int_at(row, "solved"), solved);
    ck_assert_int_eq(int_at(row, "tried"), tried);
    ck_assert_int_eq(int_at(row, "total"), total);
    ck_assert_int_eq(int_at(row, "new"), total - solved - tried);
    ck_assert_int_eq(int_at(row, "attempts"), attempts);
}

START_TEST(stats_by_difficulty_and_tag)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    /* aaa: started at 1000, accepted first try at 1600 (10 minutes) */
    ck_assert_int_eq(history_record_start(h, "aaa", 1000), 0);
    ck_assert_int_eq(history_record_start(h, "aaa", 1500),
                     0); /* a second start: the first counts */
    add(h, "aaa", 1600, VERDICT_AC, 10, "a1");
    /* bbb: started at 2000, WA, then AC at 2400 (6m 40s), then another AC */
    ck_assert_int_eq(history_record_start(h, "bbb", 2000), 0);
    add(h, "bbb", 2100, VERDICT_WA, 2, "b1");
    add(h, "bbb", 2400, VERDICT_AC, 10, "b2");
    add(h, "bbb", 2500, VERDICT_AC, 10, "b3");
    /* ccc: tried only */
    add(h, "ccc", 3000, VERDICT_TLE, 5, "c1");
    /* eee: solved first try without `judge start` */
    add(h, "eee", 4000, VERDICT_AC, 10, "e1");
    /* not in the list: ignored */
    add(h, "zzz", 5000, VERDICT_AC, 10, "z1");

    json_t *doc = parse(printed_stats(h, problems, 5, true));
    ck_assert_int_eq(int_at(doc, "attempts"), 6);
    ck_assert_int_eq(int_at(doc, "solved"), 3);
    ck_assert_int_eq(int_at(doc, "tried"), 1);
    ck_assert_int_eq(int_at(doc, "new"), 1);
    ck_assert_int_eq(int_at(doc, "total"), 5);

    json_t *levels = json_object_get(doc, "by_difficulty");
    ck_assert_uint_eq(json_array_size(levels), 3);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(levels, 0), "difficulty")),
                     "easy");
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(levels, 2), "difficulty")),
                     "hard");
    expect_counts(find_row(levels, "difficulty", "easy"), 2, 0, 2, 2);
    expect_counts(find_row(levels, "difficulty", "medium"), 1, 1, 2, 4);
    expect_counts(find_row(levels, "difficulty", "hard"), 0, 0, 1, 0);

    json_t *tags = json_object_get(doc, "by_tag");
    ck_assert_uint_eq(json_array_size(tags), 4);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(tags, 0), "tag")), "array");
    expect_counts(find_row(tags, "tag", "array"), 1, 0, 1, 1);
    expect_counts(find_row(tags, "tag", "hash"), 1, 0, 1, 1);
    expect_counts(find_row(tags, "tag", "dp"), 1, 1, 2, 4);
    expect_counts(find_row(tags, "tag", "string"), 0, 1, 1, 1);

    json_t *first = json_object_get(doc, "first_try");
    ck_assert_uint_eq(json_array_size(first), 2);
    ck_assert_str_eq(json_string_value(json_array_get(first, 0)), "aaa");
    ck_assert_str_eq(json_string_value(json_array_get(first, 1)), "eee");

    json_t *waits = json_object_get(doc, "start_to_ac");
    ck_assert_uint_eq(json_array_size(waits), 3);
    ck_assert_int_eq(int_at(find_row(waits, "slug", "aaa"), "seconds"), 600);
    ck_assert_int_eq(int_at(find_row(waits, "slug", "bbb"), "seconds"), 400);
    ck_assert(json_is_null(json_object_get(find_row(waits, "slug", "eee"), "seconds")));
    ck_assert_int_eq(int_at(doc, "median_start_to_ac_seconds"), 500);
    json_decref(doc);

    char *text = printed_stats(h, problems, 5, false);
    ck_assert_msg(strstr(text, "attempts: 6   problems: 3 solved, 1 tried, 1 new, 5 in all\n"),
                  "%s", text);
    ck_assert_msg(strstr(text, "first-try solves: 2 (aaa, eee)\n"), "%s", text);
    ck_assert_msg(strstr(text, "medium           1      1      2         4\n"), "%s", text);
    ck_assert_msg(strstr(text, "\ndp           1      1      2         4\n"), "%s", text);
    ck_assert_msg(strstr(text, "time from start to first AC (median 8m 20s):\n"), "%s", text);
    ck_assert_msg(strstr(text, "  aaa                10m 00s\n"), "%s", text);
    ck_assert_msg(strstr(text, "  bbb                6m 40s\n"), "%s", text);
    ck_assert_msg(strstr(text, "  eee                -  (solved without `judge start`)\n"), "%s",
                  text);
    free(text);
    history_close(h);
}
END_TEST

START_TEST(no_history_is_empty_and_harmless)
{
    history_attempt a = {.slug = "lcs", .v = VERDICT_AC};
    ck_assert_int_eq(history_record_attempt(NULL, &a), ERR_INTERNAL);
    ck_assert_int_eq(history_record_start(NULL, "lcs", 0), ERR_INTERNAL);
    ck_assert_int_eq(history_status_of(NULL, "lcs"), HISTORY_NEW);
    ck_assert(!history_solved(NULL, "lcs"));
    char *text = printed_attempts(NULL, "lcs", false);
    ck_assert_str_eq(text, "lcs: new, no attempts yet\n");
    free(text);
    json_t *doc = parse(printed_stats(NULL, problems, 5, true));
    ck_assert_int_eq(int_at(doc, "attempts"), 0);
    ck_assert_int_eq(int_at(doc, "new"), 5);
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "first_try")), 0);
    ck_assert(json_is_null(json_object_get(doc, "median_start_to_ac_seconds")));
    json_decref(doc);
    text = printed_stats(NULL, problems, 5, false);
    ck_assert_msg(strstr(text, "nothing solved yet"), "%s", text);
    free(text);
    history_close(NULL);
}
END_TEST

START_TEST(default_path_follows_xdg)
{
    setenv("XDG_DATA_HOME", "/data/x/", 1);
    char *p = history_default_path();
    ck_assert_str_eq(p, "/data/x/ckit/history.sqlite3");
    free(p);
    setenv("XDG_DATA_HOME", "relative/dir", 1); /* ignored, as the spec says */
    setenv("HOME", "/home/learner", 1);
    p = history_default_path();
    ck_assert_str_eq(p, "/home/learner/.local/share/ckit/history.sqlite3");
    free(p);
    unsetenv("XDG_DATA_HOME");
    p = history_default_path();
    ck_assert_str_eq(p, "/home/learner/.local/share/ckit/history.sqlite3");
    free(p);

    /* history_open(NULL) uses it and makes the directories */
    char data[128];
    snprintf(data, sizeof data, "%s/xdg", dir);
    setenv("XDG_DATA_HOME", data, 1);
    history *h = history_open(NULL);
    ck_assert_ptr_nonnull(h);
    add(h, "lcs", 100, VERDICT_AC, 10, "aa");
    history_close(h);
    char expected[192];
    snprintf(expected, sizeof expected, "%s/ckit/history.sqlite3", data);
    ck_assert(fs_exists(expected));
}
END_TEST

/* ---- failures that must not stop judging ---- */

START_TEST(damaged_database_warns_once_and_is_left_alone)
{
    char parent[128];
    snprintf(parent, sizeof parent, "%s/data/ckit", dir);
    ck_assert_int_eq(fs_mkdir_p(parent), 0);
    char garbage[4096];
    for (size_t i = 0; i < sizeof garbage; i++)
        garbage[i] = (char)("not a database, just noise\n"[i % 27]);
    write_file(db_path, garbage, sizeof garbage);

    capture_begin();
    history *h = history_open(db_path);
    history_attempt a = {.slug = "lcs", .time = 5, .v = VERDICT_AC, .source_hash = "aa"};
    int recorded = history_record_attempt(h, &a);
    int started = history_record_start(h, "lcs", 0);
    history_status status = history_status_of(h, "lcs");
    history *again = history_open(db_path); /* a second open in the same process: silent */
    char *listing = printed_attempts(again, "lcs", false);
    history_close(again);
    history_close(h);
    char *err = capture_end();

    ck_assert_ptr_null(h);
    ck_assert_ptr_null(again);
    ck_assert_int_eq(recorded, ERR_INTERNAL);
    ck_assert_int_eq(started, ERR_INTERNAL);
    ck_assert_int_eq(status, HISTORY_NEW);
    ck_assert_str_eq(listing, "lcs: new, no attempts yet\n");
    free(listing);
    ck_assert_msg(count_lines(err) == 1, "one warning, got:\n%s", err);
    char expected[256];
    snprintf(expected, sizeof expected, "judge: history unavailable: '%s' is not a database (",
             db_path);
    ck_assert_msg(strncmp(err, expected, strlen(expected)) == 0, "%s", err);
    ck_assert_msg(strstr(err, "): judging goes on without it\n"), "%s", err);
    free(err);

    buf b = BUF_INIT; /* never replaced or repaired behind the learner's back */
    ck_assert_int_eq(fs_read_file(db_path, 1 << 20, ERR_INPUT, &b), 0);
    ck_assert_uint_eq(b.len, sizeof garbage);
    ck_assert(memcmp(b.data, garbage, sizeof garbage) == 0);
    buf_release(&b);
}
END_TEST

START_TEST(damaged_pages_fail_softly_when_read)
{
    /* the header is intact, so opening works; the tables' pages are noise */
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    for (int i = 0; i < 100; i++)
        add(h, "lcs", 1000 + i, VERDICT_WA, 1, "0123456789abcdef0123456789abcdef");
    history_close(h);
    FILE *f = fopen(db_path, "r+b");
    ck_assert_ptr_nonnull(f);
    char noise[8192];
    memset(noise, 'Z', sizeof noise);
    ck_assert_int_eq(fseek(f, 4096, SEEK_SET), 0); /* past page 1, the schema */
    ck_assert_uint_eq(fwrite(noise, 1, sizeof noise, f), sizeof noise);
    fclose(f);

    capture_begin();
    h = history_open(db_path);
    bool opened = h != NULL;
    history_status status = history_status_of(h, "lcs");
    history_attempt a = {.slug = "lcs", .time = 5, .v = VERDICT_AC, .source_hash = "aa"};
    int recorded = history_record_attempt(h, &a);
    char *listing = printed_attempts(h, "lcs", false);
    history_close(h);
    char *err = capture_end();

    ck_assert(opened);
    ck_assert_int_eq(status, HISTORY_NEW);
    ck_assert_int_eq(recorded, ERR_INTERNAL);
    ck_assert_str_eq(listing, "lcs: new, no attempts yet\n");
    free(listing);
    ck_assert_msg(count_lines(err) == 1, "one warning, got:\n%s", err);
    ck_assert_msg(strstr(err, "' is damaged (sqlite3_step: database disk image is malformed): "
                              "judging goes on without it\n"),
                  "%s", err);
    free(err);
}
END_TEST

START_TEST(locked_database_fails_fast_once)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    add(h, "lcs", 100, VERDICT_WA, 1, "aa");

    sqlite3 *other;
    ck_assert_int_eq(sqlite3_open(db_path, &other), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);

    history_attempt a = {.slug = "lcs", .time = 200, .v = VERDICT_AC, .source_hash = "bb"};
    struct timespec t0;
    capture_begin();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int first = history_record_attempt(h, &a);
    double first_s = seconds_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int second = history_record_attempt(h, &a); /* a no-op now: no wait, no warning */
    int start = history_record_start(h, "lcs", 300);
    history_status status = history_status_of(h, "lcs");
    double rest_s = seconds_since(&t0);
    char *err = capture_end();

    ck_assert_int_eq(first, ERR_INTERNAL);
    ck_assert_int_eq(second, ERR_INTERNAL);
    ck_assert_int_eq(start, ERR_INTERNAL);
    ck_assert_int_eq(status, HISTORY_NEW);
    ck_assert_msg(first_s >= 0.15 && first_s < 2.0, "busy wait took %.3f s", first_s);
    ck_assert_msg(rest_s < 0.1, "the later calls took %.3f s", rest_s);
    ck_assert_msg(count_lines(err) == 1, "one warning, got:\n%s", err);
    ck_assert_msg(strstr(err, "is locked by another process (sqlite3_step: database is locked)"),
                  "%s", err);
    ck_assert_msg(strstr(err, "judging goes on without it"), "%s", err);
    free(err);
    history_close(h);

    /* the lock holder's view: the first attempt is there, the refused one is not */
    ck_assert_int_eq(sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(other);
    h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_TRIED);
    history_close(h);
}
END_TEST

START_TEST(locked_new_database_fails_open_fast)
{
    /* another process holds a brand-new database file locked: creating the schema
       cannot wait for it */
    char parent[128];
    snprintf(parent, sizeof parent, "%s/data/ckit", dir);
    ck_assert_int_eq(fs_mkdir_p(parent), 0);
    sqlite3 *other;
    ck_assert_int_eq(sqlite3_open(db_path, &other), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
    struct timespec t0;
    capture_begin();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    history *h = history_open(db_path);
    double took = seconds_since(&t0);
    char *err = capture_end();
    ck_assert_ptr_null(h);
    ck_assert_msg(took < 2.0, "open took %.3f s", took);
    ck_assert_msg(count_lines(err) == 1 && strstr(err, "is locked by another process"), "%s", err);
    free(err);
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);
}
END_TEST

START_TEST(directory_under_a_file_warns_and_gives_null)
{
    char file[128], path[192];
    snprintf(file, sizeof file, "%s/plain-file", dir);
    write_file(file, "x", 1);
    snprintf(path, sizeof path, "%s/ckit/history.sqlite3", file);
    capture_begin();
    history *h = history_open(path);
    history *h2 = history_open(path);
    char *err = capture_end();
    ck_assert_ptr_null(h);
    ck_assert_ptr_null(h2);
    ck_assert_msg(count_lines(err) == 1, "one warning, got:\n%s", err);
    char expected[256];
    snprintf(expected, sizeof expected, "judge: history unavailable: '%s' cannot be created", path);
    ck_assert_msg(strncmp(err, expected, strlen(expected)) == 0, "%s", err);
    ck_assert_msg(strstr(err, "Not a directory): judging goes on without it\n"), "%s", err);
    free(err);
}
END_TEST

START_TEST(empty_path_warns_and_gives_null)
{
    capture_begin();
    history *h = history_open("");
    char *err = capture_end();
    ck_assert_ptr_null(h);
    ck_assert_str_eq(err, "judge: history unavailable: its path is empty: judging goes on "
                          "without it\n");
    free(err);
}
END_TEST

/* Hints seen before an attempt are counted on it, and stats report the hints of
 * each first AC. */
START_TEST(hints_are_remembered_and_counted_on_attempts)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(history_hints_seen(h, "aaa"), 0);
    add(h, "aaa", 900, VERDICT_WA, 1, "a0");
    ck_assert_int_eq(history_record_hint(h, "aaa", 1, 1000), 0);
    ck_assert_int_eq(history_record_hint(h, "aaa", 2, 1100), 0);
    add(h, "aaa", 1200, VERDICT_AC, 10, "a1");
    ck_assert_int_eq(history_record_hint(h, "aaa", 3, 1300), 0);
    add(h, "aaa", 1400, VERDICT_AC, 10, "a2");
    add(h, "bbb", 1500, VERDICT_AC, 10, "b1");
    ck_assert_int_eq(history_hints_seen(h, "aaa"), 3);
    ck_assert_int_eq(history_hints_seen(h, "bbb"), 0);
    ck_assert_int_eq(history_record_hint(h, "aaa", 0, 0), ERR_INTERNAL);

    json_t *doc = parse(printed_attempts(h, "aaa", true));
    ck_assert_int_eq(int_at(doc, "hints_seen"), 3);
    json_t *rows = json_object_get(doc, "attempts"); /* newest first */
    ck_assert_int_eq(int_at(json_array_get(rows, 0), "hints"), 3);
    ck_assert_int_eq(int_at(json_array_get(rows, 1), "hints"), 2);
    ck_assert_int_eq(int_at(json_array_get(rows, 2), "hints"), 0);
    json_decref(doc);
    char *text = printed_attempts(h, "aaa", false);
    ck_assert_msg(strstr(text, "3 hints seen") && strstr(text, "hints"), "%s", text);
    free(text);

    doc = parse(printed_stats(h, problems, 2, true));
    ck_assert_int_eq(int_at(doc, "solved_without_hints"), 1);
    json_t *waits = json_object_get(doc, "start_to_ac");
    ck_assert_int_eq(int_at(find_row(waits, "slug", "aaa"), "hints"), 2);
    ck_assert_int_eq(int_at(find_row(waits, "slug", "bbb"), "hints"), 0);
    json_decref(doc);
    text = printed_stats(h, problems, 2, false);
    ck_assert_msg(strstr(text, "solved without hints: 1 of 2") && strstr(text, "(2 hints)"), "%s",
                  text);
    free(text);
    history_close(h);
}
END_TEST

/* A history written before hints existed opens, keeps its attempts (with no
 * hints) and takes hints from then on. */
START_TEST(version_one_history_is_migrated)
{
    char parent[128];
    snprintf(parent, sizeof parent, "%s/data/ckit", dir);
    ck_assert_int_eq(fs_mkdir_p(parent), 0);
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(db_path, &db), SQLITE_OK);
    ck_assert_int_eq(
        sqlite3_exec(db,
                     "CREATE TABLE attempts (id INTEGER PRIMARY KEY, slug TEXT NOT NULL,"
                     " time INTEGER NOT NULL, verdict TEXT NOT NULL, passed INTEGER NOT NULL,"
                     " total INTEGER NOT NULL, cpu_ms INTEGER NOT NULL, source_hash TEXT NOT NULL);"
                     "CREATE TABLE starts (id INTEGER PRIMARY KEY, slug TEXT NOT NULL,"
                     " time INTEGER NOT NULL);"
                     "INSERT INTO attempts VALUES (1, 'aaa', 100, 'AC', 10, 10, 5, 'old');"
                     "PRAGMA user_version = 1;",
                     NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(db);
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    ck_assert_int_eq(history_record_hint(h, "aaa", 1, 200), 0);
    add(h, "aaa", 300, VERDICT_AC, 10, "new");
    json_t *doc = parse(printed_attempts(h, "aaa", true));
    json_t *rows = json_object_get(doc, "attempts");
    ck_assert_uint_eq(json_array_size(rows), 2);
    ck_assert_int_eq(int_at(json_array_get(rows, 0), "hints"), 1);
    ck_assert_int_eq(int_at(json_array_get(rows, 1), "hints"), 0);
    json_decref(doc);
    history_close(h);
}
END_TEST

/* The database is a file: what it says is shown escaped, never obeyed. */
START_TEST(values_read_back_are_shown_escaped)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    add(h, "lcs", 1100, VERDICT_WA, 3, "0123456789abcdef0123456789abcdef");
    history_close(h);
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(db_path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db,
                                  "UPDATE attempts SET verdict = char(27) || ']0;AC' || char(7),"
                                  " source_hash = char(27) || '[2J' || char(13) || 'ab',"
                                  " file = char(27) || '[2J' || char(13) || 'ab'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    char *text = printed_attempts(h, "lcs", false);
    ck_assert_msg(!strchr(text, '\x1b') && !strchr(text, '\r') && !strchr(text, '\x07'), "%s",
                  text);
    ck_assert_msg(strstr(text, "\\x1b]0;AC\\x07") && strstr(text, "\\x1b[2J\\r"), "%s", text);
    free(text);
    json_t *doc = parse(printed_attempts(h, "lcs", true));
    ck_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(json_object_get(doc, "attempts"), 0), "verdict")),
                     "\x1b]0;AC\x07");
    json_decref(doc);
    history_close(h);
}
END_TEST

/* The unedited stub and sanitized runs are kept with their file and options, and
 * counted nowhere: not as attempts, not for the first try, not as solved. */
START_TEST(runs_that_are_no_attempt_are_listed_not_counted)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    history_attempt stub = {.slug = "lcs",
                            .time = 1000,
                            .v = VERDICT_WA,
                            .total = 10,
                            .file = "workspace/lcs.c",
                            .uncounted = "the unedited stub"};
    history_attempt san = {.slug = "lcs",
                           .time = 1100,
                           .v = VERDICT_AC,
                           .passed = 10,
                           .total = 10,
                           .file = "workspace/lcs.c",
                           .flags = "--sanitize",
                           .uncounted = "--sanitize"};
    ck_assert_int_eq(history_record_attempt(h, &stub), 0);
    ck_assert_int_eq(history_record_attempt(h, &san), 0);
    ck_assert_int_eq(history_status_of(h, "lcs"), HISTORY_NEW);
    history_attempt first = {.slug = "lcs",
                             .time = 1200,
                             .v = VERDICT_AC,
                             .passed = 10,
                             .total = 10,
                             .file = "workspace/lcs.c"};
    ck_assert_int_eq(history_record_attempt(h, &first), 0);
    history_log l;
    ck_assert_int_eq(history_log_of(h, "lcs", &l), 0);
    ck_assert_int_eq(l.facts.attempts, 1);
    ck_assert(l.facts.solved && l.facts.first_try);
    ck_assert_uint_eq(l.nrows, 3);
    ck_assert_str_eq(l.rows[1].flags, "--sanitize");
    ck_assert_str_eq(l.rows[2].uncounted, "the unedited stub");
    history_log_release(&l);
    char *text = printed_attempts(h, "lcs", false);
    ck_assert_msg(strstr(text, "lcs: solved, 1 attempt (2 more runs not counted)"), "%s", text);
    ck_assert_msg(strstr(text, "  AC*    "), "%s", text);
    ck_assert_msg(strstr(text, "workspace/lcs.c --sanitize\n"), "%s", text);
    ck_assert_msg(strstr(text, "* not an attempt: --sanitize, the unedited stub\n"), "%s", text);
    for (const char *line = text; *line; line = strchr(line, '\n') + 1)
        ck_assert_msg(strcspn(line, "\n") <= 80, "wider than 80 columns: %s", text);
    free(text);
    json_t *doc = parse(printed_attempts(h, "lcs", true));
    json_t *rows = json_object_get(doc, "attempts");
    ck_assert(json_is_true(json_object_get(json_array_get(rows, 0), "counted")));
    ck_assert(json_is_false(json_object_get(json_array_get(rows, 1), "counted")));
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(rows, 2), "uncounted")),
                     "the unedited stub");
    json_decref(doc);
    history_close(h);
}
END_TEST

START_TEST(newer_schema_is_refused_not_touched)
{
    history *h = history_open(db_path);
    ck_assert_ptr_nonnull(h);
    add(h, "lcs", 100, VERDICT_AC, 10, "aa");
    history_close(h);
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(db_path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 7", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    capture_begin();
    h = history_open(db_path);
    char *err = capture_end();
    ck_assert_ptr_null(h);
    ck_assert_msg(strstr(err, "was written by a newer judge (schema 7; this judge knows 3)"), "%s",
                  err);
    free(err);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("history");
    TCase *tc = tcase_create("history");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, attempts_round_trip_newest_first);
    tcase_add_test(tc, runs_that_are_no_attempt_are_listed_not_counted);
    tcase_add_test(tc, status_goes_new_tried_solved);
    tcase_add_test(tc, attempt_is_recorded_with_its_source_hash);
    tcase_add_test(tc, stats_by_difficulty_and_tag);
    tcase_add_test(tc, no_history_is_empty_and_harmless);
    tcase_add_test(tc, default_path_follows_xdg);
    tcase_add_test(tc, damaged_database_warns_once_and_is_left_alone);
    tcase_add_test(tc, damaged_pages_fail_softly_when_read);
    tcase_add_test(tc, locked_database_fails_fast_once);
    tcase_add_test(tc, locked_new_database_fails_open_fast);
    tcase_add_test(tc, directory_under_a_file_warns_and_gives_null);
    tcase_add_test(tc, empty_path_warns_and_gives_null);
    tcase_add_test(tc, hints_are_remembered_and_counted_on_attempts);
    tcase_add_test(tc, version_one_history_is_migrated);
    tcase_add_test(tc, newer_schema_is_refused_not_touched);
    tcase_add_test(tc, values_read_back_are_shown_escaped);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_FORK); /* the one-warning state is per process */
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
