/* Save-to-verdict latency of `judge watch` (figures, not a test). The real judge
 * runs in process: watch_run() with a callback that calls session_judge() on a
 * pilot (the reference's compile cached after the first judgement). A writer
 * thread saves the learner's file N times as editors do (a temporary file renamed
 * over it), each save a real change (so each is compiled, as after an edit), the
 * next one only after the previous verdict. Each latency runs from the rename to
 * the end of the judgement and is split into the wait (the file event or the
 * poll, the debounce, reading and hashing the file) and the judging itself
 * (compile, runs, checks), with file events and with polling.
 * usage: bench_watch [saves] [slug]   (default 20 different) */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "session.h"
#include "watch.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { MAX_SAVES = 200 };

typedef struct {
    const session_config *scfg;
    const plan *pl;
    const char *path, *reference;
    int saves, keys; /* keys: the write end of the watcher's keys pipe */
    int round;       /* one per mode, so no save hits the compile cache */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int judged; /* judgements finished (the first is the one at start) */
    int not_accepted;
    double renamed[MAX_SAVES + 1], started[MAX_SAVES + 1], ended[MAX_SAVES + 1];
    double compiled[MAX_SAVES + 1]; /* of the judging: compiling the saved file */
} bench;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int judge_once(void *data)
{
    bench *b = data;
    int i = b->judged;
    double t0 = now_ms();
    judgement j;
    int rc = session_judge(b->scfg, b->pl, b->path, "bench.c", &j);
    bool accepted = rc == 0 && j.v == VERDICT_AC;
    double compile_ms = rc == 0 ? (double)j.compile.ms : 0;
    judgement_release(&j);
    double t1 = now_ms();
    pthread_mutex_lock(&b->mu);
    if (i <= MAX_SAVES) {
        b->started[i] = t0;
        b->ended[i] = t1;
        b->compiled[i] = compile_ms;
    }
    b->not_accepted += !accepted;
    b->judged++;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    return rc == ERR_INTERRUPTED || rc == ERR_NOMEM ? rc : 0;
}

/* Waits until n judgements are done; false after 20 s (a save that was missed). */
static bool wait_judged(bench *b, int n)
{
    struct timespec limit;
    clock_gettime(CLOCK_REALTIME, &limit);
    limit.tv_sec += 20;
    pthread_mutex_lock(&b->mu);
    int rc = 0;
    while (b->judged < n && rc == 0)
        rc = pthread_cond_timedwait(&b->cv, &b->mu, &limit);
    bool ok = b->judged >= n;
    pthread_mutex_unlock(&b->mu);
    return ok;
}

static void save(const bench *b, int i)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s.tmp", b->path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    fprintf(f, "%s\n/* round %d, save %d */\n", b->reference, b->round, i);
    fclose(f);
}

static void *writer(void *data)
{
    bench *b = data;
    unsigned seed = 12345;
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s.tmp", b->path);
    for (int i = 1; i <= b->saves; i++) {
        if (!wait_judged(b, i)) {
            fprintf(stderr, "bench_watch: save %d was never judged\n", i - 1);
            break;
        }
        /* a pause as a learner's, random so the saves fall anywhere in a poll */
        usleep((useconds_t)(50 + rand_r(&seed) % 200) * 1000);
        save(b, i);
        b->renamed[i] = now_ms();
        if (rename(tmp, b->path) < 0)
            perror("bench_watch: rename");
    }
    wait_judged(b, b->saves + 1);
    if (write(b->keys, "q", 1) != 1)
        perror("bench_watch: write");
    return NULL;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, c = *(const double *)y;
    return (a > c) - (a < c);
}

static double percentile(double *v, int n, int p)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    int k = (n * p + 99) / 100 - 1;
    return v[k < 0 ? 0 : k];
}

