/* Loading a problem package: problem.json is parsed with jansson and every field
 * checked for type and range, so a broken package is one clear line, never a crash
 * later in the run. */
#include "problem.h"

#include "err.h"
#include "fsutil.h"
#include "show.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

enum { PROBLEM_JSON_MAX = 1 << 20 };

static const char *const kind_names[] = {
#define X(id, name) name,
    PROBLEM_KINDS(X)
#undef X
};

static const char *const group_names[] = {
#define X(id, name) name,
    TEST_GROUPS(X)
#undef X
};

const char *problem_kind_name(problem_kind kind) { return kind_names[kind]; }

const char *test_group_name(test_group group) { return group_names[group]; }

bool problem_slug_ok(const char *slug)
{
    size_t n = strlen(slug);
    if (n == 0 || n > 64 || slug[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = slug[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

/* Package text is printed as it is by list, show and every report, so text that
 * showing would change (a control character, raw or from a JSON escape such as
 * "\u001b"; a C1 control or a bidirectional override in UTF-8; a file name that
 * is not UTF-8) is refused at load time, once for every place. */
static int check_text(const char *text, const char *field, const char *where)
{
    char shown[160];
    if (show_is_plain(text, strlen(text)))
        return 0;
    return err_report(ERR_PACKAGE, "'%s': %s holds a control character: '%s'", where, field,
                      show_str(shown, sizeof shown, text));
}

/* Reads an optional string field; a present field of another type is an error. */
static int get_string(json_t *obj, const char *key, bool required, const char *where, char **out)
{
    json_t *v = json_object_get(obj, key);
    if (!v) {
        if (required)
            return err_report(ERR_PACKAGE, "'%s' has no \"%s\"", where, key);
        return 0;
    }
    if (!json_is_string(v) || json_string_length(v) == 0)
        return err_report(ERR_PACKAGE, "'%s': \"%s\" must be a non-empty string", where, key);
    *out = strdup(json_string_value(v));
    return *out ? 0 : ERR_NOMEM;
}

static int get_limit(json_t *limits, const char *key, long max, const char *where, long *out)
{
    json_t *v = json_object_get(limits, key);
    if (!v)
        return err_report(ERR_PACKAGE, "'%s': limits has no \"%s\"", where, key);
    if (!json_is_integer(v) || json_integer_value(v) <= 0 || json_integer_value(v) > max)
        return err_report(ERR_PACKAGE, "'%s': limits.%s must be an integer in 1..%ld", where, key,
                          max);
    *out = (long)json_integer_value(v);
    return 0;
}

static int load_tags(json_t *root, const char *where, problem *p)
{
    json_t *tags = json_object_get(root, "tags");
    if (!tags)
        return 0;
    if (!json_is_array(tags))
        return err_report(ERR_PACKAGE, "'%s': \"tags\" must be an array of strings", where);
    p->tags = calloc(json_array_size(tags) + 1, sizeof *p->tags);
    if (!p->tags)
        return ERR_NOMEM;
    size_t i;
    json_t *t;
    json_array_foreach(tags, i, t)
    {
        if (!json_is_string(t))
            return err_report(ERR_PACKAGE, "'%s': \"tags\" must be an array of strings", where);
        int rc = check_text(json_string_value(t), "a tag", where);
        if (rc < 0)
            return rc;
        if (!(p->tags[p->ntags++] = strdup(json_string_value(t))))
            return ERR_NOMEM;
    }
    return 0;
}

static int load_kind(json_t *root, const char *where, problem *p)
{
    char *kind = NULL;
    int rc = get_string(root, "kind", true, where, &kind);
    if (rc < 0)
        return rc;
    if (strcmp(kind, "function") == 0)
        p->kind = PROBLEM_FUNCTION;
    else if (strcmp(kind, "program") == 0)
        p->kind = PROBLEM_PROGRAM;
    else {
        char shown[128];
        rc = err_report(ERR_PACKAGE, "'%s': \"kind\" must be \"function\" or \"program\", not '%s'",
                        where, show_str(shown, sizeof shown, kind));
    }
    free(kind);
    return rc;
}

static int load_checker(json_t *root, const char *where, problem *p)
{
    char *name = NULL;
    int rc = get_string(root, "checker", false, where, &name);
    check_kind kind = CHECK_TOKENS;
    char shown[128];
    if (rc == 0 && name && check_kind_parse(name, &kind) < 0)
        rc = err_report(ERR_PACKAGE, "'%s': unknown checker '%s' (exact, tokens, float, custom)",
                        where, show_str(shown, sizeof shown, name));
    free(name);
    if (rc < 0)
        return rc;
    p->checker = check_spec_default(kind);
    json_t *abs_tol = json_object_get(root, "float_abs");
    json_t *rel_tol = json_object_get(root, "float_rel");
    if ((abs_tol && !json_is_number(abs_tol)) || (rel_tol && !json_is_number(rel_tol)))
        return err_report(ERR_PACKAGE, "'%s': float_abs and float_rel must be numbers", where);
    if (abs_tol)
        p->checker.abs_tol = json_number_value(abs_tol);
    if (rel_tol)
        p->checker.rel_tol = json_number_value(rel_tol);
    /* the comparison's two switches (checker.h), for tokens and float */
    json_t *flags[] = {json_object_get(root, "case_sensitive"),
                       json_object_get(root, "space_sensitive")};
    bool *into[] = {&p->checker.case_sensitive, &p->checker.space_sensitive};
    for (size_t i = 0; i < 2; i++) {
        if (!flags[i])
            continue;
        if (!json_is_boolean(flags[i]) || (kind != CHECK_TOKENS && kind != CHECK_FLOAT))
            return err_report(ERR_PACKAGE,
                              "'%s': case_sensitive and space_sensitive must be true or false, "
                              "with the tokens or float checker",
                              where);
        *into[i] = json_is_true(flags[i]);
    }
    if (kind != CHECK_CUSTOM)
        return 0;
    p->checker_path = fs_join(p->build_dir, "checker");
    return p->checker_path ? 0 : ERR_NOMEM;
}

/* The build outputs judging needs: checked by problem_load() only, so that what
 * only shows a package (list, show, stats) works before they are built. */
static int check_built(const problem *p)
{
    if (p->checker_path && !fs_exists(p->checker_path))
        return err_report(ERR_PACKAGE, "'%s' is missing: build the kit (./kit) first",
                          p->checker_path);
    return 0;
}

/* "static_bytes": optional; a problem whose code must keep its state elsewhere (an
 * allocator inside its block) caps the learner's static data. */
static int load_static_cap(json_t *root, const char *where, problem *p)
{
    json_t *v = json_object_get(root, "static_bytes");
    if (!v)
        return 0;
    if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > (1 << 30))
        return err_report(ERR_PACKAGE, "'%s': \"static_bytes\" must be an integer in 1..%d", where,
                          1 << 30);
    p->static_bytes = (long)json_integer_value(v);
    return 0;
}

bool problem_word_ok(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n == 0 || n > max)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-' ||
              s[i] == '_'))
            return false;
    return true;
}

