/* Check suite of the compile cache, driving the real judge binary: an entry is
 * used only while every file the compiler read is unchanged (the learner's own
 * headers beside the source, nested ones too), and the cache stays within its
 * budget, least recently used entries going first. */
#include "fsutil.h"

#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char root[64], cache_bin[160];

static void write_file(const char *rel, const char *content)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

typedef struct {
    char verdict[8];
    bool cached;
    char log[1024]; /* the compiler's diagnostics, as shown */
} judged;

/* `judge test hello FILE --json --no-compare` in the root. */
static judged judge(const char *file)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' test hello '%s' --json --no-compare 2>/dev/null",
             root, KIT_JUDGE, file);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    json_error_t e;
    json_t *doc = json_loadf(p, 0, &e);
    pclose(p);
    ck_assert_msg(doc != NULL, "no JSON from the judge for %s", file);
    judged out = {.cached =
                      json_is_true(json_object_get(json_object_get(doc, "compile"), "cached"))};
    snprintf(out.verdict, sizeof out.verdict, "%s",
             json_string_value(json_object_get(doc, "verdict")));
    const char *log = json_string_value(json_object_get(json_object_get(doc, "compile"), "log"));
    snprintf(out.log, sizeof out.log, "%s", log ? log : "");
    json_decref(doc);
    return out;
}

#define ASSERT_JUDGED(file, want, want_cached)                                                     \
    do {                                                                                           \
        judged got_ = judge(file);                                                                 \
        ck_assert_str_eq(got_.verdict, want);                                                      \
        ck_assert_msg(got_.cached == (want_cached), "%s: cached is %d", file, got_.cached);        \
    } while (0)

/* Bytes and binaries in the cache's bin directory. */
static long long cache_bytes(int *binaries)
{
    DIR *d = opendir(cache_bin);
    ck_assert_ptr_nonnull(d);
    long long total = 0;
    *binaries = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        struct stat st;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", cache_bin, e->d_name);
        if (e->d_name[0] == '.' || stat(path, &st) < 0)
            continue;
        total += st.st_size;
        *binaries += strchr(e->d_name, '.') == NULL;
    }
    closedir(d);
    return total;
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-compile-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "ln -s '%s/problems' '%s/solutions' '%s/'", KIT_SOURCE_DIR,
             KIT_SOURCE_DIR, root);
    ck_assert_int_eq(system(cmd), 0);
    setenv("KIT_ROOT", root, 1);
    char cache[128];
    snprintf(cache, sizeof cache, "%s/cache", root);
    setenv("KIT_CACHE", cache, 1);
    snprintf(cache_bin, sizeof cache_bin, "%s/bin", cache);
    setenv("KIT_HISTORY", "off", 1);
    unsetenv("KIT_CACHE_MB");
}

static void teardown(void) { fs_remove_tree(root); }

static const char *const uses_helper = "#include <stdio.h>\n#include \"helper.h\"\n"
                                       "int main(void) { puts(GREETING); return 0; }\n";

START_TEST(editing_a_helper_header_changes_the_verdict)
{
    write_file("sol.c", uses_helper);
    write_file("helper.h", "#define GREETING \"Hello World!\"\n");
    ASSERT_JUDGED("sol.c", "AC", false);
    ASSERT_JUDGED("sol.c", "AC", true); /* nothing changed: the binary is reused */
    write_file("helper.h", "#define GREETING \"Hello\"\n");
    ASSERT_JUDGED("sol.c", "WA", false);
    ASSERT_JUDGED("sol.c", "WA", true);
    char path[512];
    snprintf(path, sizeof path, "%s/helper.h", root);
    ck_assert_int_eq(unlink(path), 0);
    ASSERT_JUDGED("sol.c", "CE", false); /* a header that vanished is not cached away */
}
END_TEST

START_TEST(a_header_included_by_a_header_counts_too)
{
    write_file("sol.c", uses_helper);
    write_file("helper.h", "#include \"inner.h\"\n#define GREETING WORDS\n");
    write_file("inner.h", "#define WORDS \"Hello World!\"\n");
    ASSERT_JUDGED("sol.c", "AC", false);
    write_file("inner.h", "#define WORDS \"Hello, World!\"\n");
    ASSERT_JUDGED("sol.c", "WA", false);
    write_file("inner.h", "#define WORDS \"Hello World!\"\n");
    ASSERT_JUDGED("sol.c", "AC", false);
}
END_TEST

/* The same text in another directory reads that directory's helper.h. */
START_TEST(the_same_source_elsewhere_is_its_own_entry)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "mkdir '%s/other'", root);
    ck_assert_int_eq(system(cmd), 0);
    write_file("sol.c", uses_helper);
    write_file("helper.h", "#define GREETING \"Hello World!\"\n");
    write_file("other/sol.c", uses_helper);
    write_file("other/helper.h", "#define GREETING \"Goodbye\"\n");
    ASSERT_JUDGED("sol.c", "AC", false);
    ASSERT_JUDGED("other/sol.c", "WA", false);
    ASSERT_JUDGED("sol.c", "AC", true);
}
END_TEST

/* Writes sN.c, a hello solution of its own (a static binary of about 0.75 MB). */
/* A warning is shown on every judgement of the file, not only on the compile
 * that produced it, and names the file as the learner typed it this time. */
