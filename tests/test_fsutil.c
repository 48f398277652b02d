/* Check suite of the small foundation modules: fsutil (capped reads, listings,
 * mkdir -p, scratch directories), buf (growth, formatting) and hash (distinct inputs, stable
 * digests). */
#include "buf.h"
#include "err.h"
#include "fsutil.h"
#include "hash.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

static char dir[64];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-fsutil-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void) { fs_remove_tree(dir); }

static void touch(const char *name, const char *content)
{
    char *path = fs_join(dir, name);
    FILE *f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    free(path);
}

START_TEST(read_file_caps_and_refuses_directories)
{
    touch("a.txt", "hello");
    char *path = fs_join(dir, "a.txt");
    buf b = BUF_INIT;
    ck_assert_int_eq(fs_read_file(path, 100, ERR_INPUT, &b), 0);
    ck_assert_str_eq(b.data, "hello");
    buf_release(&b);
    ck_assert_int_eq(fs_read_file(path, 4, ERR_INPUT, &b), ERR_INPUT);
    buf_release(&b);
    ck_assert_int_eq(fs_read_file(dir, 100, ERR_PACKAGE, &b), ERR_PACKAGE);
    ck_assert_int_eq(fs_read_file("/nonexistent/x", 100, ERR_INPUT, &b), ERR_INPUT);
    touch("empty", "");
    free(path);
    path = fs_join(dir, "empty");
    ck_assert_int_eq(fs_read_file(path, 100, ERR_INPUT, &b), 0);
    ck_assert_ptr_nonnull(b.data);
    ck_assert_uint_eq(b.len, 0);
    buf_release(&b);
    free(path);
}
END_TEST

