/* Check suite of the session module, and through it of run, compile and sandbox:
 * misbehaving submissions compiled and judged through the real path (judge-box,
 * pipes, checkers) get the verdicts of DESIGN.md, and an unchanged file is not
 * recompiled. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "session.h"

#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char root[64];
static char build[128], cache[128];

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

/* A program problem: print the sum of the numbers on stdin. */
static void make_problem(const char *slug, const char *checker)
{
    char rel[256], json[512];
    snprintf(json, sizeof json,
             "{\"title\": \"Sum\", \"difficulty\": \"easy\", \"kind\": \"program\","
             " \"checker\": \"%s\", \"limits\": {\"time_ms\": 300, \"memory_mb\": 64,"
             " \"output_kb\": 16}}",
             checker);
    snprintf(rel, sizeof rel, "problems/%s/problem.json", slug);
    write_file(rel, json);
    snprintf(rel, sizeof rel, "problems/%s/data/sample/01-small.in", slug);
    write_file(rel, "1 2 3\n");
    snprintf(rel, sizeof rel, "problems/%s/data/sample/01-small.ans", slug);
    write_file(rel, "6\n");
    snprintf(rel, sizeof rel, "problems/%s/data/secret/02-more.in", slug);
    write_file(rel, "10 20\n");
    snprintf(rel, sizeof rel, "problems/%s/data/secret/02-more.ans", slug);
    write_file(rel, "30\n");
    snprintf(rel, sizeof rel, "solutions/%s/reference.c", slug);
    write_file(rel, "#include <stdio.h>\nint main(void){long s=0,x;while(scanf(\"%ld\",&x)==1)"
                    "s+=x;printf(\"%ld\\n\",s);return 0;}\n");
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-session-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    snprintf(build, sizeof build, "%s/build", root);
    snprintf(cache, sizeof cache, "%s/cache", root);
    make_problem("sum", "tokens");
}

static void teardown(void) { fs_remove_tree(root); }

static problem *loaded; /* the problem of the last judgement, freed by release() */

