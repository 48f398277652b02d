/* `judge watch`: the loop that re-judges a file whenever it is saved, reads the
 * learner's keys (r, q) and stops cleanly on q, Ctrl-C, a signal or the end of
 * the keys' input.
 *
 * Theory of operation. Editors save in several steps: write a temporary file and
 * rename it over the original, or truncate and write in pieces, or (vim) move the
 * original away and write a new one. A watch on the file itself would follow the
 * old inode after a rename, so the watch is on the file's DIRECTORY and keeps only
 * the events that name the file. Each of them restarts a debounce timer; once the
 * file has been quiet for debounce_ms it is read whole and hashed, and only a
 * content that differs from the last judged one (size, then hash) is judged: a
 * touch, a save without changes and an editor's extra events cost one read, never
 * a judgement. Size and mtime alone are not trusted to say "unchanged": file
 * timestamps are coarse (one clock tick, a few ms), so two saves may share one.
 * Where file events do not work (network file systems, WSL's Windows drives, or
 * uv_fs_event_start failing) the file itself is polled with uv_fs_poll, whose
 * changes go through the same debounce.
 *
 * The judging callback is synchronous and runs its own event loop; this one is not
 * running meanwhile, so saves made during a judgement wait in the kernel (the
 * inotify queue, or the next poll) and are answered after it by one debounce and
 * one judgement. Ctrl-C wakes every loop waiting for it (stop.h): during a
 * judgement it stops the session's runs, and then this watch. A terminal in raw mode turns Ctrl-C
 * into a key, so the terminal is raw only while waiting and back in normal mode while judging. */
#include "watch.h"

#include "err.h"
#include "fsutil.h"
#include "hash.h"
#include "report.h"
#include "report_gcc.h"
#include "show.h"
#include "stop.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

/* File systems whose files may change on another machine, where the kernel sees
 * no event: a file on one of them is polled. */
#define REMOTE_FILE_SYSTEMS(X)                                                                     \
    X(0x6969, "NFS")                                                                               \
    X(0x517B, "SMB")                                                                               \
    X(0xFF534D42, "CIFS")                                                                          \
    X(0xFE534D42, "SMB2")                                                                          \
    X(0x01021997, "9p (WSL's Windows drives)")                                                     \
    X(0x65735546, "FUSE")                                                                          \
    X(0x00C36400, "Ceph")                                                                          \
    X(0x6B414653, "AFS")                                                                           \
    X(0x5346414F, "AFS")                                                                           \
    X(0x73757245, "Coda")

static const struct {
    uint32_t magic;
    const char *name;
} remote_fs[] = {
#define X(magic, name) {magic, name},
    REMOTE_FILE_SYSTEMS(X)
#undef X
};

enum { HASH_CAP = 64 << 20 }; /* past this many bytes only size and mtime are hashed */

/* The file as the last look saw it. */
typedef struct {
    int err; /* 0 when it was read; else why not: an errno, EINVAL for not a regular file */
    long long size;
    char hash[33];
} snapshot;

typedef struct {
    const watch_config *cfg;
    char display[PATH_MAX]; /* the file's name, escaped once for every line that shows it */
    const char *base;
    char *dir;
    int poll_ms, debounce_ms;
    bool polling;
    bool screen; /* out is a terminal: clear and redraw */
    uv_loop_t loop;
    uv_fs_event_t event;
    uv_fs_poll_t poller;
    uv_timer_t debounce;
    uv_async_t stop; /* woken by Ctrl-C and the like (stop.h) */
    uv_tty_t tty;
    uv_pipe_t pipe;
    uv_stream_t *keys; /* &tty or &pipe while keys are read, else NULL */
    int keys_flags;    /* the keys descriptor's status flags, put back at the end */
    char keybuf[64];
    snapshot judged; /* what the last judgement saw */
    bool have_judged;
    int absent; /* the error last said about the file (0: it is readable) */
    unsigned count;
    bool stopping;
    int result;
} watcher;