static int load_scaling_sizes(json_t *sizes, const char *where, problem_scaling *sc)
{
    size_t n = json_is_array(sizes) ? json_array_size(sizes) : 0;
    if (n < 2 || n > PROBLEM_MAX_RUNGS)
        return err_report(ERR_PACKAGE, "'%s': \"scaling\": a ladder needs 2 to %d sizes, not %zu",
                          where, PROBLEM_MAX_RUNGS, n);
    if (!(sc->sizes = malloc(n * sizeof *sc->sizes)))
        return ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(sizes, i);
        long size = json_is_integer(v) && json_integer_value(v) <= 1000000000
                        ? (long)json_integer_value(v)
                        : -1;
        if (size < 1 || (i > 0 && size <= sc->sizes[i - 1]))
            return err_report(ERR_PACKAGE,
                              "'%s': \"scaling\": sizes must be positive and ascending integers "
                              "(at most 10^9), not entry %zu",
                              where, i + 1);
        sc->sizes[i] = size;
    }
    sc->nsizes = n;
    return 0;
}

/* "scaling": optional, {"sizes": [...], "mode": M, "variable": V, "naive": FILE}. */
static int load_scaling(json_t *root, const char *where, problem_scaling *sc)
{
    json_t *v = json_object_get(root, "scaling");
    if (!v)
        return 0;
    if (!json_is_object(v))
        return err_report(ERR_PACKAGE, "'%s': \"scaling\" must be an object", where);
    json_t *sizes = json_object_get(v, "sizes");
    int rc;
    if ((sizes && (rc = load_scaling_sizes(sizes, where, sc)) < 0) ||
        (rc = get_string(v, "mode", false, where, &sc->mode)) < 0 ||
        (rc = get_string(v, "variable", false, where, &sc->variable)) < 0 ||
        (rc = get_string(v, "naive", false, where, &sc->naive)) < 0)
        return rc;
    if (sc->mode && !problem_word_ok(sc->mode, 32))
        return err_report(ERR_PACKAGE, "'%s': \"scaling\".mode must be a word of [a-z0-9-_]",
                          where);
    if (sc->variable && !problem_word_ok(sc->variable, 16))
        return err_report(ERR_PACKAGE, "'%s': \"scaling\".variable must be a short word", where);
    /* a path under solutions/<slug>/: relative, never climbing out */
    if (sc->naive && (sc->naive[0] == '/' || strstr(sc->naive, "..") ||
                      (rc = check_text(sc->naive, "\"scaling\".naive", where)) < 0))
        return rc < 0
                   ? rc
                   : err_report(ERR_PACKAGE,
                                "'%s': \"scaling\".naive must name a file under solutions/", where);
    return 0;
}