/* Judges the file rel under the root. */
static verdict judge_file(const char *slug, const char *rel, judgement *j)
{
    char path[512], box[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    snprintf(box, sizeof box, "%s", KIT_BOX);
    problem *p = malloc(sizeof *p);
    ck_assert_int_eq(problem_load(root, build, slug, p), 0);
    loaded = p;
    ck_assert_int_eq(fs_mkdir_p(cache), 0);
    session_config cfg = {.build = build, .cache = cache, .box = box, .jobs = 2};
    plan pl; /* the judgement keeps a copy; the problem (loaded) outlives it */
    plan_init(&pl, p);
    pl.compare = true;
    ck_assert_int_eq(session_judge(&cfg, &pl, path, rel, j), 0);
    return j->v;
}

/* Judges source as a new file. */
static verdict judge_source(const char *slug, const char *source, judgement *j)
{
    char rel[128];
    static int counter;
    snprintf(rel, sizeof rel, "attempt%d.c", counter++);
    write_file(rel, source);
    return judge_file(slug, rel, j);
}

static void release(judgement *j)
{
    judgement_release(j);
    problem_release(loaded);
    free(loaded);
    loaded = NULL;
}

static verdict verdict_of(const char *source, char *message, size_t size)
{
    judgement j;
    verdict v = judge_source("sum", source, &j);
    if (message) {
        snprintf(message, size, "%s",
                 j.first_failure >= 0 ? j.mine[j.first_failure].message : j.note);
    }
    release(&j);
    return v;
}

#define SUM_MAIN "long s=0,x;while(scanf(\"%ld\",&x)==1)s+=x;"

START_TEST(correct_program_is_accepted_and_compared)
{
    judgement j;
    ck_assert_int_eq(judge_source("sum",
                                  "#include <stdio.h>\nint main(void){" SUM_MAIN
                                  "printf(\"%ld\\n\",s);return 0;}\n",
                                  &j),
                     VERDICT_AC);
    ck_assert_int_eq(j.passed, 2);
    ck_assert(j.reference_ok);
    ck_assert(j.ref[0].ran && j.ref[1].ran);
    ck_assert_int_eq(j.ref[1].v, VERDICT_AC);
    release(&j);
}
END_TEST

/* With a memo (judge watch), the reference runs once per test: a second
 * judgement takes its results, which give the same verdicts; a test whose
 * input changed runs the reference again, and its new answer is the expected
 * one. */
START_TEST(a_memo_runs_the_reference_once_while_nothing_changes)
{
    write_file("workspace/sum.tests/03-mine.in", "4 5\n"); /* the reference's answer: 9 */
    const char *sum = "#include <stdio.h>\nint main(void){" SUM_MAIN "printf(\"%ld\\n\",s);}\n";
    write_file("mine.c", sum);
    char path[512], box[512], custom[512];
    snprintf(path, sizeof path, "%s/mine.c", root);
    snprintf(box, sizeof box, "%s", KIT_BOX);
    snprintf(custom, sizeof custom, "%s/workspace/sum.tests", root);
    problem p;
    ck_assert_int_eq(problem_load(root, build, "sum", &p), 0);
    ck_assert_int_eq(problem_add_custom(&p, custom), 0);
    ck_assert_int_eq(fs_mkdir_p(cache), 0);
    session_memo *memo = session_memo_new();
    ck_assert_ptr_nonnull(memo);
    session_config cfg = {.build = build, .cache = cache, .box = box, .jobs = 2, .memo = memo};
    plan pl;
    plan_init(&pl, &p);
    pl.compare = true;
    judgement j;
    for (int round = 0; round < 2; round++) {
        ck_assert_int_eq(session_judge(&cfg, &pl, path, "mine.c", &j), 0);
        ck_assert_int_eq(j.v, VERDICT_AC);
        ck_assert_uint_eq(j.passed, 3);
        for (size_t i = 0; i < 3; i++)
            ck_assert(j.ref[i].ran && j.ref[i].v == VERDICT_AC);
        ck_assert_uint_eq(session_memo_hits(memo), round == 0 ? 0 : 3);
        judgement_release(&j);
    }
    /* the learner edits their test: its reference run is no longer the same */
    write_file("workspace/sum.tests/03-mine.in", "4 6\n");
    ck_assert_int_eq(session_judge(&cfg, &pl, path, "mine.c", &j), 0);
    ck_assert_uint_eq(session_memo_hits(memo), 5);
    ck_assert_int_eq(j.v, VERDICT_AC);
    size_t mine_test = 0;
    while (mine_test < j.total && pl.tests[mine_test].group != TEST_CUSTOM)
        mine_test++;
    ck_assert_uint_lt(mine_test, j.total);
    ck_assert_str_eq(j.ref[mine_test].answer.data, "10\n");
    judgement_release(&j);
    session_memo_free(memo);
    problem_release(&p);
}
END_TEST

START_TEST(unchanged_file_is_not_recompiled)
{
    const char *src = "#include <stdio.h>\nint main(void){" SUM_MAIN
                      "printf(\"%ld\\n\",s);return 0;}\n/* cache */\n";
    judgement j;
    write_file("same.c", src);
    judge_file("sum", "same.c", &j);
    ck_assert(j.compile.ok && !j.compile.cached);
    release(&j);
    judge_file("sum", "same.c", &j);
    ck_assert(j.compile.ok && j.compile.cached);
    release(&j);
}
END_TEST

START_TEST(wrong_answer_stops_at_first_failure)
{
    judgement j;
    ck_assert_int_eq(judge_source("sum", "#include <stdio.h>\nint main(void){puts(\"6\");}\n", &j),
                     VERDICT_WA);
    ck_assert_int_eq(j.passed, 1);
    ck_assert_int_eq(j.first_failure, 1);
    ck_assert_ptr_nonnull(strstr(j.mine[1].message, "expected '30'"));
    release(&j);
}
END_TEST

START_TEST(compile_error_keeps_gcc_positions_with_the_learners_path)
{
    judgement j;
    ck_assert_int_eq(judge_source("sum", "int main(void) { return x; }\n", &j), VERDICT_CE);
    ck_assert_ptr_nonnull(strstr(j.compile.log, "attempt"));
    ck_assert_ptr_nonnull(strstr(j.compile.log, ".c:1:"));
    ck_assert_ptr_null(strstr(j.compile.log, root)); /* not the absolute path */
    release(&j);
}
END_TEST

START_TEST(spin_is_time_limit_exceeded)
{
    ck_assert_int_eq(verdict_of("int main(void){for(volatile int i=0;;i++);}\n", NULL, 0),
                     VERDICT_TLE);
}
END_TEST

START_TEST(sleep_is_time_limit_exceeded_by_wall_clock)
{
    char msg[512];
    ck_assert_int_eq(
        verdict_of("#include <unistd.h>\nint main(void){sleep(30);return 0;}\n", msg, sizeof msg),
        VERDICT_TLE);
    ck_assert_ptr_nonnull(strstr(msg, "wall-clock"));
}
END_TEST

START_TEST(touching_memory_is_memory_limit_exceeded)
{
    ck_assert_int_eq(verdict_of("#include <stdlib.h>\n#include <string.h>\nint main(void){"
                                "for(;;){char*p=malloc(1<<20);if(!p)return 1;"
                                "memset(p,1,1<<20);}}\n",
                                NULL, 0),
                     VERDICT_MLE);
}
END_TEST

START_TEST(segfault_is_runtime_error_naming_the_signal)
{
    char msg[512];
    ck_assert_int_eq(
        verdict_of("int main(void){volatile int*p=0;*p=1;return 0;}\n", msg, sizeof msg),
        VERDICT_RE);
    ck_assert_ptr_nonnull(strstr(msg, "SIGSEGV"));
}
END_TEST

START_TEST(exit_status_is_runtime_error)
{
    char msg[512];
    ck_assert_int_eq(verdict_of("int main(void){return 3;}\n", msg, sizeof msg), VERDICT_RE);
    ck_assert_ptr_nonnull(strstr(msg, "status 3"));
}
END_TEST

START_TEST(flood_is_output_limit_exceeded)
{
    ck_assert_int_eq(
        verdict_of("#include <stdio.h>\nint main(void){for(;;)puts(\"6\");}\n", NULL, 0),
        VERDICT_OLE);
}
END_TEST

START_TEST(right_answer_then_flood_is_not_accepted)
{
    ck_assert_int_eq(verdict_of("#include <stdio.h>\nint main(void){" SUM_MAIN
                                "printf(\"%ld\\n\",s);for(;;)putchar(' ');}\n",
                                NULL, 0),
                     VERDICT_OLE);
}
END_TEST

START_TEST(endless_stderr_does_not_harm_the_verdict)
{
    /* 4 MB of stderr in 4 KB writes, far past what is kept, then the right answer */
    judgement j;
    ck_assert_int_eq(
        judge_source("sum",
                     "#include <stdio.h>\nint main(void){" SUM_MAIN
                     "static char e[4096];for(int i=0;i<1024;i++)fwrite(e,1,sizeof e,stderr);"
                     "printf(\"%ld\\n\",s);return 0;}\n",
                     &j),
        VERDICT_AC);
    ck_assert_uint_ge(j.mine[0].err_total, 1u << 22);
    ck_assert_uint_le(j.mine[0].err.len, 64u << 10);
    release(&j);
}
END_TEST

START_TEST(fork_is_denied)
{
    /* the program tells what it saw: exit 0 (fork failed) is the answer "6" */
    ck_assert_int_eq(verdict_of("#include <stdio.h>\n#include <unistd.h>\nint main(void){"
                                "pid_t p=fork();if(p==0)_exit(0);" SUM_MAIN
                                "if(p<0)printf(\"%ld\\n\",s);else puts(\"forked\");return 0;}\n",
                                NULL, 0),
                     VERDICT_AC);
}
END_TEST

START_TEST(network_is_denied)
{
    ck_assert_int_eq(verdict_of("#include <stdio.h>\n#include <sys/socket.h>\nint main(void){"
                                "int fd=socket(AF_INET,SOCK_STREAM,0);" SUM_MAIN
                                "if(fd<0)printf(\"%ld\\n\",s);else puts(\"socket\");return 0;}\n",
                                NULL, 0),
                     VERDICT_AC);
}
END_TEST

START_TEST(whitespace_only_difference_is_hinted_by_exact)
{
    make_problem("exact", "exact");
    judgement j;
    ck_assert_int_eq(judge_source("exact",
                                  "#include <stdio.h>\nint main(void){" SUM_MAIN
                                  "printf(\"%ld \\n\",s);return 0;}\n",
                                  &j),
                     VERDICT_WA);
    ck_assert(j.mine[0].whitespace_only);
    release(&j);
}
END_TEST

static void make_custom_problem(const char *checker_source)
{
    make_problem("custom", "custom");
    write_file("checker-src.c", checker_source);
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "mkdir -p %s/problems/custom && cc -O2 -o %s/problems/custom/checker %s/checker-src.c",
             build, build, root);
    ck_assert_int_eq(system(cmd), 0);
}

