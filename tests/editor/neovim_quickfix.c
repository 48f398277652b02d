/* `judge test --format=gcc` in a real editor: Debian's neovim, headless, runs
 * `:make` with the judge as 'makeprg' and its default 'errorformat', and writes
 * the quickfix list as JSON; each failure must be an entry on its file and line:
 * a wrong answer on line 1, a sanitizer's out-of-bounds index on its line, the
 * compiler's error on its line and column. No skip: a machine without nvim
 * fails, saying that `./kit check` installs it. */
#include <check.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[64];

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Runs a shell command made as printf makes it; it must succeed. */
static void sh(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    ck_assert_msg(system(cmd) == 0, "failed: %s", cmd);
}

/* The valid entry on file (bufname) whose text holds words, else NULL. */
static json_t *entry(json_t *list, const char *file, const char *words)
{
    size_t i;
    json_t *e;
    json_array_foreach(list, i, e)
    {
        const char *f = json_string_value(json_object_get(e, "file"));
        const char *t = json_string_value(json_object_get(e, "text"));
        if (json_integer_value(json_object_get(e, "valid")) == 1 && f && t &&
            strcmp(f, file) == 0 && strstr(t, words))
            return e;
    }
    return NULL;
}

static long field(json_t *e, const char *name)
{
    return (long)json_integer_value(json_object_get(e, name));
}

START_TEST(make_fills_the_quickfix_list_with_each_failure)
{
    ck_assert_msg(system("command -v nvim > /dev/null") == 0,
                  "nvim is not installed: `./kit check` installs Debian's neovim (the kit "
                  "script's test_packages)");
    snprintf(dir, sizeof dir, "/tmp/test-neovim-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    sh("cp '%s/solutions/lcs/wrong_answer/index-off-by-one.c' '%s/wa.c'", KIT_SOURCE_DIR, dir);
    sh("cp '%s/tests/editor/lcs_out_of_bounds.c' '%s/oob.c'", KIT_SOURCE_DIR, dir);
    write_file("ce.c", "#include \"lcs.h\"\n\nsize_t lcs(const char *a, const char *b, char *out)\n"
                       "{\n    return undeclared;\n}\n");
    char script[1024];
    snprintf(script, sizeof script,
             "let &makeprg = '%s test lcs wa.c oob.c ce.c --format=gcc --sanitize'\n"
             "silent make!\n"
             "let g:qf = map(getqflist(), {_, e -> {'file': bufname(e.bufnr), 'lnum': e.lnum, "
             "'col': e.col, 'text': e.text, 'valid': e.valid}})\n"
             "call writefile([json_encode(g:qf)], 'qf.json')\n"
             "qa!\n",
             KIT_JUDGE);
    write_file("qf.vim", script);
    /* the judge's own cache and no history: nothing of the user's is touched */
    sh("cd '%s' && KIT_HISTORY=off KIT_CACHE=cache timeout 300 nvim --headless --clean -S qf.vim "
       "> nvim.out 2>&1 || { cat nvim.out; exit 1; }",
       dir);
    char path[256];
    snprintf(path, sizeof path, "%s/qf.json", dir);
    json_error_t e;
    json_t *list = json_load_file(path, 0, &e);
    ck_assert_msg(json_is_array(list), "qf.json: %s", e.text);

    json_t *wa = entry(list, "wa.c", "error: sample/01-example: WA wrong answer");
    ck_assert_msg(wa, "no entry for wa.c's wrong answer");
    ck_assert_int_eq(field(wa, "lnum"), 1);
    json_t *oob = entry(list, "oob.c", "error: sample/01-example: RE run-time error");
    ck_assert_msg(oob, "no entry for oob.c's run-time error");
    ck_assert_int_eq(field(oob, "lnum"), 12); /* the sanitizer's line */
    ck_assert_ptr_nonnull(strstr(json_string_value(json_object_get(oob, "text")),
                                 "index 5 out of bounds for type 'int [4]'"));
    json_t *ce = entry(list, "ce.c", "error: 'undeclared' undeclared");
    ck_assert_msg(ce, "no entry for ce.c's compile error");
    ck_assert_int_eq(field(ce, "lnum"), 5);
    ck_assert_int_eq(field(ce, "col"), 12);
    /* the judge's own lines (begin, summary) are no places to jump to */
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x)
    {
        const char *t = json_string_value(json_object_get(x, "text"));
        if (t && strncmp(t, "judge: ", 7) == 0)
            ck_assert_int_eq(field(x, "valid"), 0);
    }
    json_decref(list);
    sh("rm -rf '%s'", dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("editor");
    TCase *tc = tcase_create("neovim");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, make_fills_the_quickfix_list_with_each_failure);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