static int load_metadata(json_t *root, const char *where, problem *p)
{
    int rc;
    if (!json_is_object(root))
        return err_report(ERR_PACKAGE, "'%s' must hold a JSON object", where);
    if ((rc = get_string(root, "title", true, where, &p->title)) < 0 ||
        (rc = get_string(root, "difficulty", true, where, &p->difficulty)) < 0 ||
        (rc = get_string(root, "complexity", false, where, &p->complexity)) < 0 ||
        (rc = get_string(root, "stub", false, where, &p->stub)) < 0 ||
        (rc = load_tags(root, where, p)) < 0 || (rc = load_kind(root, where, p)) < 0)
        return rc;
    if (p->kind == PROBLEM_FUNCTION &&
        (rc = get_string(root, "header", true, where, &p->header)) < 0)
        return rc;
    if ((rc = check_text(p->title, "\"title\"", where)) < 0 ||
        (p->complexity && (rc = check_text(p->complexity, "\"complexity\"", where)) < 0) ||
        (p->stub && (rc = check_text(p->stub, "\"stub\"", where)) < 0) ||
        (p->header && (rc = check_text(p->header, "\"header\"", where)) < 0))
        return rc;
    if (strcmp(p->difficulty, "easy") && strcmp(p->difficulty, "medium") &&
        strcmp(p->difficulty, "hard"))
        return err_report(ERR_PACKAGE, "'%s': \"difficulty\" must be easy, medium or hard", where);
    json_t *limits = json_object_get(root, "limits");
    if (!json_is_object(limits))
        return err_report(ERR_PACKAGE, "'%s' has no \"limits\" object", where);
    if ((rc = get_limit(limits, "time_ms", 60000, where, &p->time_ms)) < 0 ||
        (rc = get_limit(limits, "memory_mb", 4096, where, &p->memory_mb)) < 0 ||
        (rc = get_limit(limits, "output_kb", 1 << 20, where, &p->output_kb)) < 0)
        return rc;
    if ((rc = load_static_cap(root, where, p)) < 0 ||
        (rc = load_scaling(root, where, &p->scaling)) < 0)
        return rc;
    return load_checker(root, where, p);
}

static int add_test(problem *p, size_t *cap, const char *dir, const char *file, test_group group,
                    bool answer_optional)
{
    if (p->ntests == *cap) {
        *cap = *cap ? *cap * 2 : 32;
        test_case *grown = realloc(p->tests, *cap * sizeof *grown);
        if (!grown)
            return ERR_NOMEM;
        p->tests = grown;
    }
    /* the learner names their own tests: those names are shown escaped instead */
    int rc = group == TEST_CUSTOM ? 0 : check_text(file, "a test file name", dir);
    if (rc < 0)
        return rc;
    test_case *t = &p->tests[p->ntests];
    memset(t, 0, sizeof *t);
    t->group = group;
    t->name = strndup(file, strlen(file) - 3);
    t->in_path = fs_join(dir, file);
    char *ans_name = t->name ? malloc(strlen(t->name) + 5) : NULL;
    if (ans_name) {
        strcpy(ans_name, t->name);
        strcat(ans_name, ".ans");
        t->ans_path = fs_join(dir, ans_name);
        free(ans_name);
    }
    p->ntests++;
    if (!t->name || !t->in_path || !t->ans_path)
        return ERR_NOMEM;
    if (fs_exists(t->ans_path))
        return 0;
    if (!answer_optional)
        return err_report(ERR_PACKAGE, "test '%s' has no answer file '%s'", t->in_path,
                          t->ans_path);
    free(t->ans_path);
    t->ans_path = NULL;
    return 0;
}