START_TEST(custom_checker_accepts_and_rejects)
{
    make_custom_problem(
        "#include <stdio.h>\nint main(int c,char**v){FILE*a=fopen(v[2],\"r\");"
        "long e,g;if(fscanf(a,\"%ld\",&e)!=1)return 1;"
        "if(scanf(\"%ld\",&g)==1&&g==e)return 42;"
        "char p[512];snprintf(p,sizeof p,\"%s/judgemessage.txt\",v[3]);"
        "FILE*m=fopen(p,\"w\");fprintf(m,\"not the sum\\n\");fclose(m);return 43;}\n");
    judgement j;
    ck_assert_int_eq(judge_source("custom",
                                  "#include <stdio.h>\nint main(void){" SUM_MAIN
                                  "printf(\"%ld\\n\",s);return 0;}\n",
                                  &j),
                     VERDICT_AC);
    release(&j);
    ck_assert_int_eq(judge_source("custom", "int main(void){return 0;}\n", &j), VERDICT_WA);
    ck_assert_str_eq(j.mine[0].message, "not the sum");
    release(&j);
}
END_TEST

START_TEST(crashing_checker_is_internal_error)
{
    make_custom_problem("#include <signal.h>\nint main(void){raise(SIGSEGV);return 0;}\n");
    judgement j;
    ck_assert_int_eq(judge_source("custom",
                                  "#include <stdio.h>\nint main(void){" SUM_MAIN
                                  "printf(\"%ld\\n\",s);return 0;}\n",
                                  &j),
                     VERDICT_IE);
    ck_assert_ptr_nonnull(strstr(j.mine[0].message, "checker"));
    release(&j);
}
END_TEST

