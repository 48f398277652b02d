/* Check suite of the scale module: the power-law fit on synthetic data, and the
 * complexity report through the real judge path (generator, validator, sandbox,
 * harness), which must tell the quadratic all-pairs attempt of subarray-sum-k
 * from its linear reference. Needs the kit built (the package's tools). */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "scale_print.h"

#include <check.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char root[64]; /* a private kit root: sources written by the tests */
static char build[512], cache[128], box[512];

static void write_file(const char *rel, const char *content)
{
    char path[512], dir[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

static session_config config(void)
{
    return (session_config){.build = build, .cache = cache, .box = box, .jobs = 2};
}

/* ---- the fit ---- */

START_TEST(exact_powers_give_exact_exponents)
{
    const double exponents[] = {0, 0.5, 1, 2, 3};
    double sizes[7], times[7];
    for (size_t e = 0; e < sizeof exponents / sizeof *exponents; e++) {
        for (int i = 0; i < 7; i++) {
            sizes[i] = 1000.0 * (1 << i);
            times[i] = 5e6 * pow(sizes[i] / 1000, exponents[e]);
        }
        scale_fit f;
        scale_fit_power(sizes, times, 7, SCALE_FLOOR_NS, &f);
        ck_assert(f.ok);
        ck_assert_double_eq_tol(f.exponent, exponents[e], 1e-9);
        ck_assert_double_eq_tol(f.r2, 1, 1e-9);
        ck_assert_uint_eq(f.used, 7);
        ck_assert_uint_eq(f.below_floor, 0);
    }
}
END_TEST

START_TEST(rungs_below_the_floor_are_left_out)
{
    /* the three small rungs sit on a flat 0.2 ms (process start-up, not the
       algorithm): fitted, they would pull the exponent far below 2 */
    double sizes[] = {1000, 2000, 4000, 8000, 16000, 32000, 64000};
    double times[] = {2e5, 2e5, 2e5, 1.6e6, 6.4e6, 25.6e6, 102.4e6};
    scale_fit f;
    scale_fit_power(sizes, times, 7, SCALE_FLOOR_NS, &f);
    ck_assert(f.ok);
    ck_assert_uint_eq(f.below_floor, 3);
    ck_assert_uint_eq(f.used, 4);
    ck_assert_double_eq_tol(f.exponent, 2, 1e-9);
    scale_fit all;
    scale_fit_power(sizes, times, 7, 0, &all);
    ck_assert_uint_eq(all.used, 7);
    ck_assert(all.exponent < 1.7);
    ck_assert(all.r2 < 0.95);
    /* a rung not measured (negative) is neither fitted nor below the floor */
    times[6] = -1;
    scale_fit_power(sizes, times, 7, SCALE_FLOOR_NS, &f);
    ck_assert_uint_eq(f.used, 3);
    ck_assert_uint_eq(f.below_floor, 3);
    ck_assert_double_eq_tol(f.exponent, 2, 1e-9);
}
END_TEST

START_TEST(a_fit_needs_two_rungs_of_different_sizes)
{
    double sizes[] = {1000, 2000, 4000}, times[] = {1e5, 1e5, 5e6};
    scale_fit f;
    scale_fit_power(sizes, times, 3, SCALE_FLOOR_NS, &f);
    ck_assert(!f.ok);
    ck_assert_uint_eq(f.used, 1);
    ck_assert_uint_eq(f.below_floor, 2);
    double same[] = {4000, 4000}, two[] = {5e6, 6e6};
    scale_fit_power(same, two, 2, SCALE_FLOOR_NS, &f);
    ck_assert(!f.ok);
}
END_TEST

START_TEST(noise_lowers_r2_but_not_the_trend)
{
    double sizes[8], times[8];
    for (int i = 0; i < 8; i++) {
        sizes[i] = 1000.0 * (1 << i);
        times[i] = 2e6 * (sizes[i] / 1000) * (i % 2 ? 1.25 : 0.8);
    }
    scale_fit f;
    scale_fit_power(sizes, times, 8, SCALE_FLOOR_NS, &f);
    ck_assert(f.ok);
    ck_assert_double_eq_tol(f.exponent, 1, 0.1);
    ck_assert(f.r2 < 0.999);
    ck_assert(f.r2 > 0.9);
}
END_TEST

/* ---- the report, through the real judge ---- */

static char *print_text(const scale_report *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ck_assert_ptr_nonnull(f);
    scale_print_text(f, r);
    fclose(f);
    return text;
}

/* A report of two fits, as scale_measure would leave it with no rungs shown. */
static char *words_for(double yours, double reference)
{
    char slug[] = "dijkstra", title[] = "Dijkstra", level[] = "medium",
         target[] = "O((n + m) log m) time", var[] = "n", mode[] = "random", file[] = "mine.c";
    problem p = {.slug = slug, .title = title, .difficulty = level, .complexity = target};
    scale_report r = {.prob = &p,
                      .display = file,
                      .variable = var,
                      .mode = mode,
                      .repeats = 3,
                      .limit_ms = 1000,
                      .limit_factor = 1,
                      .v = VERDICT_AC,
                      .compiled = true};
    r.growth[SCALE_YOURS] =
        (scale_growth){.fit = {.ok = true, .exponent = yours, .r2 = 0.99}, .stopped = -1};
    r.growth[SCALE_REFERENCE] =
        (scale_growth){.fit = {.ok = true, .exponent = reference, .r2 = 0.99}, .stopped = -1};
    return print_text(&r);
}

/* Beside the reference measured on the same ladder, fixed class bounds do not
 * decide: n log n fitted at 1.55 and at 1.48 is one growth, not "between linear
 * and quadratic" against "linear". A growth far from the reference's is named. */
START_TEST(growth_is_judged_against_the_reference_not_fixed_bounds)
{
    char *text = words_for(1.55, 1.48);
    ck_assert_msg(!strstr(text, "between linear and quadratic"), "%s", text);
    ck_assert_msg(strstr(text, "grows like n^1.55, as the reference's does"), "%s", text);
    ck_assert_msg(strstr(text, "like the reference (n^1.55 and n^1.48 on the same ladder): on "
                               "target"),
                  "%s", text);
    ck_assert_msg(strstr(text, "target:    O((n + m) log m) time"), "%s", text);
    free(text);
    text = words_for(2.1, 1.05);
    ck_assert_msg(strstr(text, "quadratic where the reference is linear (or n log n)"), "%s", text);
    free(text);
    text = words_for(1.0, 2.0);
    ck_assert_msg(strstr(text, "grows more slowly than the reference"), "%s", text);
    free(text);
}
END_TEST

static json_t *print_json(const scale_report *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(scale_print_json(f, r), 0);
    fclose(f);
    json_t *doc = json_loads(text, 0, NULL);
    ck_assert_ptr_nonnull(doc);
    free(text);
    return doc;
}

START_TEST(quadratic_attempt_is_told_from_the_linear_reference)
{
    problem p;
    ck_assert_int_eq(problem_load(KIT_SOURCE_DIR, build, "subarray-sum-k", &p), 0);
    /* the all-pairs attempt takes about 0.2 s at 32000 and 3.5 s at 128000: under a
       limit of 1x it passes the small rungs and stops at 128000, where the
       reference (wide mode: distinct prefix sums) first takes a few ms */
    const long sizes[] = {4000, 8000, 16000, 32000, 128000, 256000, 512000, 1000000};
    scale_options o = {.sizes = sizes, .nsizes = 8, .mode = "wide", .limit_factor = 1};
    session_config cfg = config();
    scale_report r;
    ck_assert_int_eq(scale_measure(&cfg, &p,
                                   KIT_SOURCE_DIR
                                   "/solutions/subarray-sum-k/time_limit_exceeded/all-pairs.c",
                                   "all-pairs.c", &o, &r),
                     0);
    ck_assert(r.compiled);
    ck_assert(r.function_time);
    ck_assert_int_eq(r.repeats, 3);
    ck_assert_int_eq(r.limit_ms, p.time_ms);
    const scale_growth *y = &r.growth[SCALE_YOURS], *f = &r.growth[SCALE_REFERENCE];
    ck_assert_msg(y->fit.ok && y->fit.exponent > 1.6, "yours: exponent %.2f over %zu rungs",
                  y->fit.exponent, y->fit.used);
    ck_assert_msg(f->fit.ok && f->fit.exponent < 1.4, "reference: exponent %.2f over %zu rungs",
                  f->fit.exponent, f->fit.used);
    ck_assert_int_eq(r.v, VERDICT_TLE);
    ck_assert(y->stopped >= 3 && y->stopped <= 4);
    ck_assert_int_eq(r.rungs[y->stopped].cell[SCALE_YOURS].v, VERDICT_TLE);
    for (size_t i = (size_t)y->stopped + 1; i < r.nrungs; i++)
        ck_assert(!r.rungs[i].cell[SCALE_YOURS].ran);
    ck_assert_int_eq(f->stopped, -1);
    /* every run alone is quadratic too; the fit of the minimums need not lie
       between the runs' own fits (noise can push it just outside), so only the
       runs are checked */
    ck_assert_msg(y->spread_ok && y->exponent_lo > 1.5 && y->exponent_hi >= y->exponent_lo,
                  "yours run by run: %.2f .. %.2f (%s)", y->exponent_lo, y->exponent_hi,
                  y->spread_ok ? "two runs or more" : "under two runs");
    /* the reference rungs under the floor are left out, and the text says so:
       how many there are depends on this machine's speed (the fit tests above
       check the floor on fixed times) */
    size_t under = 0;
    for (size_t i = 0; i < r.nrungs; i++) {
        const scale_cell *c = &r.rungs[i].cell[SCALE_REFERENCE];
        under += c->ran && c->time_ns >= 0 && c->time_ns < SCALE_FLOOR_NS;
    }
    ck_assert_uint_eq(f->fit.below_floor, under);
    char *text = print_text(&r);
    ck_assert_msg(strstr(text, "quadratic where the reference is linear"), "%s", text);
    ck_assert_msg(!under || strstr(text, "left out of the fit"), "%s", text);
    free(text);
    json_t *doc = print_json(&r);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "verdict")), "TLE");
    ck_assert(json_real_value(json_object_get(json_object_get(doc, "yours"), "exponent")) > 1.6);
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "rungs")), 8);
    json_decref(doc);
    scale_report_release(&r);
    problem_release(&p);
}
END_TEST