static void say(watcher *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void say(watcher *w, const char *fmt, ...)
{
    FILE *to = w->cfg->silent ? stderr : w->cfg->out;
    va_list ap;
    va_start(ap, fmt);
    if (w->cfg->silent)
        fputs("judge: ", to);
    vfprintf(to, fmt, ap);
    fputc('\n', to);
    fflush(to);
    va_end(ap);
}

static void take_snapshot(const char *path, snapshot *s)
{
    memset(s, 0, sizeof *s);
    /* O_NONBLOCK: a FIFO put in the file's place must not hang the watch */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        s->err = errno;
        return;
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        s->err = errno;
    } else if (!S_ISREG(st.st_mode)) {
        s->err = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    } else {
        hash_state h;
        hash_init(&h);
        char chunk[65536];
        ssize_t n;
        long long total = 0;
        while (total < HASH_CAP && (n = read(fd, chunk, sizeof chunk)) != 0) {
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                s->err = errno;
                break;
            }
            hash_update(&h, chunk, (size_t)n);
            total += n;
        }
        if (total >= HASH_CAP) {
            hash_update(&h, &st.st_size, sizeof st.st_size);
            hash_update(&h, &st.st_mtim, sizeof st.st_mtim);
        }
        s->size = (long long)st.st_size;
        hash_hex(&h, s->hash);
    }
    close(fd);
}

static const char *why_unreadable(int err)
{
    return err == EINVAL ? "not a regular file" : strerror(err);
}

/* ---- stopping ---- */

static void close_one(uv_handle_t *h, void *arg)
{
    (void)arg;
    if (!uv_is_closing(h))
        uv_close(h, NULL);
}

static void finish(watcher *w, int rc)
{
    if (w->stopping)
        return;
    w->stopping = true;
    w->result = rc;
    if (w->keys == (uv_stream_t *)&w->tty)
        uv_tty_set_mode(&w->tty, UV_TTY_MODE_NORMAL);
    stop_unwatch(&w->stop);
    uv_walk(&w->loop, close_one, NULL);
}

static void on_stop(uv_async_t *h)
{
    if (stop_signal())
        finish(h->data, ERR_INTERRUPTED);
}

/* ---- judging ---- */

static const char *how(watcher *w, char *text, size_t size)
{
    if (w->polling)
        snprintf(text, size, "polling every %d ms", w->poll_ms);
    else
        snprintf(text, size, "file events");
    return text;
}

static void judge_now(watcher *w, const snapshot *s)
{
    const watch_config *cfg = w->cfg;
    w->judged = *s;
    w->have_judged = true;
    w->count++;
    if (!cfg->silent) {
        char clock[16];
        time_t now = time(NULL);
        struct tm tm;
        strftime(clock, sizeof clock, "%H:%M:%S", localtime_r(&now, &tm));
        if (w->screen)
            fprintf(cfg->out, "\033[H\033[2J%s · judged at %s (#%u)\n\n", w->display, clock,
                    w->count);
        else
            fprintf(cfg->out, "%s---- %s · judged at %s (#%u) ----\n", w->count > 1 ? "\n" : "",
                    w->display, clock, w->count);
        fflush(cfg->out);
    }
    bool raw = w->keys == (uv_stream_t *)&w->tty;
    if (raw)
        uv_tty_set_mode(&w->tty, UV_TTY_MODE_NORMAL);
    int rc = cfg->judge(cfg->data);
    fflush(cfg->out);
    if (rc == ERR_INTERRUPTED || rc == ERR_NOMEM) {
        finish(w, rc);
        return;
    }
    if (raw)
        uv_tty_set_mode(&w->tty, UV_TTY_MODE_RAW);
    if (w->screen && !cfg->silent) {
        char mode[48];
        fprintf(cfg->out, "\nwatching %s (%s): save to judge again · r run again · q quit\n",
                w->display, how(w, mode, sizeof mode));
        fflush(cfg->out);
    }
}

