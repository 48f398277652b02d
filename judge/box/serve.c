/* judge-box's server loop: receives a request with its descriptors, runs it,
 * answers with the record, and always closes the descriptors it was given, since
 * the judge sees EOF on a pipe only once every copy of its write end is closed. */
#include "serve.h"

#include "fdpass.h"
#include "job.h"
#include "record.h"
#include "request.h"
#include "sandbox.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Descriptors beyond REQUEST_MAX_FDS are still received (and then closed), so that a
 * judge's mistake is reported rather than silently losing them. */
#define SERVE_MAX_RECEIVED FDPASS_MAX
#define SERVE_MAX_ARGS 4096

static char request[REQUEST_MAX_BYTES];
static char *args[SERVE_MAX_ARGS + 1];

struct received {
    int fds[SERVE_MAX_RECEIVED];
    int count;
    bool truncated; /* the message or its descriptors did not fit */
    bool eof;
};

__attribute__((format(printf, 2, 3))) static int bad(record *r, const char *fmt, ...)
{
    int n = snprintf(r->msg, sizeof r->msg, "bad request: ");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->msg + n, sizeof r->msg - (size_t)n, fmt, ap);
    va_end(ap);
    r->status = RECORD_ERROR;
    return -EINVAL;
}

static int parse_id(const char *s, unsigned long long *out)
{
    size_t len = strlen(s);
    if (len == 0 || (len > 1 && s[0] == '0'))
        return -EINVAL;
    unsigned long long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -EINVAL;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (~0ULL - d) / 10)
            return -EINVAL;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static int parse_field(job *j, request_key key, const char *value, record *r)
{
    long n = 0;
    switch (key) {
    case REQUEST_ID:
        if (parse_id(value, &j->id) < 0)
            return bad(r, "bad id '%.40s'", value);
        r->id = j->id;
        return 0;
    case REQUEST_CPU_MS:
    case REQUEST_WALL_MS:
        if (job_parse_number(value, 1, 24L * 3600 * 1000, &n) < 0)
            return bad(r, "bad %s '%.40s'", request_key_name(key), value);
        *(key == REQUEST_CPU_MS ? &j->cpu_ms : &j->wall_ms) = n;
        return 0;
    case REQUEST_MEM_KB:
        if (job_parse_number(value, 1024, 64L << 20, &j->mem_kb) < 0)
            return bad(r, "bad mem_kb '%.40s'", value);
        return 0;
    case REQUEST_FSIZE_KB:
        if (job_parse_number(value, 0, 1L << 30, &j->fsize_kb) < 0)
            return bad(r, "bad fsize_kb '%.40s'", value);
        return 0;
    case REQUEST_DIR:
        if (!value[0])
            return bad(r, "empty dir");
        j->dir = value;
        return 0;
    case REQUEST_PROFILE:
        if (job_profile_parse(value, &j->profile) < 0)
            return bad(r, "unknown profile '%.40s'", value);
        return 0;
    case REQUEST_FDS:
        if (job_parse_number(value, 0, REQUEST_MAX_FDS, &n) < 0)
            return bad(r, "bad fds '%.40s'", value);
        j->nfds = (int)n;
        return 0;
    case REQUEST_WARM:
        if (job_parse_number(value, 0, 1, &n) < 0)
            return bad(r, "bad warm '%.40s'", value);
        j->warm = (int)n;
        return 0;
    case REQUEST_KEY_COUNT:
        break;
    }
    return bad(r, "unknown key");
}

/* Parses request[0 .. len) into j. On failure fills r (status ERROR, msg) and
 * returns -EINVAL. */
static int parse_request(size_t len, const struct received *in, job *j, record *r)
{
    bool seen[REQUEST_KEY_COUNT] = {false};
    job_defaults(j);
    if (in->truncated)
        return bad(r, "message over %d bytes or over %d descriptors", REQUEST_MAX_BYTES,
                   SERVE_MAX_RECEIVED);
    if (len == 0)
        return bad(r, "empty message");
    if (request[len - 1] != '\0')
        return bad(r, "the last element is not NUL-terminated");
    size_t pos = 0;
    bool separated = false;
    while (pos < len) {
        char *el = request + pos;
        pos += strlen(el) + 1;
        if (strcmp(el, REQUEST_ARGS_MARK) == 0) {
            separated = true;
            break;
        }
        char *eq = strchr(el, '=');
        if (!eq)
            return bad(r, "field '%.40s' is not key=value", el);
        *eq = '\0';
        int key = 0;
        while (key < REQUEST_KEY_COUNT && strcmp(el, request_key_name((request_key)key)) != 0)
            key++;
        if (key == REQUEST_KEY_COUNT)
            return bad(r, "unknown key '%.40s'", el);
        if (seen[key])
            return bad(r, "key '%s' given twice", request_key_name(key));
        seen[key] = true;
        int rc = parse_field(j, (request_key)key, eq + 1, r);
        if (rc < 0)
            return rc;
    }
    if (!separated)
        return bad(r, "no '" REQUEST_ARGS_MARK "' before the program");
    int argc = 0;
    while (pos < len) {
        if (argc == SERVE_MAX_ARGS)
            return bad(r, "more than %d arguments", SERVE_MAX_ARGS);
        args[argc++] = request + pos;
        pos += strlen(request + pos) + 1;
    }
    args[argc] = NULL;
    if (argc == 0 || !args[0][0])
        return bad(r, "no program after '--'");
    j->argv = args;
    if (in->count != j->nfds)
        return bad(r, "fds=%d but %d descriptors came", j->nfds, in->count);
    for (int i = 0; i < j->nfds; i++)
        j->fds[i] = in->fds[i];
    char why[128];
    if (job_finish(j, why, sizeof why) < 0)
        return bad(r, "%s", why);
    return 0;
}

/* Receives one request. Returns its length (in->eof tells EOF apart from an empty
 * message), or a negative errno. */
static ssize_t receive(int sock, struct received *in)
{
    ssize_t n = fdpass_receive(sock, request, sizeof request, in->fds, SERVE_MAX_RECEIVED,
                               &in->count, &in->truncated);
    if (n < 0)
        return n;
    /* A SOCK_SEQPACKET read of 0 bytes is EOF (a judge never sends an empty
     * request), unless descriptors came with it: that is a malformed request. */
    in->eof = n == 0 && in->count == 0;
    return n;
}

int serve_run(int sock)
{
    for (;;) {
        struct received in = {.count = 0};
        ssize_t n = receive(sock, &in);
        if (n == -EINTR && !sandbox_terminated())
            continue;
        if (n == -EINTR)
            return 0;
        if (n < 0)
            return n == -ECONNRESET ? 0 : (int)n;
        if (in.eof)
            return 0;
        record r;
        memset(&r, 0, sizeof r);
        job j;
        int rc = 0;
        if (parse_request((size_t)n, &in, &j, &r) == 0)
            rc = sandbox_run(&j, &r);
        for (int i = 0; i < in.count; i++)
            close(in.fds[i]);
        if (rc == -ECONNRESET)
            return 0;
        char line[512];
        int len = record_format(&r, line, sizeof line);
        if (len < 0)
            return -EOVERFLOW;
        if (send(sock, line, (size_t)len, MSG_NOSIGNAL) < 0)
            return errno == EPIPE || errno == ECONNRESET ? 0 : -errno;
    }
}