static int cmp_tests(const void *a, const void *b)
{
    const test_case *x = a, *y = b;
    if (x->group != y->group)
        return (int)x->group - (int)y->group;
    return strcmp(x->name, y->name);
}

static int scan_tests(problem *p, size_t *cap, const char *dir, test_group group)
{
    char **names;
    size_t n;
    int rc = fs_list(dir, ".in", &names, &n);
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = add_test(p, cap, dir, names[i], group, group == TEST_CUSTOM);
    fs_names_free(names, n);
    return rc;
}

/* A package with tests.txt has generated tests; without the build's stamp they
 * were never made (or their generator failed), and judging the rest would pass
 * solutions that fail the large tests. */
static int check_generated(const problem *p, const char *generated)
{
    char *list = fs_join(p->dir, "tests.txt");
    char *stamp = fs_join(generated, ".stamp");
    int rc = list && stamp ? 0 : ERR_NOMEM;
    if (rc == 0 && fs_exists(list) && !fs_exists(stamp))
        rc = err_report(ERR_PACKAGE,
                        "the generated tests of '%s' are missing (no '%s'): build the kit "
                        "(./kit) and look for the generator's error",
                        p->slug, stamp);
    free(list);
    free(stamp);
    return rc;
}

static int load_tests(problem *p)
{
    size_t cap = 0;
    char *sample = fs_join(p->dir, "data/sample");
    char *secret = fs_join(p->dir, "data/secret");
    char *generated = fs_join(p->build_dir, "data/secret");
    int rc = ERR_NOMEM;
    if (!sample || !secret || !generated)
        goto cleanup;
    if ((rc = check_generated(p, generated)) < 0 ||
        (rc = scan_tests(p, &cap, sample, TEST_SAMPLE)) < 0 ||
        (rc = scan_tests(p, &cap, secret, TEST_SECRET)) < 0 ||
        (rc = scan_tests(p, &cap, generated, TEST_SECRET)) < 0)
        goto cleanup;
    if (p->ntests == 0) {
        rc = err_report(ERR_PACKAGE, "problem '%s' has no tests in '%s' or '%s'", p->slug, sample,
                        secret);
        goto cleanup;
    }
    qsort(p->tests, p->ntests, sizeof *p->tests, cmp_tests);
cleanup:
    free(sample);
    free(secret);
    free(generated);
    return rc;
}

int problem_add_custom(problem *p, const char *dir)
{
    size_t cap = p->ntests;
    int rc = scan_tests(p, &cap, dir, TEST_CUSTOM);
    if (rc == 0 && p->ntests > 1)
        qsort(p->tests, p->ntests, sizeof *p->tests, cmp_tests);
    return rc;
}

void problem_drop_test(problem *p, size_t i)
{
    free(p->tests[i].name);
    free(p->tests[i].in_path);
    free(p->tests[i].ans_path);
    memmove(&p->tests[i], &p->tests[i + 1], (p->ntests - i - 1) * sizeof *p->tests);
    p->ntests--;
}

static int parse_json(const char *path, json_t **out)
{
    buf text = BUF_INIT;
    int rc = fs_read_file(path, PROBLEM_JSON_MAX, ERR_PACKAGE, &text);
    if (rc < 0)
        return rc;
    json_error_t error;
    *out = json_loadb(text.data, text.len, 0, &error);
    /* jansson quotes the bytes where it stopped ("near '\x1b'"), raw. */
    char shown[4 * sizeof error.text + 16];
    if (!*out)
        rc = err_report(ERR_PACKAGE, "'%s' is not valid JSON: %s at line %d", path,
                        show_str(shown, sizeof shown, error.text), error.line);
    buf_release(&text);
    return rc;
}

/* Edit distance of two short lowercase names (both under 64 bytes), or 99. */
static size_t distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b), row[64];
    if (n >= 64 || m >= 64)
        return 99;
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    return row[m];
}

/* The package a mistyped name most likely meant, into out ("" when none is
 * close): the same name in other case, a name it begins ("lru" for
 * "lru-cache"), or one within two edits. */