static void measure(const char *label, bench *b, bool poll, int debounce_ms)
{
    int keys[2];
    if (pipe(keys) < 0)
        return;
    pthread_mutex_lock(&b->mu);
    b->judged = 0;
    b->not_accepted = 0;
    pthread_mutex_unlock(&b->mu);
    b->keys = keys[1];
    b->round++;
    save(b, 0);
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s.tmp", b->path);
    rename(tmp, b->path);
    FILE *sink = fopen("/dev/null", "w");
    watch_config cfg = {.path = b->path,
                        .poll = poll,
                        .debounce_ms = debounce_ms,
                        .judge = judge_once,
                        .data = b,
                        .out = sink,
                        .keys_fd = keys[0],
                        .silent = true};
    pthread_t t;
    pthread_create(&t, NULL, writer, b);
    int rc = watch_run(&cfg);
    pthread_join(t, NULL);
    fclose(sink);
    close(keys[0]);
    close(keys[1]);
    int n = b->judged - 1 < b->saves ? b->judged - 1 : b->saves;
    if (rc < 0 || n < 1) {
        printf("  %-30s failed (%d judgements)\n", label, n);
        return;
    }
    double total[MAX_SAVES], wait[MAX_SAVES], judging[MAX_SAVES], compiling[MAX_SAVES];
    for (int i = 0; i < n; i++) {
        total[i] = b->ended[i + 1] - b->renamed[i + 1];
        wait[i] = b->started[i + 1] - b->renamed[i + 1];
        judging[i] = b->ended[i + 1] - b->started[i + 1];
        compiling[i] = b->compiled[i + 1];
    }
    printf("  %-30s %6.0f %6.0f   %6.0f %6.0f   %6.0f %6.0f   %6.0f %6.0f  %s\n", label,
           percentile(total, n, 50), percentile(total, n, 90), percentile(wait, n, 50),
           percentile(wait, n, 90), percentile(judging, n, 50), percentile(judging, n, 90),
           percentile(compiling, n, 50), percentile(compiling, n, 90),
           b->not_accepted ? "(SOME NOT ACCEPTED)" : "");
}

int main(int argc, char **argv)
{
    int saves = argc > 1 ? atoi(argv[1]) : 20;
    const char *slug = argc > 2 ? argv[2] : "different";
    if (saves < 1 || saves > MAX_SAVES) {
        fprintf(stderr, "usage: bench_watch [saves 1..%d] [slug]\n", MAX_SAVES);
        return 2;
    }
    char root[] = "/tmp/bench-watch-XXXXXX";
    if (!mkdtemp(root))
        return 3;
    char path[512], cache[512], ref_path[512], box[512];
    snprintf(path, sizeof path, "%s/%s.c", root, slug);
    snprintf(cache, sizeof cache, "%s/cache", root);
    snprintf(ref_path, sizeof ref_path, "%s/solutions/%s/reference.c", KIT_SOURCE_DIR, slug);
    snprintf(box, sizeof box, "%s/judge-box", KIT_BUILD_DIR);
    problem prob;
    buf ref = BUF_INIT;
    if (problem_load(KIT_SOURCE_DIR, KIT_BUILD_DIR, slug, &prob) < 0 ||
        fs_read_file(ref_path, 1 << 20, ERR_INPUT, &ref) < 0 || fs_mkdir_p(cache) < 0)
        return 3;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    session_config scfg = {
        .build = KIT_BUILD_DIR, .cache = cache, .box = box, .jobs = cores > 0 ? (int)cores : 1};
    plan pl; /* as `judge watch` judges: every test, with the comparison */
    plan_init(&pl, &prob);
    pl.compare = true;
    bench b = {.scfg = &scfg,
               .pl = &pl,
               .path = path,
               .reference = ref.data,
               .saves = saves,
               .mu = PTHREAD_MUTEX_INITIALIZER,
               .cv = PTHREAD_COND_INITIALIZER};
    printf("judge watch, save-to-verdict latency: %s, %d saves by rename, each a change "
           "(compiled),\n%ld jobs, the reference's compile cached; ms from the rename:\n",
           slug, saves, scfg.jobs < 1 ? 1L : (long)scfg.jobs);
    printf("  %-30s %6s %6s   %6s %6s   %6s %6s   %6s %6s\n", "", "total", "", "wait", "",
           "judging", "", "(compile", "of it)");
    printf("  %-30s %6s %6s   %6s %6s   %6s %6s   %6s %6s\n", "mode", "p50", "p90", "p50", "p90",
           "p50", "p90", "p50", "p90");
    char label[64];
    snprintf(label, sizeof label, "file events, debounce %d", WATCH_DEBOUNCE_MS);
    measure(label, &b, false, WATCH_DEBOUNCE_MS);
    snprintf(label, sizeof label, "polling %d ms, debounce %d", WATCH_POLL_MS, WATCH_DEBOUNCE_MS);
    measure(label, &b, true, WATCH_DEBOUNCE_MS);
    measure("file events, debounce 10", &b, false, 10);
    /* as `judge watch` judges: the reference's results kept across saves */
    scfg.memo = session_memo_new();
    snprintf(label, sizeof label, "events, %d, reference kept", WATCH_DEBOUNCE_MS);
    measure(label, &b, false, WATCH_DEBOUNCE_MS);
    session_memo_free(scfg.memo);
    printf("wait = the event or the poll + the debounce + reading the file; judging = "
           "session_judge(),\nof which compiling the saved file (the rest: runs, checks, the "
           "reference's runs)\n");
    buf_release(&ref);
    problem_release(&prob);
    fs_remove_tree(root);
    return 0;
}
