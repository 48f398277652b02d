/* Check suite of the stress module, through the real judge path (generator, validator,
 * judge-box, checkers): planted bugs of known-bad attempts are found and shrunk to
 * small inputs that the validator accepts and that still fail, saved as custom tests
 * without overwriting anything; the same seed gives the same input; the reference
 * passes; a reference that fails is the package's fault, never the learner's. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "session.h"
#include "stress_print.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char build[512];      /* the kit's build directory (judge-box, harnesses) */
static char kit[64];         /* a kit of our own holding the `count` problem */
static char kit_build[128];  /* its tools: build/problems/count/{gen,validator} */
static char cache[128];      /* one compile cache for the whole suite */
static char tests_dir[64];   /* where a test's failing input is saved */
static buf out;              /* what the last stress run printed on stdout */
static stress_result result; /* and what it returned */

static void write_file(const char *path, const char *content)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

static void write_kit_file(const char *rel, const char *content)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", kit, rel);
    write_file(path, content);
}

/* `count`: print the sum of n integers. Its generator writes 5 + 3 * size of them in
 * [-50, 50] after n on a line of its own; its validator wants the count right. */
static void make_count_problem(void)
{
    write_kit_file("problems/count/problem.json",
                   "{\"title\": \"Count\", \"difficulty\": \"easy\", \"kind\": \"program\","
                   " \"checker\": \"tokens\", \"limits\": {\"time_ms\": 1000, \"memory_mb\": 64,"
                   " \"output_kb\": 16}}");
    write_kit_file("problems/count/data/sample/01.in", "2\n1 2\n");
    write_kit_file("problems/count/data/sample/01.ans", "3\n");
    write_kit_file("solutions/count/reference.c",
                   "#include <stdio.h>\nint main(void){long n,x,s=0;scanf(\"%ld\",&n);"
                   "while(n-->0&&scanf(\"%ld\",&x)==1)s+=x;printf(\"%ld\\n\",s);return 0;}\n");
    /* the planted bug: absolute values */
    write_kit_file("abs.c", "#include <stdio.h>\n#include <stdlib.h>\nint main(void){long n,x,"
                            "s=0;scanf(\"%ld\",&n);while(n-->0&&scanf(\"%ld\",&x)==1)s+=labs(x);"
                            "printf(\"%ld\\n\",s);return 0;}\n");
    /* a reference that crashes on a negative value */
    write_kit_file("crash.c", "#include <stdio.h>\nint main(void){long n,x,s=0;scanf(\"%ld\",&n);"
                              "while(n-->0&&scanf(\"%ld\",&x)==1){if(x<0)__builtin_trap();s+=x;}"
                              "printf(\"%ld\\n\",s);return 0;}\n");
    write_kit_file("gen.c",
                   "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
                   "int main(int argc,char**argv){if(argc==2&&!strcmp(argv[1],\"--modes\")){"
                   "puts(\"mixed\");return 0;}if(argc<3)return 2;unsigned long long s="
                   "strtoull(argv[1],0,10);int n=5+3*atoi(argv[2]);printf(\"%d\\n\",n);"
                   "for(int i=0;i<n;i++){s=s*6364136223846793005ULL+1442695040888963407ULL;"
                   "printf(\"%s%d\",i?\" \":\"\",(int)((s>>33)%101)-50);}printf(\"\\n\");"
                   "return 0;}\n");
    write_kit_file("validator.c",
                   "#include <stdio.h>\nint main(void){long n,v,c=0;int r;if(scanf(\"%ld\",&n)"
                   "!=1||n<1||n>1000){fputs(\"bad n\\n\",stderr);return 43;}while((r=scanf("
                   "\"%ld\",&v))==1){if(v<-1000||v>1000){fputs(\"value out of range\\n\","
                   "stderr);return 43;}c++;}if(r!=EOF||c!=n){fputs(\"not n integers\\n\","
                   "stderr);return 43;}return 42;}\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "mkdir -p '%s/problems/count' && cc -O2 -o '%s/problems/count/gen' '%s/gen.c' && "
             "cc -O2 -o '%s/problems/count/validator' '%s/validator.c'",
             kit_build, kit_build, kit, kit_build, kit);
    ck_assert_int_eq(system(cmd), 0);
}

