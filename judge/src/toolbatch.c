/* Batch runs of a package tool (toolbatch.h): the jobs are written as one
 * request file per part, each part is one tool_start() of the batch form, and
 * its reply file is read back into the jobs' outputs and results. */
#include "toolbatch.h"

#include "batch.h"
#include "buf.h"
#include "err.h"
#include "fsutil.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    MAX_PARTS = 16,
    INPUT_LIMIT = 64 << 20,
    BATCH_SLACK_MS = 2000, /* the batch's own work, beyond its jobs' budgets */
};

/* One process of the batch: jobs first, first + step, ... below n, count of
 * them; interleaved, as a stress batch's inputs grow along it and halves would
 * leave one process with the larger ones. */
typedef struct {
    size_t first, step, count;
    char *req, *reply;
    char *feedback; /* its feedback directory, when a job wants one */
    tool t;
    bool started;
} part;

char *toolbatch_path(const char *path)
{
    char *batch = fs_suffixed(path, "-batch");
    if (batch && access(batch, X_OK) == 0)
        return batch;
    free(batch);
    return NULL;
}

/* Appends the file at path to req as BATCH_FILE_FMT and its bytes. */
static int append_file(buf *req, const char *path)
{
    buf file = BUF_INIT;
    int rc = fs_read_file(path, INPUT_LIMIT, ERR_INPUT, &file);
    if (rc == 0)
        rc = buf_appendf(req, BATCH_FILE_FMT, file.len);
    if (rc == 0 && file.len)
        rc = buf_append(req, file.data, file.len);
    buf_release(&file);
    return rc;
}

/* The request of the part's jobs: each header, its arguments, its files, its input. */
static int write_request(const part *pt, const toolbatch_job *jobs)
{
    buf req = BUF_INIT;
    int rc = 0;
    for (size_t j = 0, k = pt->first; rc == 0 && j < pt->count; j++, k += pt->step) {
        const toolbatch_job *jb = &jobs[k];
        buf in = BUF_INIT;
        int nargs = 0;
        while (jb->args[nargs])
            nargs++;
        assert(nargs <= BATCH_MAX_ARGS && jb->nfiles >= 0 && jb->nfiles <= BATCH_MAX_FILES);
        if (!jb->in_data && jb->in_path)
            rc = fs_read_file(jb->in_path, INPUT_LIMIT, ERR_INPUT, &in);
        const char *data = jb->in_data ? jb->in_data : in.data;
        size_t len = jb->in_data ? jb->in_len : in.len;
        if (rc == 0)
            rc = buf_appendf(&req, BATCH_JOB_FMT, len, nargs, jb->nfiles, jb->feedback ? 1 : 0);
        for (int i = 0; rc == 0 && i < nargs; i++) {
            assert(!strchr(jb->args[i], '\n') && strlen(jb->args[i]) <= BATCH_ARG_MAX);
            rc = buf_appendf(&req, "%s\n", jb->args[i]);
        }
        for (int i = 0; rc == 0 && i < jb->nfiles; i++)
            rc = append_file(&req, jb->files[i]);
        if (rc == 0 && len)
            rc = buf_append(&req, data, len);
        buf_release(&in);
    }
    if (rc == 0 && (rc = fs_write_file(pt->req, req.data, req.len, O_TRUNC, 0644)) < 0)
        rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", pt->req, strerror(-rc));
    buf_release(&req);
    return rc;
}

static int start_part(part *pt, const char *batch_path, long cpu_ms, size_t cap)
{
    int rc = pt->feedback ? fs_mkdir_p(pt->feedback) : 0;
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot make '%s': %s", pt->feedback, strerror(-rc));
    char exe[PATH_MAX], cpu[32], wall[32], bytes[32];
    snprintf(exe, sizeof exe, "%s", batch_path);
    snprintf(cpu, sizeof cpu, "%ld", cpu_ms);
    snprintf(wall, sizeof wall, "%ld", tool_wall_ms(cpu_ms));
    snprintf(bytes, sizeof bytes, "%zu", cap);
    char *argv[] = {exe, cpu, wall, bytes, NULL};
    tool_spec spec = {.argv = argv,
                      .in_fd = -1,
                      .in_path = pt->req,
                      .out_path = pt->reply,
                      /* the sum of its jobs' budgets, so that a job is always
                         stopped by its own before the batch is by this one */
                      .cpu_ms = cpu_ms * (long)pt->count + BATCH_SLACK_MS,
                      .wall_ms = tool_wall_ms(cpu_ms) * (long)pt->count + BATCH_SLACK_MS,
                      /* its FEEDBACK_DIR (batch.h), handed to the tool's uid */
                      .files = {pt->feedback},
                      .nfiles = pt->feedback ? 1 : 0};
    rc = tool_start(&spec, &pt->t);
    pt->started = rc == 0;
    return rc;
}

/* What the tool's fork reported, as tool_run() would have for the job alone. */
static void fill_result(tool_result *r, int code, int sig, long cpu, long cpu_ms)
{
    *r = (tool_result){.code = code, .signal = sig, .cpu_ms = cpu_ms};
    r->wall_ms = tool_wall_ms(cpu_ms);
    r->out_of_cpu = sig == SIGXCPU || (sig == SIGKILL && cpu >= cpu_ms);
    r->out_of_wall = sig == BATCH_SIGNAL_WALL;
}

