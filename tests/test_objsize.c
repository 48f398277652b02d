/* Check suite of objsize: the writable static data of objects the real compiler
 * writes (every kind of section a source can put data in, and common symbols),
 * and damaged objects refused without reading out of bounds. */
#include "config.h"
#include "err.h"
#include "fsutil.h"
#include "objsize.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[64];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/test-objsize-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void) { fs_remove_tree(dir); }

/* Compiles source with the judge's compiler and measures the object. */
static int measure(const char *source, objsize *out)
{
    char path[128], cmd[512];
    snprintf(path, sizeof path, "%s/t.c", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(source, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "'%s' -std=c11 -O2 -c -o '%s/t.o' '%s'", KIT_CC, dir, path);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/t.o", dir);
    return objsize_read(path, out);
}

static unsigned long long part(const objsize *s, const char *name)
{
    for (size_t i = 0; i < s->nparts; i++)
        if (strcmp(s->part[i].name, name) == 0)
            return s->part[i].bytes;
    return 0;
}

START_TEST(code_and_constants_are_not_static_data)
{
    objsize s;
    ck_assert_int_eq(measure("static const int table[4096] = {1, 2, 3};\n"
                             "int f(int i) { return table[i & 4095]; }\n",
                             &s),
                     0);
    ck_assert_uint_eq(s.total, 0);
    ck_assert_uint_eq(s.nparts, 0);
}
END_TEST

START_TEST(every_writable_section_counts)
{
    objsize s;
    ck_assert_int_eq(measure("static char zeros[4096];\n"
                             "int given[100] = {1};\n"
                             "_Thread_local int per_thread[10];\n"
                             "_Thread_local int per_thread_given[4] = {1};\n"
                             "int shared __attribute__((common));\n"
                             "char mine[300] __attribute__((section(\"mydata\"))) = {1};\n"
                             "int f(int i) { zeros[i] = 1; return zeros[i + 1] + given[i] +\n"
                             "  per_thread[i] + per_thread_given[i] + shared + mine[i]; }\n",
                             &s),
                     0);
    ck_assert_uint_eq(part(&s, ".bss"), 4096);
    ck_assert_uint_eq(part(&s, ".data"), 400);
    ck_assert_uint_eq(part(&s, ".tbss"), 40);
    ck_assert_uint_eq(part(&s, ".tdata"), 16);
    ck_assert_uint_eq(part(&s, "common"), 4);
    ck_assert_uint_eq(part(&s, "mydata"), 300);
    ck_assert_uint_eq(s.total, 4096 + 400 + 40 + 16 + 4 + 300);
    ck_assert_str_eq(s.part[0].name, ".bss"); /* largest first */
    char text[256];
    ck_assert_str_eq(
        objsize_describe(&s, text, sizeof text),
        "4856 bytes (.bss 4096, .data 400, mydata 300, .tbss 40, .tdata 16, common 4)");
}
END_TEST

/* The warm start's condition: no code of the object's may run before its
 * constructors, which an indirect function's resolver or a definition of a C
 * library name would. */
START_TEST(code_that_could_run_before_the_constructors_is_found)
{
    objsize s;
    ck_assert_int_eq(measure("static int calls;\n"
                             "static void early(void) { calls++; }\n"
                             "__attribute__((constructor)) static void c(void) { calls++; }\n"
                             "int solve(int x) { early(); return x + calls; }\n"
                             "int main(void) { return solve(0); }\n",
                             &s),
                     0);
    ck_assert_str_eq(s.early, "");
    ck_assert_int_eq(
        measure("#include <stddef.h>\n"
                "void *memcpy(void *d, const void *s, size_t n) {\n"
                "  char *o = d; const char *i = s; while (n--) *o++ = *i++; return d; }\n",
                &s),
        0);
    ck_assert_str_eq(s.early, "memcpy");
    ck_assert_int_eq(measure("static int impl(void) { return 1; }\n"
                             "static int (*resolve(void))(void) { return impl; }\n"
                             "int pick(void) __attribute__((ifunc(\"resolve\")));\n",
                             &s),
                     0);
    ck_assert_str_eq(s.early, "pick");
    /* a weak definition overrides the library's just as well */
    ck_assert_int_eq(
        measure("__attribute__((weak)) int __libc_start_main(void) { return 0; }\n", &s), 0);
    ck_assert_str_eq(s.early, "__libc_start_main");
}
END_TEST

START_TEST(damaged_objects_are_refused)
{
    objsize s;
    ck_assert_int_eq(measure("char big[64];\nint f(int i) { return big[i]++; }\n", &s), 0);
    char path[128];
    snprintf(path, sizeof path, "%s/t.o", dir);
    buf obj = BUF_INIT;
    ck_assert_int_eq(fs_read_file(path, 1 << 20, ERR_INTERNAL, &obj), 0);
    unsigned char *data = (unsigned char *)obj.data;
    ck_assert_int_eq(objsize_parse(data, obj.len, &s), 0);
    ck_assert_uint_eq(s.total, 64);
    /* every truncation: headers past the end must be noticed, not read */
    for (size_t len = 0; len < obj.len; len += len < 128 ? 1 : 61)
        objsize_parse(data, len, &s);
    ck_assert_int_eq(objsize_parse(data, 10, &s), ERR_INTERNAL);
    data[0] = 'X';
    ck_assert_int_eq(objsize_parse(data, obj.len, &s), ERR_INTERNAL);
    buf_release(&obj);
    ck_assert_int_eq(objsize_read("/nonexistent/t.o", &s), ERR_INTERNAL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("objsize");
    TCase *tc = tcase_create("objects");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, code_and_constants_are_not_static_data);
    tcase_add_test(tc, every_writable_section_counts);
    tcase_add_test(tc, code_that_could_run_before_the_constructors_is_found);
    tcase_add_test(tc, damaged_objects_are_refused);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