START_TEST(warnings_come_back_on_a_cached_compile)
{
    static const char *const warns = "#include <stdio.h>\n"
                                     "int main(void) { int unused; puts(\"Hello World!\"); }\n";
    char cmd[256];
    snprintf(cmd, sizeof cmd, "mkdir '%s/sub'", root);
    ck_assert_int_eq(system(cmd), 0);
    write_file("sub/w.c", warns);
    judged first = judge("sub/w.c");
    ck_assert(!first.cached);
    ck_assert_msg(strstr(first.log, "sub/w.c:2:22: warning: unused variable 'unused'"), "%s",
                  first.log);
    judged again = judge("./sub/w.c");
    ck_assert(again.cached);
    ck_assert_msg(strstr(again.log, "./sub/w.c:2:22: warning: unused variable 'unused'"), "%s",
                  again.log);
    ck_assert_ptr_null(strstr(again.log, "\x01"));
    /* a clean build keeps no warnings: the hit shows none */
    write_file("sub/w.c", "#include <stdio.h>\nint main(void) { puts(\"Hello World!\"); }\n");
    ck_assert_str_eq(judge("sub/w.c").log, "");
    judged clean = judge("sub/w.c");
    ck_assert(clean.cached);
    ck_assert_str_eq(clean.log, "");
}
END_TEST

static const char *solution(int n)
{
    static char name[32];
    char text[256];
    snprintf(name, sizeof name, "s%d.c", n);
    snprintf(text, sizeof text,
             "#include <stdio.h>\nint main(void) { puts(\"Hello World!\"); return %d * 0; }\n", n);
    write_file(name, text);
    return name;
}

/* Sets a budget of room entries of the size of those already in the cache (the
 * reference's and one solution's), with half an entry to spare; returns it. */
static long long budget_of(double room)
{
    int binaries;
    long long bytes = cache_bytes(&binaries);
    ck_assert_int_eq(binaries, 2);
    double mb = (room + 0.5) * (double)bytes / 2 / (1 << 20);
    char text[32];
    snprintf(text, sizeof text, "%.6f", mb);
    setenv("KIT_CACHE_MB", text, 1);
    return (long long)(mb * (1 << 20));
}

static void assert_within(long long budget, int most)
{
    int binaries;
    long long bytes = cache_bytes(&binaries);
    ck_assert_msg(bytes <= budget, "%lld bytes in the cache, over %lld", bytes, budget);
    ck_assert_int_le(binaries, most);
}

/* Room for three entries: the reference's (judged each time) and two more. */
START_TEST(the_cache_stays_within_its_budget)
{
    ASSERT_JUDGED(solution(0), "AC", false);
    long long budget = budget_of(3);
    for (int i = 1; i < 6; i++) {
        ASSERT_JUDGED(solution(i), "AC", false);
        assert_within(budget, 3);
    }
    ASSERT_JUDGED("s5.c", "AC", true); /* the newest stay */
    ASSERT_JUDGED("s4.c", "AC", true);
    ASSERT_JUDGED("s3.c", "AC", false);
}
END_TEST

START_TEST(least_recently_used_entries_go_first)
{
    ASSERT_JUDGED(solution(0), "AC", false);
    long long budget = budget_of(3);
    ASSERT_JUDGED(solution(1), "AC", false);
    ASSERT_JUDGED("s0.c", "AC", true); /* used again: s1 is now the least recent */
    ASSERT_JUDGED(solution(2), "AC", false);
    assert_within(budget, 3);
    ASSERT_JUDGED("s0.c", "AC", true);
    ASSERT_JUDGED("s1.c", "AC", false);
}
END_TEST

/* Entries count too, not only bytes: a cache of a thousand small entries is full
 * whatever their size, and the least recently used go first. */
START_TEST(the_cache_keeps_at_most_a_thousand_entries)
{
    ASSERT_JUDGED(solution(0), "AC", false); /* makes bin/ and the reference's entry */
    struct timespec old[2] = {{.tv_sec = 1000000}, {.tv_sec = 1000000}};
    for (int i = 0; i < 1005; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%032x", cache_bin, 0x1000 + i);
        FILE *f = fopen(path, "w");
        ck_assert_ptr_nonnull(f);
        fclose(f);
        old[0].tv_sec = old[1].tv_sec = 1000000 + i; /* the first made is the least recent */
        ck_assert_int_eq(utimensat(AT_FDCWD, path, old, 0), 0);
    }
    ASSERT_JUDGED(solution(1), "AC", false); /* a new entry: over the cap, so evict */
    int binaries;
    cache_bytes(&binaries);
    ck_assert_int_le(binaries, 1000);
    char path[512];
    snprintf(path, sizeof path, "%s/%032x", cache_bin, 0x1000); /* the oldest: gone */
    ck_assert_int_ne(access(path, F_OK), 0);
    snprintf(path, sizeof path, "%s/%032x", cache_bin, 0x1000 + 1004); /* the newest: kept */
    ck_assert_int_eq(access(path, F_OK), 0);
    ASSERT_JUDGED("s1.c", "AC", true); /* the entry just made stays */
    ASSERT_JUDGED("s0.c", "AC", true); /* and so does one used since the old ones */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("compile");
    TCase *tc = tcase_create("cache");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, editing_a_helper_header_changes_the_verdict);
    tcase_add_test(tc, a_header_included_by_a_header_counts_too);
    tcase_add_test(tc, the_same_source_elsewhere_is_its_own_entry);
    tcase_add_test(tc, warnings_come_back_on_a_cached_compile);
    tcase_add_test(tc, the_cache_stays_within_its_budget);
    tcase_add_test(tc, least_recently_used_entries_go_first);
    tcase_add_test(tc, the_cache_keeps_at_most_a_thousand_entries);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