START_TEST(checker_with_unknown_exit_is_internal_error)
{
    make_custom_problem("int main(void){return 7;}\n");
    judgement j;
    ck_assert_int_eq(judge_source("custom", "int main(void){return 0;}\n", &j), VERDICT_IE);
    release(&j);
}
END_TEST

START_TEST(sanitizer_turns_an_out_of_bounds_write_into_re_at_its_line)
{
    /* a write past a heap block that does not crash a normal build */
    const char *src = "#include <stdio.h>\n#include <stdlib.h>\nint main(void){\n"
                      "  int *t = malloc(4 * sizeof *t);\n"
                      "  long s = 0, x; int n = 0;\n"
                      "  while (scanf(\"%ld\", &x) == 1) { s += x; n++; }\n"
                      "  t[n + 4] = 1;\n"
                      "  printf(\"%ld\\n\", s + t[0] * 0);\n  free(t);\n  return 0;\n}\n";
    judgement j;
    ck_assert_int_eq(judge_source("sum", src, &j), VERDICT_AC);
    release(&j);
    problem p;
    ck_assert_int_eq(problem_load(root, build, "sum", &p), 0);
    session_config cfg = {.build = build, .cache = cache, .box = KIT_BOX, .jobs = 2};
    plan pl;
    plan_init(&pl, &p);
    pl.sanitize = true;
    write_file("oob.c", src);
    char path[512];
    snprintf(path, sizeof path, "%s/oob.c", root);
    ck_assert_int_eq(session_judge(&cfg, &pl, path, "oob.c", &j), 0);
    ck_assert_int_eq(j.v, VERDICT_RE);
    ck_assert(j.sanitized);
    ck_assert_ptr_nonnull(strstr(j.mine[0].message, "oob.c:7"));
    ck_assert_ptr_nonnull(strstr(j.mine[0].message, "Sanitizer"));
    judgement_release(&j);
    problem_release(&p);
}
END_TEST