/* `countc`: count with a custom checker (Kattis protocol) that reads the input
 * and the expected answer from the files it is given and says why it rejects;
 * broken-checker.c fails on every answer. */
static void make_countc_problem(void)
{
    write_kit_file("problems/countc/problem.json",
                   "{\"title\": \"Count, checked\", \"difficulty\": \"easy\", \"kind\": "
                   "\"program\", \"checker\": \"custom\", \"limits\": {\"time_ms\": 1000, "
                   "\"memory_mb\": 64, \"output_kb\": 16}}");
    write_kit_file("problems/countc/data/sample/01.in", "2\n1 2\n");
    write_kit_file("problems/countc/data/sample/01.ans", "3\n");
    write_kit_file("solutions/countc/reference.c",
                   "#include <stdio.h>\nint main(void){long n,x,s=0;scanf(\"%ld\",&n);"
                   "while(n-->0&&scanf(\"%ld\",&x)==1)s+=x;printf(\"%ld\\n\",s);return 0;}\n");
    write_kit_file("checker.c",
                   "#include <stdio.h>\nint main(int argc,char**argv){if(argc!=4)return 1;"
                   "FILE*in=fopen(argv[1],\"r\"),*ans=fopen(argv[2],\"r\");long n,want,got;"
                   "if(!in||!ans||fscanf(in,\"%ld\",&n)!=1||n<1||fscanf(ans,\"%ld\",&want)!=1)"
                   "return 1;if(scanf(\"%ld\",&got)==1&&got==want)return 42;char p[4096];"
                   "snprintf(p,sizeof p,\"%s/judgemessage.txt\",argv[3]);FILE*f=fopen(p,\"w\");"
                   "if(!f)return 1;fprintf(f,\"the sum is not %ld\\n\",got);fclose(f);"
                   "return 43;}\n");
    write_kit_file("broken-checker.c", "int main(void){return 7;}\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "mkdir -p '%s/problems/countc' && cd '%s/problems/countc' && cp ../count/gen "
             "../count/validator . && cc -O2 -o checker '%s/checker.c'",
             kit_build, kit_build, kit);
    ck_assert_int_eq(system(cmd), 0);
}

