/* A run: open the input, make the pipes, hand the child ends to the box, read the
 * parent ends until EOF, and report once both the box's record and every EOF are
 * in (a record alone could leave output unread; EOFs alone say nothing of the
 * exit). */
#include "run.h"

#include "err.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    uv_pipe_t pipe;
    struct run *run;
    run_stream stream;
    bool open;
} run_pipe;

typedef struct run {
    run_result result;
    run_pipe pipes[RUN_STREAM_COUNT];
    size_t cap[RUN_STREAM_COUNT];
    bool hard_cap[RUN_STREAM_COUNT];
    int pending; /* open pipes + 1 for the record */
    int handles; /* pipe handles not yet closed */
    bool reported;
    run_done_cb cb;
    void *data;
} run;

void run_result_release(run_result *r)
{
    for (int i = 0; i < RUN_STREAM_COUNT; i++)
        buf_release(&r->stream[i]);
}

static void maybe_free(run *r)
{
    if (r->reported && r->handles == 0)
        free(r);
}

static void on_pipe_closed(uv_handle_t *handle)
{
    run *r = ((run_pipe *)handle->data)->run;
    r->handles--;
    maybe_free(r);
}

static void step_done(run *r)
{
    if (--r->pending > 0)
        return;
    r->reported = true;
    run_result result = r->result;
    memset(&r->result, 0, sizeof r->result);
    r->cb(&result, r->data);
    maybe_free(r);
}

static void close_pipe(run_pipe *p)
{
    if (!p->open)
        return;
    p->open = false;
    uv_close((uv_handle_t *)&p->pipe, on_pipe_closed);
    step_done(p->run);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *out)
{
    static char scratch[65536];
    (void)handle;
    (void)suggested;
    /* one shared buffer: every read is consumed before the next callback */
    *out = uv_buf_init(scratch, sizeof scratch);
}

static void keep(run_pipe *p, const char *bytes, size_t n)
{
    run *r = p->run;
    run_stream s = p->stream;
    size_t kept = r->result.stream[s].len;
    r->result.total[s] += n;
    if (kept < r->cap[s])
        buf_append(&r->result.stream[s], bytes, n < r->cap[s] - kept ? n : r->cap[s] - kept);
    if (r->hard_cap[s] && r->result.total[s] > r->cap[s]) {
        r->result.overflow[s] = true;
        close_pipe(p);
    }
}

static void on_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *data)
{
    run_pipe *p = stream->data;
    if (n > 0)
        keep(p, data->base, (size_t)n);
    else if (n < 0)
        close_pipe(p);
}

static void on_record(const record *rec, void *data)
{
    run *r = data;
    r->result.rec = *rec;
    step_done(r);
}

static int open_input(const char *path, int *fd)
{
    *fd = open(path ? path : "/dev/null", O_RDONLY | O_CLOEXEC);
    if (*fd < 0)
        return err_report(ERR_INPUT, "cannot open '%s': %s", path ? path : "/dev/null",
                          strerror(errno));
    return 0;
}

static void close_fds(int *fds, int n)
{
    for (int i = 0; i < n; i++)
        if (fds[i] >= 0) {
            close(fds[i]);
            fds[i] = -1;
        }
}

/* Makes the pipes; the read ends go to libuv, the write ends into req->fds. */
static int make_pipes(uv_loop_t *loop, run *r, int nstreams, sandbox_request *req)
{
    for (int s = 0; s < nstreams; s++) {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC) < 0)
            return err_report(ERR_INTERNAL, "cannot create a pipe: %s", strerror(errno));
        req->fds[req->nfds++] = ends[1];
        run_pipe *p = &r->pipes[s];
        p->run = r;
        p->stream = (run_stream)s;
        uv_pipe_init(loop, &p->pipe, 0);
        p->pipe.data = p;
        r->handles++;
        p->open = true;
        r->pending++;
        int rc = uv_pipe_open(&p->pipe, ends[0]);
        if (rc == 0)
            rc = uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
        if (rc < 0)
            return err_report(ERR_INTERNAL, "cannot read a pipe: %s", uv_strerror(rc));
    }
    return 0;
}

int run_start(uv_loop_t *loop, const run_spec *spec, run_done_cb cb, void *data)
{
    assert(loop && spec && cb);
    run *r = calloc(1, sizeof *r);
    if (!r)
        return ERR_NOMEM;
    memcpy(r->cap, spec->cap, sizeof r->cap);
    memcpy(r->hard_cap, spec->hard_cap, sizeof r->hard_cap);
    r->cb = cb;
    r->data = data;
    r->pending = 1; /* the record */
    sandbox_request req = {.argv = spec->argv,
                           .profile = spec->profile,
                           .dir = spec->dir,
                           .cpu_ms = spec->cpu_ms,
                           .wall_ms = spec->wall_ms,
                           .mem_kb = spec->mem_kb,
                           .fsize_kb = spec->fsize_kb,
                           .warm = spec->warm};
    int rc = open_input(spec->input_path, &req.fds[0]);
    req.nfds = rc == 0 ? 1 : 0;
    if (rc == 0)
        rc = make_pipes(loop, r, spec->nstreams, &req);
    if (rc == 0)
        rc = sandbox_submit(spec->box, &req, on_record, r);
    close_fds(req.fds, req.nfds);
    if (rc < 0) {
        /* never report: tear the pipes down and free once they are closed */
        r->reported = true;
        for (int s = 0; s < RUN_STREAM_COUNT; s++)
            if (r->pipes[s].open) {
                r->pipes[s].open = false;
                uv_close((uv_handle_t *)&r->pipes[s].pipe, on_pipe_closed);
            }
        run_result_release(&r->result);
        maybe_free(r);
    }
    return rc;
}