START_TEST(wrong_answer_stops_the_ladder_and_is_reported)
{
    problem p;
    ck_assert_int_eq(problem_load(KIT_SOURCE_DIR, build, "subarray-sum-k", &p), 0);
    write_file("zero.c", "#include \"subarray_sum_k.h\"\n"
                         "long long subarray_sum_k(const int *nums, size_t n, long long k)\n"
                         "{ (void)nums; (void)n; (void)k; return -1; }\n");
    char source[256];
    snprintf(source, sizeof source, "%s/zero.c", root);
    const long sizes[] = {1000, 2000, 4000};
    scale_options o = {.sizes = sizes, .nsizes = 3, .repeats = 2};
    session_config cfg = config();
    scale_report r;
    ck_assert_int_eq(scale_measure(&cfg, &p, source, "zero.c", &o, &r), 0);
    ck_assert_int_eq(r.v, VERDICT_WA);
    ck_assert_int_eq(r.growth[SCALE_YOURS].stopped, 0);
    ck_assert(!r.growth[SCALE_YOURS].fit.ok);
    ck_assert(!r.rungs[1].cell[SCALE_YOURS].ran);
    ck_assert(r.rungs[2].cell[SCALE_REFERENCE].ran); /* the reference goes on */
    char *text = print_text(&r);
    ck_assert_msg(strstr(text, "wrong answer at n = 1000"), "%s", text);
    ck_assert_msg(strstr(text, "means nothing"), "%s", text);
    free(text);
    scale_report_release(&r);
    problem_release(&p);
}
END_TEST