/* The history's CPU time of an attempt: the learner's runs that ran, and no other */
START_TEST(cpu_time_sums_the_runs_that_ran)
{
    test_outcome mine[3] = {
        {.ran = true, .cpu_ms = 5}, {.ran = true, .cpu_ms = 8}, {.ran = false, .cpu_ms = 100}};
    test_outcome ref[3] = {{.ran = true, .cpu_ms = 1000}};
    judgement j = {.plan = {.ntests = 3}, .mine = mine, .ref = ref};
    ck_assert_int_eq(judgement_cpu_ms(&j), 13);
    j.plan.ntests = 1;
    ck_assert_int_eq(judgement_cpu_ms(&j), 5);
}
END_TEST

START_TEST(unusable_source_is_an_input_error)
{
    problem p;
    ck_assert_int_eq(problem_load(root, build, "sum", &p), 0);
    session_config cfg = {.build = build, .cache = cache, .box = KIT_BOX, .jobs = 1};
    plan pl;
    plan_init(&pl, &p);
    judgement j;
    write_file("empty.c", "");
    char path[512];
    snprintf(path, sizeof path, "%s/empty.c", root);
    ck_assert_int_eq(fs_mkdir_p(cache), 0);
    ck_assert_int_eq(session_judge(&cfg, &pl, path, "empty.c", &j), ERR_INPUT);
    judgement_release(&j);
    FILE *f = fopen(path, "wb");
    fwrite("int\0main", 1, 8, f);
    fclose(f);
    ck_assert_int_eq(session_judge(&cfg, &pl, path, "binary.c", &j), ERR_INPUT);
    judgement_release(&j);
    problem_release(&p);
}
END_TEST

/* What a renderer is told (session_config.on_test), in order. */
typedef struct {
    size_t order[8], n;
    bool complete;     /* each test told had finished, with every one before it */
    bool stop_at_told; /* Ctrl-C as the first test is told */
} told;

static void on_test(const judgement *j, size_t i, void *data)
{
    told *t = data;
    for (size_t k = 0; k <= i; k++)
        t->complete = t->complete && j->mine[k].ran && j->ref[k].ran;
    if (t->n < 8)
        t->order[t->n++] = i;
    if (t->stop_at_told)
        raise(SIGINT);
}

/* Judges source on the sum problem, with a renderer told of each test. */
static int judge_told(const char *source, bool all, told *t, judgement *j)
{
    static int counter;
    char rel[64], path[512];
    snprintf(rel, sizeof rel, "told%d.c", counter++);
    write_file(rel, source);
    snprintf(path, sizeof path, "%s/%s", root, rel);
    problem *p = malloc(sizeof *p);
    ck_assert_int_eq(problem_load(root, build, "sum", p), 0);
    loaded = p;
    ck_assert_int_eq(fs_mkdir_p(cache), 0);
    session_config cfg = {.build = build,
                          .cache = cache,
                          .box = KIT_BOX,
                          .jobs = 2,
                          .on_test = on_test,
                          .on_test_data = t};
    plan pl;
    plan_init(&pl, p);
    pl.compare = true;
    pl.all = all;
    t->complete = true;
    return session_judge(&cfg, &pl, path, rel, j);
}

/* Issue 11, item 2: the first test is slow, the second fast, on two boxes: the
 * second finishes first but is told after the first, each once, with its
 * reference run done. */
START_TEST(tests_are_told_in_order_as_each_prefix_finishes)
{
    told t = {0};
    judgement j;
    ck_assert_int_eq(judge_told("#include <stdio.h>\n#include <unistd.h>\nint main(void){" SUM_MAIN
                                "if(s==6)usleep(300000);printf(\"%ld\\n\",s);return 0;}\n",
                                false, &t, &j),
                     0);
    ck_assert_int_eq(j.v, VERDICT_AC);
    ck_assert_int_eq(t.n, 2);
    ck_assert_int_eq(t.order[0], 0);
    ck_assert_int_eq(t.order[1], 1);
    ck_assert(t.complete);
    release(&j);
    /* after a failure (no --all) the tests past it are not told */
    t = (told){0};
    ck_assert_int_eq(
        judge_told("#include <stdio.h>\nint main(void){puts(\"7\");}\n", false, &t, &j), 0);
    ck_assert_int_eq(j.v, VERDICT_WA);
    ck_assert_int_eq(t.n, 1);
    release(&j);
}
END_TEST

