/* Benchmarks of `judge stress` (figures, not tests):
 *  1. a package tool's cost per input: the generator then the validator on small
 *     inputs, one process each (tool_run) vs their batch forms (toolbatch_run),
 *     on one core, as microseconds per input and a ratio;
 *  2. inputs judged per second by `judge stress` on each pilot's reference, with
 *     every core, the median of RUNS runs and their range, as a share of the
 *     target of 1000 small inputs a second on 2 cores; the whole command is
 *     timed, its start and its first small batches included.
 * usage: bench_stress [inputs]   (default 3000 for part 2; part 1 uses 256) */
#include "err.h"
#include "fsutil.h"
#include "tool.h"
#include "toolbatch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { TOOL_INPUTS = 256, RUNS = 3, TARGET_PER_S = 1000 };

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct {
    char seed[16], size[16], mode[16];
    char *args[4];
    char *in;
} spec;

static void make_specs(spec *s, const char *scratch)
{
    for (int k = 0; k < TOOL_INPUTS; k++) {
        snprintf(s[k].seed, sizeof s[k].seed, "%d", k + 1);
        snprintf(s[k].size, sizeof s[k].size, "%d", 1 + k % 20);
        snprintf(s[k].mode, sizeof s[k].mode, "random");
        s[k].args[0] = s[k].seed;
        s[k].args[1] = s[k].size;
        s[k].args[2] = s[k].mode;
        s[k].args[3] = NULL;
        char name[32];
        snprintf(name, sizeof name, "%d.in", k);
        s[k].in = fs_join(scratch, name);
    }
}

/* Seconds for generating and validating every input, one process per call. */
static double each_process(char *gen, char *validator, spec *s)
{
    double t0 = now_s();
    for (int k = 0; k < TOOL_INPUTS; k++) {
        char *gargv[] = {gen, s[k].seed, s[k].size, s[k].mode, NULL};
        char *vargv[] = {validator, NULL};
        tool_spec g = {.argv = gargv, .in_fd = -1, .out_path = s[k].in};
        tool_spec v = {.argv = vargv, .in_fd = -1, .in_path = s[k].in};
        tool_result r;
        if (tool_run(&g, &r) < 0 || r.code != 0 || tool_run(&v, &r) < 0 || r.code != 42)
            return -1;
    }
    return now_s() - t0;
}

/* The same through the batch forms, one process for each tool. */
static double batched(const char *gen_batch, const char *validator_batch, spec *s,
                      const char *scratch)
{
    toolbatch_job gen_jobs[TOOL_INPUTS], val_jobs[TOOL_INPUTS];
    static char *no_args[] = {NULL};
    static tool_result r[TOOL_INPUTS];
    for (int k = 0; k < TOOL_INPUTS; k++) {
        gen_jobs[k] = (toolbatch_job){.args = s[k].args, .out_path = s[k].in};
        val_jobs[k] = (toolbatch_job){.args = no_args, .in_path = s[k].in};
    }
    double t0 = now_s();
    if (toolbatch_run(gen_batch, scratch, gen_jobs, TOOL_INPUTS, 1, 10000, 1 << 20, r) < 0 ||
        toolbatch_run(validator_batch, scratch, val_jobs, TOOL_INPUTS, 1, 10000, 1 << 20, r) < 0)
        return -1;
    double t = now_s() - t0;
    for (int k = 0; k < TOOL_INPUTS; k++)
        if (r[k].code != 42)
            return -1;
    return t;
}

static void tool_cost(const char *slug)
{
    char gen[1024], validator[1024];
    snprintf(gen, sizeof gen, "%s/problems/%s/gen", KIT_BUILD_DIR, slug);
    snprintf(validator, sizeof validator, "%s/problems/%s/validator", KIT_BUILD_DIR, slug);
    char *gen_batch = toolbatch_path(gen), *validator_batch = toolbatch_path(validator);
    char *scratch = NULL;
    static spec s[TOOL_INPUTS];
    if (!gen_batch || !validator_batch || fs_make_scratch("bench-stress", &scratch) < 0) {
        printf("  %-12s  (no batch forms built)\n", slug);
        goto cleanup;
    }
    make_specs(s, scratch);
    double each = each_process(gen, validator, s);
    double batch = batched(gen_batch, validator_batch, s, scratch);
    if (each < 0 || batch < 0)
        printf("  %-12s  (a tool failed)\n", slug);
    else
        printf("  %-12s  %8.0f us/input  %8.0f us/input  %6.1fx\n", slug, each * 1e6 / TOOL_INPUTS,
               batch * 1e6 / TOOL_INPUTS, each / batch);
    for (int k = 0; k < TOOL_INPUTS; k++)
        free(s[k].in);
cleanup:
    if (scratch)
        fs_remove_tree(scratch);
    free(scratch);
    free(gen_batch);
    free(validator_batch);
}

/* Wall seconds of `judge stress SLUG reference --iterations n --seed 1`, or -1. */
static double stress_seconds(const char *slug, long n)
{
    static char words[10][1024];
    snprintf(words[0], sizeof words[0], "%s/judge", KIT_BUILD_DIR);
    snprintf(words[1], sizeof words[1], "stress");
    snprintf(words[2], sizeof words[2], "%s", slug);
    snprintf(words[3], sizeof words[3], "%s/solutions/%s/reference.c", KIT_SOURCE_DIR, slug);
    snprintf(words[4], sizeof words[4], "--iterations");
    snprintf(words[5], sizeof words[5], "%ld", n);
    snprintf(words[6], sizeof words[6], "--seed");
    snprintf(words[7], sizeof words[7], "1");
    snprintf(words[8], sizeof words[8], "--root");
    snprintf(words[9], sizeof words[9], "%s", KIT_SOURCE_DIR);
    char *argv[11] = {NULL};
    for (int i = 0; i < 10; i++)
        argv[i] = words[i];
    fflush(stdout);
    double t0 = now_s();
    pid_t pid = fork();
    if (pid == 0) {
        setenv("KIT_HISTORY", "off", 1);
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
    return now_s() - t0;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 3000;
    const char *slugs[] = {"lcs", "dijkstra", "expression", "malloc-free"};
    printf("1. generator + validator per input, one core (%d small inputs)\n", TOOL_INPUTS);
    printf("  %-12s  %16s  %16s  %7s\n", "problem", "process each", "batch form", "ratio");
    for (size_t i = 0; i < sizeof slugs / sizeof *slugs; i++)
        tool_cost(slugs[i]);
    printf("\n2. judge stress on the reference, every core (%ld inputs, seed 1, median of %d)\n", n,
           RUNS);
    for (size_t i = 0; i < sizeof slugs / sizeof *slugs; i++) {
        stress_seconds(slugs[i], 50); /* warms the compile cache */
        double rate[RUNS];
        int ok = 1;
        for (int k = 0; k < RUNS && ok; k++) {
            double t = stress_seconds(slugs[i], n);
            ok = t > 0;
            rate[k] = ok ? (double)n / t : 0;
        }
        if (!ok) {
            printf("  %-12s  (stress failed)\n", slugs[i]);
            continue;
        }
        qsort(rate, RUNS, sizeof *rate, by_value);
        printf("  %-12s  %6.0f inputs/s  (%.0f-%.0f)  %4.2fx the target\n", slugs[i],
               rate[RUNS / 2], rate[0], rate[RUNS - 1], rate[RUNS / 2] / TARGET_PER_S);
    }
    return 0;
}