START_TEST(compile_error_is_reported_not_measured)
{
    problem p;
    ck_assert_int_eq(problem_load(KIT_SOURCE_DIR, build, "subarray-sum-k", &p), 0);
    write_file("broken.c", "long long subarray_sum_k(oops\n");
    char source[256];
    snprintf(source, sizeof source, "%s/broken.c", root);
    const long sizes[] = {1000, 2000};
    scale_options o = {.sizes = sizes, .nsizes = 2};
    session_config cfg = config();
    scale_report r;
    ck_assert_int_eq(scale_measure(&cfg, &p, source, "broken.c", &o, &r), 0);
    ck_assert(!r.compiled);
    ck_assert_int_eq(r.v, VERDICT_CE);
    char *text = print_text(&r);
    ck_assert_msg(strstr(text, "broken.c:1:"), "%s", text);
    free(text);
    json_t *doc = print_json(&r);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "verdict")), "CE");
    json_decref(doc);
    scale_report_release(&r);
    problem_release(&p);
}
END_TEST

/* A package of our own: a copy of subarray-sum-k with another problem.json (a
 * copy: the compiler's sandbox does not follow symbolic links out of a package). */
static void make_package(const char *scaling)
{
    char cmd[1024], json[1024];
    snprintf(cmd, sizeof cmd,
             "mkdir -p '%s/problems' && cp -R '%s/problems/subarray-sum-k' '%s/problems/' && "
             "ln -s '%s/solutions' '%s/'",
             root, KIT_SOURCE_DIR, root, KIT_SOURCE_DIR, root);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(json, sizeof json,
             "{\"title\": \"Subarray Sum Equals K\", \"difficulty\": \"medium\", \"kind\": "
             "\"function\", \"checker\": \"tokens\", \"header\": \"subarray_sum_k.h\", "
             "\"limits\": {\"time_ms\": 1000, \"memory_mb\": 256, \"output_kb\": 64}%s%s}",
             scaling ? ", \"scaling\": " : "", scaling ? scaling : "");
    write_file("problems/subarray-sum-k/problem.json", json);
}

