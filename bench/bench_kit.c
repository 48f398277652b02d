/* Benchmark of the kit script's start-up (figures, not a test): `./kit list` when
 * nothing changed since the last build (the fast path: one find over the sources,
 * then the judge) next to `build/judge list` alone, interleaved, as medians; then
 * the slow path the fast one replaces (the package check and a cmake build that
 * does nothing), forced by removing the build's stamp.
 * usage: bench_kit [runs]   (default 31 runs of each fast command, 5 slow) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
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

/* Wall time of a shell command in ms, or -1 when it fails. */
static double time_command(const char *cmd)
{
    double t0 = now_ms();
    int rc = system(cmd);
    double t = now_ms() - t0;
    return rc == 0 ? t : -1;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 31;
    if (runs < 1 || runs > 10000) {
        fprintf(stderr, "bench_kit: runs must be 1 to 10000, not '%s'\n", argv[1]);
        return 2;
    }
    /* the kit builds this very tree, whichever build directory it is */
    setenv("KIT_BUILD_DIR", KIT_BUILD_DIR, 1);
    const char *kit = "'" KIT_SOURCE_DIR "/kit' list > /dev/null";
    const char *judge = "'" KIT_BUILD_DIR "/judge' list > /dev/null";
    const char *stamp = KIT_BUILD_DIR "/kit-build.stamp";

    double first = time_command(kit); /* builds when something changed */
    if (first < 0) {
        fprintf(stderr, "bench_kit: ./kit list failed\n");
        return 1;
    }
    double *k = calloc((size_t)runs, sizeof *k), *j = calloc((size_t)runs, sizeof *j);
    double *sh = calloc((size_t)runs, sizeof *sh);
    if (!k || !j || !sh)
        return 1;
    for (int i = 0; i < runs; i++) {
        k[i] = time_command(kit);
        j[i] = time_command(judge);
        sh[i] = time_command("true");
        if (k[i] < 0 || j[i] < 0) {
            fprintf(stderr, "bench_kit: a command failed\n");
            return 1;
        }
    }
    double mk = median(k, runs), mj = median(j, runs), msh = median(sh, runs);
    printf("./kit list, nothing changed (first call: %.0f ms): median %.1f ms of %d "
           "(target < 100 ms)\n",
           first, mk, runs);
    printf("build/judge list alone: median %.1f ms; the kit adds %.1f ms (%.1fx); "
           "the shell that starts each: %.1f ms\n",
           mj, mk - mj, mj > 0 ? mk / mj : 0.0, msh);

    int slow_runs = 5;
    double slow[5];
    for (int i = 0; i < slow_runs; i++) {
        unlink(stamp);
        slow[i] = time_command(kit);
        if (slow[i] < 0) {
            fprintf(stderr, "bench_kit: ./kit list without its stamp failed\n");
            return 1;
        }
    }
    double ms = median(slow, slow_runs);
    printf("./kit list with the stamp removed (package check and a no-op cmake build): "
           "median %.0f ms of %d, %.0fx the fast path\n",
           ms, slow_runs, mk > 0 ? ms / mk : 0.0);
    free(k);
    free(j);
    free(sh);
    return 0;
}