static int start_polling(watcher *w, const char *why);

/* Looks at the file and judges it when its content changed since the last
 * judgement (always when forced: the first judgement, and `r`). */
static void settle(watcher *w, bool force)
{
    snapshot s;
    take_snapshot(w->cfg->path, &s);
    if (s.err) {
        if (s.err != w->absent || force) {
            w->absent = s.err;
            if (s.err == ENOENT)
                say(w, "'%s' is gone: waiting for it to come back", w->display);
            else
                say(w, "cannot read '%s' (%s): waiting for it to change", w->display,
                    why_unreadable(s.err));
        }
        /* a removed directory takes its watch with it: poll for the file instead */
        if (s.err == ENOENT && !w->polling && !fs_is_dir(w->dir) &&
            start_polling(w, "its directory is gone") < 0)
            finish(w, ERR_INTERNAL);
        return;
    }
    if (w->absent) {
        w->absent = 0;
        say(w, "'%s' is back", w->display);
    }
    if (!force && w->have_judged && s.size == w->judged.size && strcmp(s.hash, w->judged.hash) == 0)
        return; /* a touch, or a save that changed nothing */
    judge_now(w, &s);
}

static void on_quiet(uv_timer_t *t) { settle(t->data, false); }

static void changed(watcher *w)
{
    if (!w->stopping)
        uv_timer_start(&w->debounce, on_quiet, (uint64_t)w->debounce_ms, 0);
}

static void on_event(uv_fs_event_t *h, const char *name, int events, int status)
{
    watcher *w = h->data;
    (void)events;
    (void)status; /* an error is worth a look too */
    if (name && strcmp(name, w->base) != 0)
        return; /* another file of the directory: the editor's temporary, a swap file */
    changed(w);
}

static void on_poll(uv_fs_poll_t *h, int status, const uv_stat_t *prev, const uv_stat_t *curr)
{
    (void)status;
    (void)prev;
    (void)curr;
    changed(h->data);
}

/* ---- watching ---- */

static int start_polling(watcher *w, const char *why)
{
    if (w->polling)
        return 0;
    if (w->event.data) {
        uv_close((uv_handle_t *)&w->event, NULL);
        w->event.data = NULL;
    }
    w->polling = true;
    uv_fs_poll_init(&w->loop, &w->poller);
    w->poller.data = w;
    int rc = uv_fs_poll_start(&w->poller, on_poll, w->cfg->path, (unsigned)w->poll_ms);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot poll '%s': uv_fs_poll_start: %s", w->display,
                          uv_strerror(rc));
    if (why)
        say(w, "%s: polling '%s' every %d ms", why, w->display, w->poll_ms);
    return 0;
}

static bool poll_asked(void)
{
    const char *env = getenv("JUDGE_WATCH_POLL");
    return env && *env && strcmp(env, "0") != 0;
}

static const char *remote_name(const char *dir)
{
    struct statfs sf;
    if (statfs(dir, &sf) < 0)
        return NULL;
    for (size_t i = 0; i < sizeof remote_fs / sizeof *remote_fs; i++)
        if ((uint32_t)sf.f_type == remote_fs[i].magic)
            return remote_fs[i].name;
    return NULL;
}

static int start_watching(watcher *w)
{
    if (w->cfg->poll || poll_asked())
        return start_polling(w, NULL);
    const char *remote = remote_name(w->dir);
    if (remote) {
        char why[128];
        snprintf(why, sizeof why, "file events may not arrive from %s", remote);
        return start_polling(w, why);
    }
    uv_fs_event_init(&w->loop, &w->event);
    w->event.data = w;
    int rc = uv_fs_event_start(&w->event, on_event, w->dir, 0);
    if (rc < 0) {
        char why[256];
        snprintf(why, sizeof why, "file events do not work here (uv_fs_event_start '%s': %s)",
                 w->dir, uv_strerror(rc));
        return start_polling(w, why);
    }
    return 0;
}