START_TEST(scaling_entry_of_the_package_sets_the_ladder)
{
    make_package("{\"sizes\": [1000, 3000], \"mode\": \"tiny\", \"variable\": \"len\"}");
    problem p;
    ck_assert_int_eq(problem_load(root, build, "subarray-sum-k", &p), 0);
    scale_options o = {.repeats = 1};
    session_config cfg = config();
    scale_report r;
    ck_assert_int_eq(scale_measure(&cfg, &p, KIT_SOURCE_DIR "/solutions/subarray-sum-k/reference.c",
                                   "reference.c", &o, &r),
                     0);
    ck_assert_uint_eq(r.nrungs, 2);
    ck_assert_int_eq(r.rungs[0].size, 1000);
    ck_assert_int_eq(r.rungs[1].size, 3000);
    ck_assert_str_eq(r.variable, "len");
    ck_assert_str_eq(r.mode, "tiny");
    ck_assert_int_eq(r.v, VERDICT_AC);
    /* both rungs take microseconds on an idle machine: with one under the floor
       or both, there is no fit, and the report says so (a loaded machine may
       lift a rung over the floor: what counts is what was measured) */
    size_t under = 0;
    for (size_t i = 0; i < r.nrungs; i++) {
        const scale_cell *c = &r.rungs[i].cell[SCALE_YOURS];
        under += c->ran && c->time_ns >= 0 && c->time_ns < SCALE_FLOOR_NS;
    }
    ck_assert_uint_eq(r.growth[SCALE_YOURS].fit.below_floor, under);
    char *text = print_text(&r);
    if (under >= 1) {
        ck_assert(!r.growth[SCALE_YOURS].fit.ok);
        ck_assert_msg(strstr(text, "too few of your rungs"), "%s", text);
    }
    free(text);
    scale_report_release(&r);
    problem_release(&p);
}
END_TEST

START_TEST(default_ladder_doubles_up_to_the_largest_generated_test)
{
    make_package("{\"mode\": \"wide\"}");
    problem p;
    ck_assert_int_eq(problem_load(root, build, "subarray-sum-k", &p), 0);
    scale_options o = {.repeats = 1};
    session_config cfg = config();
    scale_report r;
    ck_assert_int_eq(scale_measure(&cfg, &p, KIT_SOURCE_DIR "/solutions/subarray-sum-k/reference.c",
                                   "reference.c", &o, &r),
                     0);
    /* tests.txt's largest wide test has n = 10^6 */
    ck_assert_uint_eq(r.nrungs, 7);
    ck_assert_int_eq(r.rungs[0].size, 1000000 / 64);
    ck_assert_int_eq(r.rungs[6].size, 1000000);
    ck_assert_str_eq(r.variable, "n");
    const scale_growth *y = &r.growth[SCALE_YOURS], *f = &r.growth[SCALE_REFERENCE];
    ck_assert_msg(y->fit.ok && y->fit.exponent > 0.6 && y->fit.exponent < 1.4, "%.2f",
                  y->fit.exponent);
    ck_assert_msg(f->fit.ok && f->fit.exponent > 0.6 && f->fit.exponent < 1.4, "%.2f",
                  f->fit.exponent);
    char *text = print_text(&r);
    ck_assert_msg(strstr(text, "like the reference (n^"), "%s", text);
    ck_assert_msg(strstr(text, "on target"), "%s", text);
    free(text);
    scale_report_release(&r);
    problem_release(&p);
}
END_TEST