/* Ctrl-C as the first test is told (the second sleeps until the wall limit):
 * the judging stops, the first test stays told and judged, nothing else is told. */
START_TEST(an_interrupt_keeps_the_tests_told)
{
    told t = {.stop_at_told = true};
    judgement j;
    ck_assert_int_eq(judge_told("#include <stdio.h>\n#include <unistd.h>\nint main(void){" SUM_MAIN
                                "if(s!=6)sleep(30);printf(\"%ld\\n\",s);return 0;}\n",
                                true, &t, &j),
                     ERR_INTERRUPTED);
    ck_assert_int_eq(t.n, 1);
    ck_assert_int_eq(t.order[0], 0);
    ck_assert(j.mine[0].ran && j.mine[0].v == VERDICT_AC);
    release(&j);
}
END_TEST

/* Issue 11, item 3: with --all the overall verdict is the worst by precedence
 * (a TLE after a WA is TLE), the first failure still the first; without --all
 * the judging stops at the WA. */
START_TEST(with_all_the_worst_verdict_wins)
{
    const char *src = "#include <stdio.h>\nint main(void){" SUM_MAIN
                      "if(s==6){puts(\"7\");return 0;}for(volatile int i=0;;i++);}\n";
    told t = {0};
    judgement j;
    ck_assert_int_eq(judge_told(src, true, &t, &j), 0);
    ck_assert_int_eq(j.v, VERDICT_TLE);
    ck_assert_int_eq(j.first_failure, 0);
    ck_assert_int_eq(j.mine[0].v, VERDICT_WA);
    ck_assert_int_eq(j.passed, 0);
    ck_assert_int_eq(j.ran, 2);
    release(&j);
    t = (told){0};
    ck_assert_int_eq(judge_told(src, false, &t, &j), 0);
    ck_assert_int_eq(j.v, VERDICT_WA);
    ck_assert_int_eq(j.ran, 1);
    release(&j);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("session");
    TCase *tc = tcase_create("judging");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, correct_program_is_accepted_and_compared);
    tcase_add_test(tc, cpu_time_sums_the_runs_that_ran);
    tcase_add_test(tc, unchanged_file_is_not_recompiled);
    tcase_add_test(tc, a_memo_runs_the_reference_once_while_nothing_changes);
    tcase_add_test(tc, wrong_answer_stops_at_first_failure);
    tcase_add_test(tc, compile_error_keeps_gcc_positions_with_the_learners_path);
    tcase_add_test(tc, spin_is_time_limit_exceeded);
    tcase_add_test(tc, sleep_is_time_limit_exceeded_by_wall_clock);
    tcase_add_test(tc, touching_memory_is_memory_limit_exceeded);
    tcase_add_test(tc, segfault_is_runtime_error_naming_the_signal);
    tcase_add_test(tc, exit_status_is_runtime_error);
    tcase_add_test(tc, flood_is_output_limit_exceeded);
    tcase_add_test(tc, right_answer_then_flood_is_not_accepted);
    tcase_add_test(tc, endless_stderr_does_not_harm_the_verdict);
    tcase_add_test(tc, fork_is_denied);
    tcase_add_test(tc, network_is_denied);
    tcase_add_test(tc, whitespace_only_difference_is_hinted_by_exact);
    tcase_add_test(tc, custom_checker_accepts_and_rejects);
    tcase_add_test(tc, crashing_checker_is_internal_error);
    tcase_add_test(tc, checker_with_unknown_exit_is_internal_error);
    tcase_add_test(tc, sanitizer_turns_an_out_of_bounds_write_into_re_at_its_line);
    tcase_add_test(tc, unusable_source_is_an_input_error);
    tcase_add_test(tc, tests_are_told_in_order_as_each_prefix_finishes);
    tcase_add_test(tc, an_interrupt_keeps_the_tests_told);
    tcase_add_test(tc, with_all_the_worst_verdict_wins);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