static void nearest_slug(const char *root, const char *slug, char *out, size_t size)
{
    char lower[64], **names = NULL;
    size_t n = 0, best = 3;
    out[0] = '\0';
    snprintf(lower, sizeof lower, "%s", slug);
    for (char *c = lower; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    if (problem_list(root, &names, &n) < 0)
        return;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(lower),
               d = strcmp(names[i], lower) == 0 ? 0
                   : strncmp(names[i], lower, len) == 0 && len >= 3 && names[i][len] == '-'
                       ? 1
                       : distance(names[i], lower);
        if (d < best) {
            best = d;
            snprintf(out, size, "%s", names[i]);
        }
    }
    fs_names_free(names, n);
}

/* "no problem named 'lru' (did you mean 'lru-cache'? see `./kit list`)" */
static int no_such_problem(const char *root, const char *slug, const char *what)
{
    char near[128];
    nearest_slug(root, slug, near, sizeof near);
    if (near[0])
        return err_report(ERR_USAGE, "%s '%s': did you mean '%s'? (see `%s list`)", what, slug,
                          near, err_command());
    return err_report(ERR_USAGE, "%s '%s' (see `%s list`)", what, slug, err_command());
}

static int load(const char *root, const char *build, const char *slug, bool with_tests,
                problem *out)
{
    memset(out, 0, sizeof *out);
    if (!problem_slug_ok(slug))
        return no_such_problem(root, slug, "no problem is named");
    char sub[128];
    snprintf(sub, sizeof sub, "problems/%s", slug);
    out->slug = strdup(slug);
    out->root = strdup(root);
    out->dir = fs_join(root, sub);
    out->build_dir = fs_join(build, sub);
    char *json_path = out->dir ? fs_join(out->dir, "problem.json") : NULL;
    if (!out->slug || !out->root || !out->build_dir || !json_path) {
        free(json_path);
        return ERR_NOMEM;
    }
    int rc;
    json_t *json = NULL;
    if (!fs_is_dir(out->dir)) {
        rc = no_such_problem(root, slug, "no problem is named");
        goto cleanup;
    }
    if ((rc = parse_json(json_path, &json)) < 0 || (rc = load_metadata(json, json_path, out)) < 0 ||
        (with_tests && ((rc = check_built(out)) < 0 || (rc = load_tests(out)) < 0)))
        goto cleanup;
    out->validator_path = fs_join(out->build_dir, "validator");
    if (!out->validator_path)
        rc = ERR_NOMEM;
cleanup:
    json_decref(json);
    free(json_path);
    return rc;
}

int problem_load(const char *root, const char *build, const char *slug, problem *out)
{
    return load(root, build, slug, true, out);
}

int problem_load_info(const char *root, const char *build, const char *slug, problem *out)
{
    return load(root, build, slug, false, out);
}

char *problem_solution_path(const problem *p, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "solutions/%s/%s", p->slug, name);
    return fs_join(p->root, rel);
}

void problem_release(problem *p)
{
    for (size_t i = 0; i < p->ntests; i++) {
        free(p->tests[i].name);
        free(p->tests[i].in_path);
        free(p->tests[i].ans_path);
    }
    free(p->tests);
    for (size_t i = 0; i < p->ntags; i++)
        free(p->tags[i]);
    free(p->tags);
    free(p->slug);
    free(p->root);
    free(p->dir);
    free(p->build_dir);
    free(p->title);
    free(p->difficulty);
    free(p->complexity);
    free(p->checker_path);
    free(p->validator_path);
    free(p->header);
    free(p->stub);
    free(p->scaling.sizes);
    free(p->scaling.mode);
    free(p->scaling.variable);
    free(p->scaling.naive);
    memset(p, 0, sizeof *p);
}

int problem_list(const char *root, char ***slugs, size_t *n)
{
    char *dir = fs_join(root, "problems");
    if (!dir)
        return ERR_NOMEM;
    char **names;
    size_t count;
    int rc = fs_list(dir, "", &names, &count);
    *slugs = names;
    *n = 0;
    /* keep only directories that hold a problem.json */
    for (size_t i = 0; rc == 0 && i < count; i++) {
        char *pkg = fs_join(dir, names[i]);
        char *json = pkg ? fs_join(pkg, "problem.json") : NULL;
        bool keep = json && fs_exists(json);
        free(pkg);
        free(json);
        if (keep)
            names[(*n)++] = names[i];
        else
            free(names[i]);
    }
    free(dir);
    return rc;
}