/* ---- keys ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *b)
{
    watcher *w = h->data;
    (void)suggested;
    *b = uv_buf_init(w->keybuf, sizeof w->keybuf);
}

static void on_keys(uv_stream_t *stream, ssize_t n, const uv_buf_t *b)
{
    watcher *w = stream->data;
    if (n < 0) {
        finish(w, 0); /* EOF (or a terminal hung up): the learner is gone */
        return;
    }
    bool again = false;
    for (ssize_t i = 0; i < n; i++) {
        switch (b->base[i]) {
        case 'q':
        case 'Q':
        case 4: /* Ctrl-D on a raw terminal */
            finish(w, 0);
            return;
        case 3: /* Ctrl-C on a raw terminal */
            finish(w, ERR_INTERRUPTED);
            return;
        case 26: /* Ctrl-Z on a raw terminal: suspend as the shell's job */
            if (w->keys == (uv_stream_t *)&w->tty) {
                uv_tty_set_mode(&w->tty, UV_TTY_MODE_NORMAL);
                raise(SIGTSTP);
                uv_tty_set_mode(&w->tty, UV_TTY_MODE_RAW); /* continued (fg) */
            }
            break;
        case 'r':
        case 'R':
            again = true; /* several r typed during a judgement: one run */
            break;
        default:
            break;
        }
    }
    if (again) {
        uv_timer_stop(&w->debounce);
        settle(w, true);
    }
}

static void start_keys(watcher *w)
{
    int fd = w->cfg->keys_fd;
    w->keys_flags = fd >= 0 ? fcntl(fd, F_GETFL) : -1;
    if (w->keys_flags < 0)
        return;
    uv_handle_type type = uv_guess_handle(fd);
    if (type == UV_TTY) {
        if (uv_tty_init(&w->loop, &w->tty, fd, 1) < 0)
            return;
        if (uv_tty_set_mode(&w->tty, UV_TTY_MODE_RAW) < 0) {
            uv_close((uv_handle_t *)&w->tty, NULL);
            return;
        }
        w->keys = (uv_stream_t *)&w->tty;
    } else if (type == UV_NAMED_PIPE) {
        uv_pipe_init(&w->loop, &w->pipe, 0);
        if (uv_pipe_open(&w->pipe, fd) < 0) {
            uv_close((uv_handle_t *)&w->pipe, NULL);
            return;
        }
        w->keys = (uv_stream_t *)&w->pipe;
    } else {
        return; /* a file or /dev/null: no keys */
    }
    w->keys->data = w;
    if (uv_read_start(w->keys, on_alloc, on_keys) < 0) {
        if (w->keys == (uv_stream_t *)&w->tty)
            uv_tty_set_mode(&w->tty, UV_TTY_MODE_NORMAL);
        uv_close((uv_handle_t *)w->keys, NULL);
        w->keys = NULL;
    }
}

/* ---- the loop ---- */

static int start(watcher *w)
{
    int rc = uv_async_init(&w->loop, &w->stop, on_stop);
    if (rc < 0)
        return err_report(ERR_INTERNAL, "cannot catch Ctrl-C: uv_async_init: %s", uv_strerror(rc));
    w->stop.data = w;
    if ((rc = stop_watch(&w->stop)) < 0)
        return rc;
    uv_timer_init(&w->loop, &w->debounce);
    w->debounce.data = w;
    rc = start_watching(w);
    if (rc == 0)
        start_keys(w);
    return rc;
}