/* Reads part pt's reply into its jobs' outputs and results. */
static int read_reply(const part *pt, const char *batch_path, const toolbatch_job *jobs,
                      long cpu_ms, size_t cap, tool_result *results)
{
    size_t max = pt->count * (cap + 1 + BATCH_LINE_MAX + BATCH_WHY_MAX);
    buf reply = BUF_INIT;
    int rc = fs_read_file(pt->reply, max, ERR_PACKAGE, &reply);
    size_t at = 0;
    for (size_t j = 0, k = pt->first; rc == 0 && j < pt->count; j++, k += pt->step) {
        const char *head = reply.data ? reply.data + at : NULL;
        const char *nl = head ? memchr(head, '\n', reply.len - at) : NULL;
        char line[BATCH_LINE_MAX], tail;
        int code, sig;
        long cpu;
        size_t outlen, whylen;
        if (nl && (size_t)(nl - head) < sizeof line) {
            memcpy(line, head, (size_t)(nl - head));
            line[nl - head] = '\0';
        }
        if (!nl || (size_t)(nl - head) >= sizeof line ||
            sscanf(line, BATCH_DONE_SCAN, &code, &sig, &cpu, &outlen, &whylen, &tail) != 5 ||
            outlen > cap + 1 || whylen > BATCH_WHY_MAX ||
            outlen + whylen > reply.len - at - (size_t)(nl - head) - 1) {
            rc = err_report(ERR_PACKAGE, "the batch tool '%s' answered job %zu out of format",
                            batch_path, k + 1);
            break;
        }
        const char *out = nl + 1;
        fill_result(&results[k], code, sig, cpu, cpu_ms);
        memcpy(results[k].why, out + outlen, whylen);
        results[k].why[whylen] = '\0';
        at = (size_t)(out + outlen + whylen - reply.data);
        int w = jobs[k].out_path ? fs_write_file(jobs[k].out_path, out, outlen, O_TRUNC, 0644) : 0;
        if (w < 0)
            rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", jobs[k].out_path, strerror(-w));
    }
    buf_release(&reply);
    return rc;
}

/* Waits for a started part; a batch tool that fails as a whole is the package's
 * fault. */
static int wait_part(part *pt, const char *batch_path)
{
    tool_result r;
    pt->started = false;
    int rc = tool_wait(&pt->t, &r);
    if (rc == 0 && r.code != 0) {
        char how[96];
        rc = err_report(ERR_PACKAGE, "the batch tool '%s' failed: %s%s%s", batch_path,
                        tool_failure(&r, how, sizeof how), r.why[0] ? ": " : "", r.why);
    }
    return rc;
}

int toolbatch_run(const char *batch_path, const char *scratch, const toolbatch_job *jobs, size_t n,
                  int parallel, long cpu_ms, size_t cap, tool_result *results)
{
    size_t nparts = parallel < 1 ? 1 : (size_t)parallel;
    nparts = nparts > MAX_PARTS ? MAX_PARTS : nparts > n ? n : nparts;
    part parts[MAX_PARTS] = {0};
    int rc = 0;
    bool feedback = false;
    for (size_t k = 0; k < n; k++)
        feedback = feedback || jobs[k].feedback;
    for (size_t p = 0; rc == 0 && p < nparts; p++) {
        char name[32];
        parts[p].first = p;
        parts[p].step = nparts;
        parts[p].count = (n - p + nparts - 1) / nparts;
        snprintf(name, sizeof name, "batch-%zu.feedback", p);
        if (feedback && !(parts[p].feedback = fs_join(scratch, name))) {
            rc = ERR_NOMEM;
            break;
        }
        snprintf(name, sizeof name, "batch-%zu.req", p);
        parts[p].req = fs_join(scratch, name);
        snprintf(name, sizeof name, "batch-%zu.reply", p);
        parts[p].reply = fs_join(scratch, name);
        rc = parts[p].req && parts[p].reply ? write_request(&parts[p], jobs) : ERR_NOMEM;
        if (rc == 0)
            rc = start_part(&parts[p], batch_path, cpu_ms, cap);
    }
    for (size_t p = 0; p < nparts; p++) {
        if (parts[p].started && rc < 0)
            tool_kill(&parts[p].t);
        int w = parts[p].started ? wait_part(&parts[p], batch_path) : 0;
        rc = rc < 0 ? rc : w;
    }
    for (size_t p = 0; rc == 0 && p < nparts; p++)
        rc = read_reply(&parts[p], batch_path, jobs, cpu_ms, cap, results);
    for (size_t p = 0; p < nparts; p++) {
        if (parts[p].req)
            unlink(parts[p].req);
        if (parts[p].reply)
            unlink(parts[p].reply);
        if (parts[p].feedback)
            fs_remove_tree(parts[p].feedback);
        free(parts[p].req);
        free(parts[p].reply);
        free(parts[p].feedback);
    }
    return rc;
}
