/* Box server processes and their request/record protocol. A request is one
 * SEQPACKET message of NUL-terminated `key=value` fields, then "--", then argv;
 * the run's descriptors ride along as SCM_RIGHTS. The record comes back as one
 * message, parsed by the shared record module. */
#include "sandbox.h"

#include "buf.h"
#include "err.h"
#include "fdpass.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct sandbox {
    uv_process_t process;
    uv_poll_t poll;
    int fd;
    int open_handles;
    bool exited, closing;
    unsigned long long next_id;
    sandbox_done_cb cb; /* non-NULL while a request is in flight */
    void *cb_data;
};

static void finish(sandbox *sb, const record *rec)
{
    sandbox_done_cb cb = sb->cb;
    void *data = sb->cb_data;
    sb->cb = NULL;
    if (!sb->closing)
        uv_poll_stop(&sb->poll);
    if (cb)
        cb(rec, data);
}

static void fail_in_flight(sandbox *sb, const char *why)
{
    record rec = {.status = RECORD_ERROR};
    snprintf(rec.msg, sizeof rec.msg, "%s", why);
    finish(sb, &rec);
}

static void on_readable(uv_poll_t *poll, int status, int events)
{
    sandbox *sb = poll->data;
    (void)events;
    if (status < 0) {
        fail_in_flight(sb, "lost the sandbox's socket");
        return;
    }
    char line[1024];
    ssize_t n = recv(sb->fd, line, sizeof line - 1, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        fail_in_flight(sb, "the sandbox process ended unexpectedly");
        return;
    }
    record rec;
    if (record_parse(line, (size_t)n, &rec) < 0) {
        line[n] = '\0';
        rec = (record){.status = RECORD_ERROR};
        snprintf(rec.msg, sizeof rec.msg, "unreadable sandbox record '%.200s'", line);
    }
    finish(sb, &rec);
}

static void on_handle_closed(uv_handle_t *handle)
{
    sandbox *sb = handle->data;
    if (--sb->open_handles == 0)
        free(sb);
}

static void on_box_exit(uv_process_t *process, int64_t status, int signal)
{
    sandbox *sb = process->data;
    (void)status;
    (void)signal;
    sb->exited = true;
    if (sb->cb && !sb->closing)
        fail_in_flight(sb, "the sandbox process ended unexpectedly");
    uv_close((uv_handle_t *)process, on_handle_closed);
}

int sandbox_start(uv_loop_t *loop, const char *box_path, sandbox **out)
{
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) < 0)
        return err_report(ERR_INTERNAL, "cannot create the sandbox socket: %s", strerror(errno));
    sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) {
        close(pair[0]);
        close(pair[1]);
        return ERR_NOMEM;
    }
    sb->fd = pair[0];
    char path[4096], serve[] = "--serve";
    snprintf(path, sizeof path, "%s", box_path);
    char *args[] = {path, serve, NULL};
    uv_stdio_container_t stdio[3] = {
        {.flags = UV_INHERIT_FD, .data.fd = pair[1]},
        {.flags = UV_IGNORE},
        {.flags = UV_INHERIT_FD, .data.fd = 2},
    };
    uv_process_options_t opts = {
        .exit_cb = on_box_exit, .file = box_path, .args = args, .stdio_count = 3, .stdio = stdio};
    sb->process.data = sb;
    int rc = uv_spawn(loop, &sb->process, &opts);
    close(pair[1]);
    if (rc < 0) {
        close(sb->fd);
        free(sb);
        return err_report(ERR_INTERNAL, "cannot start the sandbox '%s': %s", box_path,
                          uv_strerror(rc));
    }
    sb->open_handles = 2;
    uv_poll_init(loop, &sb->poll, sb->fd);
    sb->poll.data = sb;
    *out = sb;
    return 0;
}

static int add_field(buf *msg, const char *key, const char *value)
{
    if (buf_appendf(msg, "%s=%s", key, value) < 0)
        return ERR_NOMEM;
    return buf_append(msg, "", 1);
}

static int add_number(buf *msg, const char *key, long value)
{
    char text[32];
    snprintf(text, sizeof text, "%ld", value);
    return add_field(msg, key, text);
}

static int encode(const sandbox_request *req, unsigned long long id, buf *msg)
{
    char id_text[32];
    snprintf(id_text, sizeof id_text, "%llu", id);
    /* without a dir the box gives the run a private scratch directory */
    if (add_field(msg, request_key_name(REQUEST_ID), id_text) < 0 ||
        add_field(msg, request_key_name(REQUEST_PROFILE), req->profile) < 0 ||
        (req->dir && add_field(msg, request_key_name(REQUEST_DIR), req->dir) < 0) ||
        add_number(msg, request_key_name(REQUEST_CPU_MS), req->cpu_ms) < 0 ||
        add_number(msg, request_key_name(REQUEST_WALL_MS), req->wall_ms) < 0 ||
        add_number(msg, request_key_name(REQUEST_MEM_KB), req->mem_kb) < 0 ||
        add_number(msg, request_key_name(REQUEST_FSIZE_KB), req->fsize_kb) < 0 ||
        add_number(msg, request_key_name(REQUEST_FDS), req->nfds) < 0 ||
        (req->warm && add_number(msg, request_key_name(REQUEST_WARM), 1) < 0) ||
        buf_append(msg, REQUEST_ARGS_MARK, sizeof REQUEST_ARGS_MARK) < 0)
        return ERR_NOMEM;
    for (const char *const *a = req->argv; *a; a++)
        if (buf_append(msg, *a, strlen(*a) + 1) < 0)
            return ERR_NOMEM;
    return 0;
}

static int send_message(int fd, const buf *msg, const int *fds, int nfds)
{
    int rc = fdpass_send(fd, msg->data, msg->len, fds, nfds);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot send a request to the sandbox: %s", strerror(-rc));
    return 0;
}

int sandbox_submit(sandbox *sb, const sandbox_request *req, sandbox_done_cb cb, void *data)
{
    if (sb->cb || sb->exited || sb->closing)
        return err_report(ERR_INTERNAL, "sandbox is not ready for a request");
    buf msg = BUF_INIT;
    int rc = encode(req, ++sb->next_id, &msg);
    if (rc == 0)
        rc = send_message(sb->fd, &msg, req->fds, req->nfds);
    buf_release(&msg);
    if (rc < 0)
        return rc;
    sb->cb = cb;
    sb->cb_data = data;
    uv_poll_start(&sb->poll, UV_READABLE, on_readable);
    return 0;
}

void sandbox_close(sandbox *sb)
{
    if (sb->closing)
        return;
    /* a request in flight ends now, so its owner can release what it holds */
    fail_in_flight(sb, "the run was abandoned: the judge is stopping");
    sb->closing = true;
    uv_close((uv_handle_t *)&sb->poll, on_handle_closed);
    /* closing our end makes the box read EOF, kill what it runs and exit */
    shutdown(sb->fd, SHUT_RDWR);
    close(sb->fd);
    if (!sb->exited)
        uv_process_kill(&sb->process, SIGTERM);
}