START_TEST(bad_ladders_are_refused_before_any_run)
{
    problem p;
    scale_report r;
    session_config cfg = config();
    make_package(NULL);
    ck_assert_int_eq(problem_load(root, build, "subarray-sum-k", &p), 0);
    /* the learner's sizes: out of order, or past the constraints (the validator's
       reason is given) */
    const long backwards[] = {2000, 1000}, huge[] = {1000, 5000000};
    scale_options o = {.sizes = backwards, .nsizes = 2};
    ck_assert_int_eq(scale_measure(&cfg, &p, "/nonexistent.c", "x.c", &o, &r), ERR_USAGE);
    scale_report_release(&r);
    o.sizes = huge;
    ck_assert_int_eq(scale_measure(&cfg, &p, "/nonexistent.c", "x.c", &o, &r), ERR_USAGE);
    scale_report_release(&r);
    scale_options bad_mode = {.mode = "../x"};
    ck_assert_int_eq(scale_measure(&cfg, &p, "/nonexistent.c", "x.c", &bad_mode, &r), ERR_USAGE);
    scale_report_release(&r);
    problem_release(&p);
    /* the package's own entry: a broken one is the package's fault, refused when
       the package is loaded (every command then says so, exit 2) */
    const char *broken[] = {"3", "{\"sizes\": [5000, 3000]}", "{\"sizes\": [1000]}",
                            "{\"mode\": \"a b\"}", "{\"variable\": 7}"};
    for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
        char json[512];
        snprintf(json, sizeof json,
                 "{\"title\": \"T\", \"difficulty\": \"easy\", \"kind\": \"function\", "
                 "\"checker\": \"tokens\", \"header\": \"subarray_sum_k.h\", \"limits\": "
                 "{\"time_ms\": 1000, \"memory_mb\": 256, \"output_kb\": 64}, \"scaling\": %s}",
                 broken[i]);
        write_file("problems/subarray-sum-k/problem.json", json);
        ck_assert_msg(problem_load(root, build, "subarray-sum-k", &p) == ERR_PACKAGE, "%s",
                      broken[i]);
        problem_release(&p);
    }
}
END_TEST

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-scale-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
}

static void teardown(void) { fs_remove_tree(root); }

int main(void)
{
    /* the kit's build directory holds judge-box; one compile cache for the suite */
    snprintf(box, sizeof box, "%s", KIT_BOX);
    snprintf(build, sizeof build, "%s", KIT_BOX);
    *strrchr(build, '/') = '\0';
    snprintf(cache, sizeof cache, "/tmp/test-scale-cache-XXXXXX");
    if (!mkdtemp(cache))
        return 1;
    Suite *s = suite_create("scale");
    TCase *fit = tcase_create("fit");
    tcase_add_test(fit, exact_powers_give_exact_exponents);
    tcase_add_test(fit, growth_is_judged_against_the_reference_not_fixed_bounds);
    tcase_add_test(fit, rungs_below_the_floor_are_left_out);
    tcase_add_test(fit, a_fit_needs_two_rungs_of_different_sizes);
    tcase_add_test(fit, noise_lowers_r2_but_not_the_trend);
    suite_add_tcase(s, fit);
    TCase *report = tcase_create("report");
    tcase_set_timeout(report, 120);
    tcase_add_checked_fixture(report, setup, teardown);
    tcase_add_test(report, quadratic_attempt_is_told_from_the_linear_reference);
    tcase_add_test(report, wrong_answer_stops_the_ladder_and_is_reported);
    tcase_add_test(report, compile_error_is_reported_not_measured);
    tcase_add_test(report, scaling_entry_of_the_package_sets_the_ladder);
    tcase_add_test(report, default_ladder_doubles_up_to_the_largest_generated_test);
    tcase_add_test(report, bad_ladders_are_refused_before_any_run);
    suite_add_tcase(s, report);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    fs_remove_tree(cache);
    return failed ? 1 : 0;
}