START_TEST(list_is_sorted_and_filtered)
{
    touch("b.in", "");
    touch("a.in", "");
    touch("a.ans", "");
    touch(".hidden.in", "");
    char **names;
    size_t n;
    ck_assert_int_eq(fs_list(dir, ".in", &names, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(names[0], "a.in");
    ck_assert_str_eq(names[1], "b.in");
    fs_names_free(names, n);
    ck_assert_int_eq(fs_list("/nonexistent-dir", ".in", &names, &n), 0);
    ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(mkdir_p_makes_parents_and_remove_tree_cleans)
{
    char *deep = fs_join(dir, "x/y/z");
    ck_assert_int_eq(fs_mkdir_p(deep), 0);
    ck_assert(fs_is_dir(deep));
    ck_assert_int_eq(fs_mkdir_p(deep), 0); /* again: fine */
    char *x = fs_join(dir, "x");
    ck_assert_int_eq(fs_remove_tree(x), 0);
    ck_assert(!fs_exists(x));
    touch("file", "");
    char *file = fs_join(dir, "file/sub");
    ck_assert_int_ne(fs_mkdir_p(file), 0);
    free(deep);
    free(x);
    free(file);
}
END_TEST

/* A new file only where none is (the learner's files stay), or a replacement */
START_TEST(write_file_is_whole_and_never_clobbers_when_asked)
{
    char *path = fs_join(dir, "out.txt");
    buf got = BUF_INIT;
    ck_assert_int_eq(fs_write_file(path, "first\n", 6, O_EXCL, 0644), 0);
    ck_assert_int_eq(fs_write_file(path, "second\n", 7, O_EXCL, 0644), -EEXIST);
    ck_assert_int_eq(fs_read_file(path, 100, ERR_INPUT, &got), 0);
    ck_assert_uint_eq(got.len, 6);
    ck_assert_int_eq(memcmp(got.data, "first\n", 6), 0);
    buf_release(&got);
    ck_assert_int_eq(fs_write_file(path, "second\n", 7, O_TRUNC, 0644), 0);
    ck_assert_int_eq(fs_read_file(path, 100, ERR_INPUT, &got), 0);
    ck_assert_uint_eq(got.len, 7);
    buf_release(&got);
    ck_assert_int_eq(fs_write_file(path, NULL, 0, O_TRUNC, 0644), 0);
    ck_assert_int_eq(fs_read_file(path, 100, ERR_INPUT, &got), 0);
    ck_assert_uint_eq(got.len, 0);
    buf_release(&got);
    char *missing = fs_join(dir, "no/such/dir/f");
    ck_assert_int_eq(fs_write_file(missing, "x", 1, O_TRUNC, 0644), -ENOENT);
    free(missing);
    free(path);
}
END_TEST

/* Scratch goes to $TMPDIR when it is a directory, else to /tmp, as tmpfile()'s */
START_TEST(scratch_honours_tmpdir)
{
    char *scratch = NULL, prefix[128];
    setenv("TMPDIR", dir, 1);
    ck_assert_int_eq(fs_make_scratch("judge-x", &scratch), 0);
    snprintf(prefix, sizeof prefix, "%s/judge-x-", dir);
    ck_assert_int_eq(strncmp(scratch, prefix, strlen(prefix)), 0);
    ck_assert(fs_is_dir(scratch));
    free(scratch);
    const char *unusable[] = {"/nonexistent-tmpdir", "relative/dir", ""};
    for (size_t i = 0; i < sizeof unusable / sizeof *unusable; i++) {
        setenv("TMPDIR", unusable[i], 1);
        ck_assert_int_eq(fs_make_scratch("judge-x", &scratch), 0);
        ck_assert_int_eq(strncmp(scratch, "/tmp/judge-x-", 13), 0);
        ck_assert(fs_is_dir(scratch));
        ck_assert_int_eq(fs_remove_tree(scratch), 0);
        free(scratch);
    }
    unsetenv("TMPDIR");
}
END_TEST

/* Memory scratch: $TMPDIR still wins; without it, /dev/shm when it is a tmpfs
 * with room, else /tmp as any scratch. */
START_TEST(memory_scratch_is_in_dev_shm_unless_tmpdir_says)
{
    char *scratch = NULL, prefix[128];
    setenv("TMPDIR", dir, 1);
    ck_assert_int_eq(fs_make_memory_scratch("judge-m", &scratch), 0);
    snprintf(prefix, sizeof prefix, "%s/judge-m-", dir);
    ck_assert_int_eq(strncmp(scratch, prefix, strlen(prefix)), 0);
    free(scratch);
    unsetenv("TMPDIR");
    ck_assert_int_eq(fs_make_memory_scratch("judge-m", &scratch), 0);
    struct statfs sf;
    bool shm = statfs("/dev/shm", &sf) == 0 && sf.f_type == TMPFS_MAGIC &&
               (unsigned long long)sf.f_bavail * sf.f_bsize >= 256ULL << 20 &&
               access("/dev/shm", W_OK) == 0;
    const char *want = shm ? "/dev/shm/judge-m-" : "/tmp/judge-m-";
    ck_assert_int_eq(strncmp(scratch, want, strlen(want)), 0);
    ck_assert(fs_is_dir(scratch));
    ck_assert_int_eq(fs_remove_tree(scratch), 0);
    free(scratch);
}
END_TEST

START_TEST(buf_grows_and_formats)
{
    buf b = BUF_INIT;
    for (int i = 0; i < 10000; i++)
        ck_assert_int_eq(buf_appendf(&b, "%d,", i), 0);
    ck_assert_uint_eq(b.len, strlen(b.data));
    ck_assert(strncmp(b.data, "0,1,2,", 6) == 0);
    ck_assert_int_eq(buf_append(&b, "\0x", 2), 0);
    char *owned = buf_detach(&b);
    ck_assert_ptr_null(b.data);
    free(owned);
}
END_TEST

static void digest(const char *a, const char *b, char out[33])
{
    hash_state h;
    hash_init(&h);
    hash_string(&h, a);
    hash_string(&h, b);
    hash_hex(&h, out);
}

START_TEST(hash_tells_inputs_apart_and_is_stable)
{
    char x[33], y[33], z[33];
    digest("ab", "c", x);
    digest("a", "bc", y);
    digest("ab", "c", z);
    ck_assert_str_ne(x, y);
    ck_assert_str_eq(x, z);
    ck_assert_uint_eq(strlen(x), 32);
    digest("int main(){}", "", x);
    digest("int main(){ }", "", y);
    ck_assert_str_ne(x, y);
    /* the digest of bytes, whatever the chunks they came in */
    const char text[] = "a longer text, hashed whole and then in pieces of every size";
    size_t len = sizeof text - 1;
    hash_state whole;
    hash_init(&whole);
    hash_update(&whole, text, len);
    hash_hex(&whole, x);
    for (size_t piece = 1; piece <= len; piece++) {
        hash_state parts;
        hash_init(&parts);
        for (size_t at = 0; at < len; at += piece)
            hash_update(&parts, text + at, at + piece <= len ? piece : len - at);
        hash_hex(&parts, y);
        ck_assert_msg(strcmp(x, y) == 0, "pieces of %zu", piece);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fsutil");
    TCase *tc = tcase_create("foundation");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, read_file_caps_and_refuses_directories);
    tcase_add_test(tc, list_is_sorted_and_filtered);
    tcase_add_test(tc, mkdir_p_makes_parents_and_remove_tree_cleans);
    tcase_add_test(tc, scratch_honours_tmpdir);
    tcase_add_test(tc, memory_scratch_is_in_dev_shm_unless_tmpdir_says);
    tcase_add_test(tc, write_file_is_whole_and_never_clobbers_when_asked);
    tcase_add_test(tc, buf_grows_and_formats);
    tcase_add_test(tc, hash_tells_inputs_apart_and_is_stable);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