static void suite_setup(void)
{
    snprintf(build, sizeof build, "%s", KIT_BOX);
    *strrchr(build, '/') = '\0';
    snprintf(kit, sizeof kit, "/tmp/test-stress-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(kit));
    snprintf(kit_build, sizeof kit_build, "%s/build", kit);
    snprintf(cache, sizeof cache, "%s/cache", kit);
    ck_assert_int_eq(fs_mkdir_p(cache), 0);
    make_count_problem();
    make_countc_problem();
}

static void suite_teardown(void) { fs_remove_tree(kit); }

static void setup(void)
{
    snprintf(tests_dir, sizeof tests_dir, "/tmp/test-stress-tests-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tests_dir));
    setenv("KIT_COMMAND", "./kit", 1); /* as the kit script runs the judge */
}

static void teardown(void)
{
    fs_remove_tree(tests_dir);
    stress_result_release(&result);
    buf_release(&out);
}

typedef struct {
    const char *root;      /* kit root (KIT_SOURCE_DIR or ours) */
    const char *slug;      /* problem */
    const char *source;    /* the learner's file, relative to root */
    const char *reference; /* the oracle's source (absolute), NULL: the package's */
    unsigned long long seed;
    long iterations;
    bool brute;
} run;

/* Runs stress_run() with stdout captured into `out`; returns its code. */
static int stress(const run *r)
{
    problem p;
    ck_assert_int_eq(problem_load(r->root, r->root == kit ? kit_build : build, r->slug, &p), 0);
    char source[PATH_MAX], box[PATH_MAX];
    snprintf(source, sizeof source, "%s/%s", r->root, r->source);
    snprintf(box, sizeof box, "%s", KIT_BOX);
    session_config cfg = {.build = build, .cache = cache, .box = box, .jobs = 2};
    stress_options o = {.seed = r->seed,
                        .seed_given = true,
                        .iterations = r->iterations,
                        .brute = r->brute,
                        .reference_source = r->reference};
    char path[] = "/tmp/test-stress-out-XXXXXX";
    int fd = mkstemp(path), saved = dup(1);
    ck_assert(fd >= 0 && saved >= 0);
    fflush(stdout);
    dup2(fd, 1);
    int rc = stress_run(&cfg, &p, source, r->source, tests_dir, &o, &result);
    if (rc == 0)
        stress_print(stdout, &result);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    close(fd);
    buf_release(&out);
    ck_assert_int_eq(fs_read_file(path, 1 << 20, ERR_INTERNAL, &out), 0);
    buf_append(&out, "", 0);
    unlink(path);
    problem_release(&p);
    return rc;
}

static size_t count_tokens(const char *text)
{
    size_t n = 0;
    for (const char *c = text; *c; c++)
        n += (c == text || strchr(" \t\n", c[-1])) && !strchr(" \t\n", *c);
    return n;
}

static int validator_status(const char *tools, const char *input_path)
{
    char cmd[2 * PATH_MAX + 64];
    snprintf(cmd, sizeof cmd, "'%s/validator' < '%s' 2>/dev/null", tools, input_path);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The learner's verdict on one input judged alone, the reference's answer expected. */
static verdict judged_alone(const run *r, const char *input_path)
{
    problem p;
    ck_assert_int_eq(problem_load(r->root, r->root == kit ? kit_build : build, r->slug, &p), 0);
    char source[PATH_MAX], box[PATH_MAX], name[] = "saved", *in = strdup(input_path);
    snprintf(source, sizeof source, "%s/%s", r->root, r->source);
    snprintf(box, sizeof box, "%s", KIT_BOX);
    test_case one = {.name = name, .in_path = in, .group = TEST_CUSTOM};
    plan single;
    plan_init(&single, &p);
    single.tests = &one;
    single.ntests = 1;
    single.all = true;
    session_config cfg = {.build = build, .cache = cache, .box = box, .jobs = 1};
    judgement j;
    ck_assert_int_eq(session_judge(&cfg, &single, source, r->source, &j), 0);
    verdict v = j.mine[0].v;
    judgement_release(&j);
    free(in);
    problem_release(&p);
    return v;
}

/* The saved custom test holds exactly the shrunk input. */
static void assert_saved(void)
{
    ck_assert_ptr_nonnull(result.saved);
    ck_assert(strncmp(result.saved, tests_dir, strlen(tests_dir)) == 0);
    buf saved = BUF_INIT;
    ck_assert_int_eq(fs_read_file(result.saved, 1 << 20, ERR_INTERNAL, &saved), 0);
    ck_assert_uint_eq(saved.len, result.input_len);
    ck_assert(saved.len == 0 || memcmp(saved.data, result.input, saved.len) == 0);
    buf_release(&saved);
}

/* Every line of the report fits 80 columns (stdout is not a terminal), but for
 * a command on a line of its own, which is never broken. */
static void assert_within_80_columns(void)
{
    for (const char *line = out.data; *line;) {
        size_t n = strcspn(line, "\n");
        if (n > 80 && strncmp(line, "  ./kit ", 8) != 0)
            ck_abort_msg("a line of %zu columns: %.*s", n, (int)n, line);
        line += n + (line[n] == '\n');
    }
}

static char *tools_of(const char *slug)
{
    static char tools[sizeof build + 96];
    snprintf(tools, sizeof tools, "%s/problems/%s", build, slug);
    return tools;
}

START_TEST(sliding_window_fails_on_a_tiny_valid_input)
{
    run r = {KIT_SOURCE_DIR,
             "subarray-sum-k",
             "solutions/subarray-sum-k/wrong_answer/sliding-window.c",
             NULL,
             1,
             200,
             false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_le(result.tried, 50);
    ck_assert_int_eq(verdict_exit_status(result.v), 1);
    /* "n k" and at most three values */
    ck_assert_uint_le(count_tokens(result.input), 5);
    assert_saved();
    ck_assert_int_eq(validator_status(tools_of("subarray-sum-k"), result.saved), 42);
    ck_assert_int_eq(judged_alone(&r, result.saved), VERDICT_WA);
    ck_assert_ptr_nonnull(strstr(out.data, "expected (the reference solution's answer)"));
    ck_assert_ptr_nonnull(strstr(out.data, "your answer"));
    /* a command too long for its lead's line gets one of its own, whole */
    char command[256];
    snprintf(command, sizeof command,
             "\nreproduce:\n  ./kit stress subarray-sum-k "
             "solutions/subarray-sum-k/wrong_answer/sliding-window.c --seed 1 --iterations %ld\n",
             result.tried);
    ck_assert_ptr_nonnull(strstr(out.data, command));
    assert_within_80_columns();
}
END_TEST

START_TEST(greedy_lcs_is_shrunk_below_the_generated_input)
{
    run r = {KIT_SOURCE_DIR, "lcs", "solutions/lcs/wrong_answer/greedy-matching.c", NULL, 3, 300,
             false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_gt(result.shrink_steps, 0);
    ck_assert(result.shrink_complete);
    ck_assert_uint_lt(result.input_len, result.original_len);
    /* two lines, at most six letters in all (greedy fails from "zab" / "abz") */
    ck_assert_uint_eq(count_tokens(result.input), 2);
    ck_assert_uint_le(result.input_len, 8);
    assert_saved();
    ck_assert_int_eq(validator_status(tools_of("lcs"), result.saved), 42);
    ck_assert_int_eq(judged_alone(&r, result.saved), VERDICT_WA);
}
END_TEST

/* The generic shrinker alone: n must follow the values it removes, the validator
 * rejects a wrong count, and numbers go toward 0 while the bug still shows. */
START_TEST(shrinking_keeps_a_leading_count_right)
{
    run r = {kit, "count", "abs.c", NULL, 7, 100, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_uint_ge(result.original_len, 20);
    ck_assert_str_eq(result.input, "1\n-1\n");
    assert_saved();
    char tools[PATH_MAX];
    snprintf(tools, sizeof tools, "%s/problems/count", kit_build);
    ck_assert_int_eq(validator_status(tools, result.saved), 42);
    ck_assert_int_eq(judged_alone(&r, result.saved), VERDICT_WA);
}
END_TEST

START_TEST(same_seed_same_input_and_nothing_overwritten)
{
    char taken[PATH_MAX], second[PATH_MAX + 8], third[PATH_MAX + 8];
    snprintf(taken, sizeof taken, "%s/stress-5.in", tests_dir);
    snprintf(second, sizeof second, "%s/stress-5-2.in", tests_dir);
    snprintf(third, sizeof third, "%s/stress-5-3.in", tests_dir);
    write_file(taken, "the learner's own test\n");
    run r = {KIT_SOURCE_DIR, "lcs", "solutions/lcs/wrong_answer/longest-common-substring.c",
             NULL,           5,     300,
             false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_str_eq(result.saved, second);
    assert_saved();
    char *first_input = strdup(result.input);
    long first_tried = result.tried;
    stress_result_release(&result);

    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.tried, first_tried);
    ck_assert_str_eq(result.input, first_input);
    /* the very same input is already saved: reused, not saved twice */
    ck_assert_str_eq(result.saved, second);
    ck_assert(!fs_exists(third));
    buf kept = BUF_INIT;
    ck_assert_int_eq(fs_read_file(taken, 1 << 10, ERR_INTERNAL, &kept), 0);
    ck_assert_str_eq(kept.data, "the learner's own test\n");
    buf_release(&kept);
    free(first_input);
}
END_TEST

/* Builds (or removes) the batch forms of slug's generator, validator and
 * reference (and checker, when given), as cmake/KitProblem.cmake builds a
 * package's, from the kit's files: the reference's from oracle and the
 * checker's from checker, which need not be the package's own. */
static void batch_forms(const char *slug, bool built, const char *oracle, const char *checker)
{
    char cmd[4096];
    if (built)
        snprintf(
            cmd, sizeof cmd,
            "for t in gen:gen validator:validator reference:%s %s%s; do "
            "cc -O2 -Dmain=kit_tool_main -I'%s/judge/proto' -o '%s/problems/%s/'${t%%:*}-batch "
            "'%s/'${t#*:}.c '%s/judge/batch/serve.c' || exit 1; done",
            oracle, checker ? "checker:" : "", checker ? checker : "", KIT_SOURCE_DIR, kit_build,
            slug, kit, KIT_SOURCE_DIR);
    else
        snprintf(cmd, sizeof cmd, "rm -f '%s/problems/%s/'*-batch", kit_build, slug);
    ck_assert_int_eq(system(cmd), 0);
}

static void count_batch_forms(bool built, const char *oracle)
{
    batch_forms("count", built, oracle, NULL);
}

START_TEST(batch_forms_find_the_input_one_process_each_finds)
{
    run r = {kit, "count", "abs.c", NULL, 7, 400, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    char *alone = strdup(result.input);
    long tried = result.tried, steps = result.shrink_steps;
    stress_result_release(&result);
    fs_remove_tree(tests_dir);
    ck_assert_int_eq(fs_mkdir_p(tests_dir), 0);

    count_batch_forms(true, "solutions/count/reference");
    int rc = stress(&r);
    count_batch_forms(false, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.tried, tried);
    ck_assert_int_eq(result.shrink_steps, steps);
    ck_assert_str_eq(result.input, alone);
    char words[64]; /* "1 step", "2 steps" */
    snprintf(words, sizeof words, " in %ld step%s", steps, steps == 1 ? "" : "s");
    ck_assert_ptr_nonnull(strstr(out.data, words));
    free(alone);
}
END_TEST

/* An input the oracle's batch form does not answer (here it crashes on every
 * negative value, as the reference in the box does not) is left to the oracle
 * in the box: the same input is found as with no batch form. */
START_TEST(an_input_the_batch_oracle_fails_is_answered_in_the_box)
{
    run r = {kit, "count", "abs.c", NULL, 7, 400, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    char *alone = strdup(result.input);
    long tried = result.tried;
    stress_result_release(&result);
    fs_remove_tree(tests_dir);
    ck_assert_int_eq(fs_mkdir_p(tests_dir), 0);

    count_batch_forms(true, "crash");
    int rc = stress(&r);
    count_batch_forms(false, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_eq(result.tried, tried);
    ck_assert_str_eq(result.input, alone);
    free(alone);
}
END_TEST

/* An oracle's batch form older than its source (edited since the build) is not
 * used: here it is built from abs.c, whose answers would make abs.c pass. */
START_TEST(a_batch_oracle_older_than_its_source_is_not_used)
{
    count_batch_forms(true, "abs");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "touch '%s/solutions/count/reference.c'", kit);
    ck_assert_int_eq(system(cmd), 0);
    run r = {kit, "count", "abs.c", NULL, 7, 400, false};
    int rc = stress(&r);
    count_batch_forms(false, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
}
END_TEST

/* A custom checker's batch form, which checks every answer of a batch after the
 * session, finds the input the checker run per test finds, after as many
 * inputs and steps; the report still words the checker's own message. */
START_TEST(a_checker_batch_form_finds_the_input_the_checker_per_run_finds)
{
    run r = {kit, "countc", "abs.c", NULL, 7, 400, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    char *alone = strdup(result.input);
    long tried = result.tried, steps = result.shrink_steps;
    stress_result_release(&result);
    fs_remove_tree(tests_dir);
    ck_assert_int_eq(fs_mkdir_p(tests_dir), 0);

    batch_forms("countc", true, "solutions/countc/reference", "checker");
    int rc = stress(&r);
    batch_forms("countc", false, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_eq(result.tried, tried);
    ck_assert_int_eq(result.shrink_steps, steps);
    ck_assert_str_eq(result.input, alone);
    ck_assert_ptr_nonnull(strstr(out.data, "the sum is not"));
    free(alone);
}
END_TEST

/* A checker batch form that fails on an answer is the package's fault, as the
 * checker failing in the session is. */
START_TEST(a_failing_checker_batch_form_is_the_packages_fault)
{
    batch_forms("countc", true, "solutions/countc/reference", "broken-checker");
    run r = {kit, "countc", "abs.c", NULL, 7, 100, false};
    int rc = stress(&r);
    batch_forms("countc", false, NULL, NULL);
    ck_assert_int_eq(rc, ERR_PACKAGE);
    ck_assert(!result.found);
}
END_TEST

START_TEST(reference_passes_every_input)
{
    run r = {KIT_SOURCE_DIR, "subarray-sum-k", "solutions/subarray-sum-k/reference.c", NULL, 3, 120,
             false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(!result.found);
    ck_assert_int_eq(result.v, VERDICT_AC);
    ck_assert_int_eq(result.tried, 120);
    ck_assert_ptr_null(result.saved);
    ck_assert_int_eq(verdict_exit_status(result.v), 0);
    ck_assert_ptr_nonnull(strstr(out.data, "reference.c passed 120 generated"));
    assert_within_80_columns();
    char **names;
    size_t n;
    ck_assert_int_eq(fs_list(tests_dir, ".in", &names, &n), 0);
    ck_assert_uint_eq(n, 0);
    fs_names_free(names, n);
}
END_TEST

/* The binaries in the compile cache that have the warm start (a KEY.warm mark). */
static int warm_binaries(void)
{
    char bin[256];
    snprintf(bin, sizeof bin, "%s/bin", cache);
    char **names;
    size_t n;
    ck_assert_int_eq(fs_list(bin, ".warm", &names, &n), 0);
    fs_names_free(names, n);
    return (int)n;
}

/* Stress links the warm start into the learner's file, and the box forks its
 * runs from a template of it; a file whose object could run code of its own
 * before its constructors (here, its own strlen, which glibc's start-up might
 * call) is built and run cold. Either way the planted bug is found. */
START_TEST(the_learner_runs_warm_unless_its_code_could_run_first)
{
    int before = warm_binaries();
    write_kit_file("abs-warm.c", "/* warm */\n#include <stdio.h>\n#include <stdlib.h>\n"
                                 "int main(void){long n,x,s=0;scanf(\"%ld\",&n);"
                                 "while(n-->0&&scanf(\"%ld\",&x)==1)s+=labs(x);"
                                 "printf(\"%ld\\n\",s);return 0;}\n");
    run r = {kit, "count", "abs-warm.c", NULL, 1, 200, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_eq(warm_binaries(), before + 1);
    stress_result_release(&result);
    memset(&result, 0, sizeof result);

    write_kit_file("abs-cold.c",
                   "#include <stddef.h>\n#include <stdio.h>\n#include <stdlib.h>\n"
                   "size_t strlen(const char *s){size_t n=0;while(s[n])n++;return n;}\n"
                   "int main(void){long n,x,s=0;scanf(\"%ld\",&n);"
                   "while(n-->0&&scanf(\"%ld\",&x)==1)s+=labs(x);"
                   "printf(\"%ld\\n\",s);return 0;}\n");
    r.source = "abs-cold.c";
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_int_eq(warm_binaries(), before + 1);
}
END_TEST

START_TEST(brute_oracle_gives_the_expected_answers)
{
    run r = {
        KIT_SOURCE_DIR, "lcs", "solutions/lcs/wrong_answer/greedy-matching.c", NULL, 5, 300, true};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(result.found);
    ck_assert_int_eq(result.v, VERDICT_WA);
    ck_assert_ptr_nonnull(strstr(out.data, "expected (the brute-force oracle's answer)"));
    char command[64];
    snprintf(command, sizeof command, "--seed 5 --iterations %ld --brute\n", result.tried);
    ck_assert_ptr_nonnull(strstr(out.data, command));
}
END_TEST

START_TEST(failing_reference_is_the_packages_fault)
{
    char crash[PATH_MAX];
    snprintf(crash, sizeof crash, "%s/crash.c", kit);
    run r = {kit, "count", "solutions/count/reference.c", crash, 1, 50, false};
    int rc = stress(&r);
    ck_assert_int_eq(rc, ERR_PACKAGE);
    ck_assert_int_eq(err_exit_status(rc), 2);
    ck_assert(!result.found);
    ck_assert_ptr_null(result.saved);
}
END_TEST

START_TEST(compile_error_is_reported_not_stressed)
{
    write_kit_file("broken.c", "int main(void) { return undeclared; }\n");
    run r = {kit, "count", "broken.c", NULL, 1, 50, false};
    ck_assert_int_eq(stress(&r), 0);
    ck_assert(!result.found);
    ck_assert_int_eq(result.v, VERDICT_CE);
    ck_assert_int_eq(verdict_exit_status(result.v), 1);
    ck_assert_ptr_nonnull(strstr(out.data, "broken.c:1:"));
}
END_TEST

START_TEST(missing_generator_is_a_package_error)
{
    problem p;
    ck_assert_int_eq(problem_load(KIT_SOURCE_DIR, build, "subarray-sum-k", &p), 0);
    free(p.build_dir);
    p.build_dir = strdup(tests_dir); /* no gen in there */
    char source[PATH_MAX], box[PATH_MAX];
    snprintf(source, sizeof source, "%s/solutions/subarray-sum-k/reference.c", KIT_SOURCE_DIR);
    snprintf(box, sizeof box, "%s", KIT_BOX);
    session_config cfg = {.build = build, .cache = cache, .box = box, .jobs = 1};
    stress_options o = {.seed_given = true, .iterations = 10};
    ck_assert_int_eq(stress_run(&cfg, &p, source, "reference.c", tests_dir, &o, &result),
                     ERR_PACKAGE);
    problem_release(&p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("stress");
    TCase *tc = tcase_create("stress");
    tcase_add_unchecked_fixture(tc, suite_setup, suite_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, sliding_window_fails_on_a_tiny_valid_input);
    tcase_add_test(tc, greedy_lcs_is_shrunk_below_the_generated_input);
    tcase_add_test(tc, shrinking_keeps_a_leading_count_right);
    tcase_add_test(tc, same_seed_same_input_and_nothing_overwritten);
    tcase_add_test(tc, reference_passes_every_input);
    tcase_add_test(tc, the_learner_runs_warm_unless_its_code_could_run_first);
    tcase_add_test(tc, brute_oracle_gives_the_expected_answers);
    tcase_add_test(tc, failing_reference_is_the_packages_fault);
    tcase_add_test(tc, compile_error_is_reported_not_stressed);
    tcase_add_test(tc, missing_generator_is_a_package_error);
    tcase_add_test(tc, batch_forms_find_the_input_one_process_each_finds);
    tcase_add_test(tc, an_input_the_batch_oracle_fails_is_answered_in_the_box);
    tcase_add_test(tc, a_batch_oracle_older_than_its_source_is_not_used);
    tcase_add_test(tc, a_checker_batch_form_finds_the_input_the_checker_per_run_finds);
    tcase_add_test(tc, a_failing_checker_batch_form_is_the_packages_fault);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
