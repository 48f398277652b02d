/* Benchmarks of the judge as a learner feels it (figures, not tests):
 *  1. per-run overhead: the judge's run path (libuv, a persistent judge-box with
 *     every protection, pipes) vs a bare fork+exec+wait4 of the same static
 *     program, side by side in one process, as medians and a ratio;
 *  2. `judge list` start-up;
 *  3. `judge test` of each pilot's reference with a cold and a warm compile cache;
 *  4. throughput of a whole `judge test` with 1 worker vs every core.
 * usage: bench_judge [runs]   (default 2000 runs for part 1) */
#include "run.h"
#include "sandbox.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

static double bare_run(const char *prog)
{
    double t0 = now_us();
    pid_t pid = fork();
    if (pid == 0) {
        char path[4096];
        snprintf(path, sizeof path, "%s", prog);
        char *argv[] = {path, NULL}, *envp[] = {NULL};
        int devnull = open("/dev/null", 0);
        dup2(devnull, 1);
        execve(prog, argv, envp);
        _exit(127);
    }
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    return now_us() - t0;
}

typedef struct {
    uv_loop_t *loop;
    double t0, elapsed;
    long rss_kb;
    int ok;
} one_run;

static void on_done(run_result *r, void *data)
{
    one_run *o = data;
    o->elapsed = now_us() - o->t0;
    o->rss_kb = r->rec.rss_kb;
    o->ok = r->rec.status == RECORD_OK && r->stream[RUN_STDOUT].len > 0;
    run_result_release(r);
}

static double judged_run(uv_loop_t *loop, sandbox *box, const char *prog, long *rss, int *ok)
{
    const char *argv[] = {prog, NULL};
    run_spec spec = {.box = box,
                     .argv = argv,
                     .profile = "run",
                     .dir = "/tmp",
                     .cpu_ms = 1000,
                     .wall_ms = 3500,
                     .mem_kb = 262144,
                     .fsize_kb = 1024,
                     .nstreams = 4,
                     .cap = {65536, 65536, 65536, 4096},
                     .hard_cap = {false, false, true, false}};
    one_run o = {.loop = loop, .t0 = now_us()};
    if (run_start(loop, &spec, on_done, &o) < 0)
        return -1;
    while (o.elapsed == 0)
        uv_run(loop, UV_RUN_ONCE);
    *rss = o.rss_kb;
    *ok = o.ok;
    return o.elapsed;
}

static void per_run_overhead(int runs)
{
    const char *prog = KIT_BUILD_DIR "/tests/fixtures/hello";
    if (access(prog, X_OK) != 0) {
        printf("per-run: '%s' is missing (build the tests)\n", prog);
        return;
    }
    uv_loop_t *loop = uv_default_loop();
    sandbox *box;
    if (sandbox_start(loop, KIT_BUILD_DIR "/judge-box", &box) < 0)
        return;
    double *bare = calloc((size_t)runs, sizeof *bare),
           *judged = calloc((size_t)runs, sizeof *judged);
    long rss = 0;
    int ok = 1, all_ok = 1;
    for (int i = 0; i < 50; i++) { /* warm-up */
        bare_run(prog);
        judged_run(loop, box, prog, &rss, &ok);
    }
    for (int i = 0; i < runs; i++) { /* interleaved, so load hits both alike */
        bare[i] = bare_run(prog);
        judged[i] = judged_run(loop, box, prog, &rss, &ok);
        all_ok &= ok;
    }
    double b = median(bare, runs), j = median(judged, runs);
    printf("per-run (median of %d, interleaved):\n", runs);
    printf("  bare fork+exec+wait4 of a static program   %8.1f us\n", b);
    printf("  judge run path (box, every protection)     %8.1f us   ratio %.2fx (target <= 1.5x)\n",
           j, j / b);
    printf("  peak RSS the box records for it            %8ld KB   %s\n", rss,
           all_ok ? "(every run OK)" : "(SOME RUNS FAILED)");
    sandbox_close(box);
    uv_run(loop, UV_RUN_DEFAULT);
    free(bare);
    free(judged);
}

static double time_command(const char *cmd)
{
    double t0 = now_us();
    int rc = system(cmd);
    double t = now_us() - t0;
    return rc == -1 ? -1 : t;
}

static void startup(void)
{
    double t[51];
    for (int i = 0; i < 51; i++)
        t[i] = time_command("'" KIT_BUILD_DIR "/judge' list > /dev/null");
    double sh[51];
    for (int i = 0; i < 51; i++)
        sh[i] = time_command("true");
    printf("judge list start-up: median %.2f ms (of which the shell that starts it: %.2f ms; "
           "target < 10 ms)\n",
           median(t, 51) / 1000, median(sh, 51) / 1000);
}

static void warm_cold(void)
{
    const char *slugs[] = {"lcs", "subarray-sum-k", "lru-cache", "dijkstra"};
    printf("judge test <pilot> reference (compile cache cold vs warm, wall ms):\n");
    for (size_t i = 0; i < sizeof slugs / sizeof *slugs; i++) {
        char cmd[2048];
        snprintf(cmd, sizeof cmd,
                 "rm -rf /tmp/bench-cache && '%s/judge' test %s '%s/solutions/%s/reference.c' "
                 "--cache /tmp/bench-cache > /dev/null 2>&1",
                 KIT_BUILD_DIR, slugs[i], KIT_SOURCE_DIR, slugs[i]);
        double cold = time_command(cmd);
        snprintf(cmd, sizeof cmd,
                 "'%s/judge' test %s '%s/solutions/%s/reference.c' --cache /tmp/bench-cache "
                 "> /dev/null 2>&1",
                 KIT_BUILD_DIR, slugs[i], KIT_SOURCE_DIR, slugs[i]);
        double warm = time_command(cmd);
        printf("  %-16s cold %7.0f   warm %7.0f   saved %.0f ms (compiles of the file and "
               "the reference)\n",
               slugs[i], cold / 1000, warm / 1000, (cold - warm) / 1000);
    }
}

static void throughput(void)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    char cmd[2048];
    double t[2];
    for (int k = 0; k < 2; k++) {
        snprintf(cmd, sizeof cmd,
                 "'%s/judge' test lcs '%s/solutions/lcs/reference.c' --jobs %ld > /dev/null "
                 "2>&1",
                 KIT_BUILD_DIR, KIT_SOURCE_DIR, k == 0 ? 1L : cores);
        time_command(cmd); /* warm the cache */
        t[k] = time_command(cmd);
    }
    printf("throughput, judge test lcs (reference + comparison runs): 1 worker %.0f ms, %ld "
           "workers %.0f ms: %.2fx faster\n",
           t[0] / 1000, cores, t[1] / 1000, t[0] / t[1]);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 2000;
    if (runs < 10)
        runs = 10;
    per_run_overhead(runs);
    startup();
    warm_cold();
    throughput();
    return 0;
}