int watch_run(const watch_config *cfg)
{
    assert(cfg && cfg->path && cfg->judge && cfg->out);
    watcher w = {.cfg = cfg,
                 .poll_ms = cfg->poll_ms > 0 ? cfg->poll_ms : WATCH_POLL_MS,
                 .debounce_ms = cfg->debounce_ms > 0 ? cfg->debounce_ms : WATCH_DEBOUNCE_MS,
                 .screen = isatty(fileno(cfg->out)) == 1,
                 .keys_flags = -1};
    show_str(w.display, sizeof w.display, cfg->display ? cfg->display : cfg->path);
    const char *slash = strrchr(cfg->path, '/');
    w.base = slash ? slash + 1 : cfg->path;
    w.dir = slash ? strndup(cfg->path, slash == cfg->path ? 1 : (size_t)(slash - cfg->path))
                  : strdup(".");
    if (!w.dir)
        return ERR_NOMEM;
    int rc = uv_loop_init(&w.loop);
    if (rc < 0) {
        free(w.dir);
        return err_report(ERR_INTERNAL, "cannot start the event loop: %s", uv_strerror(rc));
    }
    rc = start(&w);
    if (rc == 0) {
        if (!w.screen && !cfg->silent) {
            char mode[48];
            say(&w, "watching %s (%s)%s", w.display, how(&w, mode, sizeof mode),
                w.keys ? ": r runs again, q quits" : "");
        }
        settle(&w, true);
        if (!w.stopping)
            uv_run(&w.loop, UV_RUN_DEFAULT);
    }
    finish(&w, rc);
    uv_run(&w.loop, UV_RUN_DEFAULT); /* the close callbacks */
    uv_loop_close(&w.loop);
    if (w.keys == (uv_stream_t *)&w.tty)
        uv_tty_reset_mode();
    if (w.keys_flags >= 0)
        fcntl(cfg->keys_fd, F_SETFL, w.keys_flags);
    free(w.dir);
    return rc < 0 ? rc : w.result;
}

/* ---- the CLI's entry: judge a solution ---- */

typedef struct {
    const session_config *scfg;
    const plan *pl;
    const char *source, *display;
    const watch_options *opt;
    report_style style;
} solution_watch;

static int judge_solution(void *data)
{
    solution_watch *sw = data;
    judgement j;
    int rc = session_judge(sw->scfg, sw->pl, sw->source, sw->display, &j);
    if (rc == 0 && sw->opt->json) {
        json_t *doc = report_json(&j);
        if (doc) {
            json_dumpf(doc, stdout, JSON_COMPACT);
            putchar('\n');
            json_decref(doc);
        } else {
            rc = ERR_NOMEM;
        }
    } else if (rc == 0 && sw->opt->gcc) {
        report_gcc(stdout, &j);
    } else if (rc == 0) {
        report_text(stdout, &j, &sw->style);
    }
    fflush(stdout);
    if (rc == 0 && sw->opt->judged)
        sw->opt->judged(&j, sw->source, sw->opt->judged_data);
    judgement_release(&j);
    return rc;
}

int watch_solution(const session_config *scfg, const plan *pl, const char *source,
                   const char *display, const watch_options *opt)
{
    int rc = fs_mkdir_p(scfg->cache);
    if (rc < 0)
        return rc;
    /* the reference's runs do not change while the learner edits: each runs once */
    session_config remembering = *scfg;
    if (!(remembering.memo = session_memo_new()))
        return ERR_NOMEM;
    solution_watch sw = {.scfg = &remembering,
                         .pl = pl,
                         .source = source,
                         .display = display,
                         .opt = opt,
                         .style = {.color = opt->color && !opt->json && !opt->gcc}};
    watch_config cfg = {.path = source,
                        .display = display,
                        .poll = opt->poll,
                        .poll_ms = opt->poll_ms,
                        .debounce_ms = opt->debounce_ms,
                        .judge = judge_solution,
                        .data = &sw,
                        .out = stdout,
                        .keys_fd = 0,
                        .silent = opt->json || opt->gcc};
    rc = watch_run(&cfg);
    session_memo_free(remembering.memo);
    return rc;
}
