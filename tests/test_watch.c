/* Check suite of the watch module: a watcher runs in a child process (killed by an
 * alarm if it hangs) on a file in a temporary directory, with a judging callback
 * that sends each call and the content it saw through a pipe. The test saves the
 * file as editors do (in place, by rename, several times quickly, by touch, by
 * deleting it) and reads the judgements back with timeouts. Keys come from a pipe,
 * or from a pseudo-terminal to see raw mode set and undone. */
#include "err.h"
#include "fsutil.h"
#include "problem.h"
#include "session.h"
#include "watch.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static char root[64], dir[96], path[128], out_path[128];

typedef struct {
    bool poll;
    int poll_ms, debounce_ms;
    int slow_call, slow_ms; /* the call that takes slow_ms (0: none) */
    int fail_call;          /* the call that returns ERR_INPUT (0: none) */
    bool env_poll;          /* JUDGE_WATCH_POLL=1 instead of cfg.poll */
    bool tty;               /* keys from a pseudo-terminal instead of a pipe */
    bool no_inotify;        /* inotify refused to the watcher (a limit of 0) */
    bool on_fuse;           /* the watcher sees the file through a FUSE view */
} options;

typedef struct {
    pid_t pid;
    int calls;    /* read end: one line per judgement, the content it saw */
    int keys;     /* write end of the keys (the pty master with options.tty) */
    int tty_peer; /* the pty slave, kept open here to read its modes; -1 */
} watcher;

static tcflag_t local_modes(int fd)
{
    struct termios t;
    ck_assert_msg(tcgetattr(fd, &t) == 0, "tcgetattr %d: %s", fd, strerror(errno));
    return t.c_lflag & (ICANON | ECHO | ISIG);
}

/* ---- the child ---- */

static struct {
    int fd, n;
    const options *o;
} calls_seen;

static int judge_and_tell(void *data)
{
    (void)data;
    char content[256] = "<missing>";
    FILE *f = fopen(path, "r");
    if (f) {
        size_t n = fread(content, 1, sizeof content - 1, f);
        content[n] = '\0';
        fclose(f);
    }
    char line[300];
    int len = snprintf(line, sizeof line, "%s\n", content);
    if (write(calls_seen.fd, line, (size_t)len) != len)
        _exit(99);
    calls_seen.n++;
    if (calls_seen.n == calls_seen.o->slow_call)
        usleep((useconds_t)calls_seen.o->slow_ms * 1000);
    return calls_seen.n == calls_seen.o->fail_call ? ERR_INPUT : 0;
}

static int write_proc(const char *file, const char *text)
{
    int fd = open(file, O_WRONLY);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* Makes inotify_init fail in this process, as on a system out of inotify
 * instances: the limit is per user namespace, and a new one's may be set to 0 by
 * its owner, without privileges. */
static int refuse_inotify(void)
{
    if (unshare(CLONE_NEWUSER) < 0)
        return -1;
    return write_proc("/proc/sys/user/max_inotify_instances", "0");
}

/* Becomes root of a new user namespace (mapped to the caller, as `unshare -r`
 * does) with a mount namespace of its own, where mounting FUSE is allowed. */
static int own_mount_namespace(void)
{
    char map[64];
    uid_t uid = getuid();
    gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0)
        return -1;
    int rc = 0;
    snprintf(map, sizeof map, "0 %u 1", (unsigned)uid);
    rc |= write_proc("/proc/self/uid_map", map);
    rc |= write_proc("/proc/self/setgroups", "deny");
    snprintf(map, sizeof map, "0 %u 1", (unsigned)gid);
    rc |= write_proc("/proc/self/gid_map", map);
    if (rc == 0 && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
        rc = -1;
    return rc;
}

/* Mounts a FUSE view of the test's directory at ROOT/view (bindfs passes every
 * call through to the directory) and points `path` into it, so the test writes
 * through the real directory and the watcher sees the file on FUSE, as a file on
 * a network file system changed from elsewhere. bindfs runs in the foreground
 * and dies with this process. */
static int watch_through_fuse(void)
{
    static char view[96], view_path[128];
    snprintf(view, sizeof view, "%s/view", root);
    snprintf(view_path, sizeof view_path, "%s/sol.c", view);
    if (mkdir(view, 0700) < 0 || own_mount_namespace() < 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        execlp("bindfs", "bindfs", "-f", dir, view, (char *)NULL);
        fprintf(stderr, "cannot run bindfs (apt-get install bindfs): %s\n", strerror(errno));
        _exit(127);
    }
    for (int i = 0; i < 300; i++) {
        struct statfs sf;
        if (statfs(view, &sf) == 0 && (uint32_t)sf.f_type == FUSE_SUPER_MAGIC) {
            snprintf(path, sizeof path, "%s", view_path);
            return 0;
        }
        if (waitpid(pid, NULL, WNOHANG) == pid)
            return -1;
        usleep(10000);
    }
    return -1;
}

static watcher start(const options *o)
{
    int calls[2], keys[2] = {-1, -1};
    ck_assert_int_eq(pipe(calls), 0);
    watcher w = {.tty_peer = -1};
    char slave_name[128] = "";
    if (o->tty) {
        keys[1] = posix_openpt(O_RDWR | O_NOCTTY);
        ck_assert_int_ge(keys[1], 0);
        ck_assert_int_eq(grantpt(keys[1]), 0);
        ck_assert_int_eq(unlockpt(keys[1]), 0);
        snprintf(slave_name, sizeof slave_name, "%s", ptsname(keys[1]));
        w.tty_peer = open(slave_name, O_RDWR | O_NOCTTY);
        ck_assert_int_ge(w.tty_peer, 0);
        ck_assert_uint_eq(local_modes(w.tty_peer), ICANON | ECHO | ISIG);
    } else {
        ck_assert_int_eq(pipe(keys), 0);
    }
    fflush(NULL);
    w.pid = fork();
    ck_assert_int_ge(w.pid, 0);
    if (w.pid == 0) {
        alarm(20);
        setpgid(0, 0); /* a job of its own: Ctrl-Z may stop it (not in an orphaned group) */
        close(calls[0]);
        close(keys[1]);
        int keys_fd = o->tty ? open(slave_name, O_RDWR | O_NOCTTY) : keys[0];
        FILE *out = fopen(out_path, "w");
        if (!out || keys_fd < 0)
            _exit(98);
        if (o->env_poll)
            setenv("JUDGE_WATCH_POLL", "1", 1);
        if (o->no_inotify && refuse_inotify() < 0)
            _exit(97);
        if (o->on_fuse && watch_through_fuse() < 0)
            _exit(96);
        calls_seen.fd = calls[1];
        calls_seen.o = o;
        watch_config cfg = {.path = path,
                            .display = "sol.c",
                            .poll = o->poll,
                            .poll_ms = o->poll_ms,
                            .debounce_ms = o->debounce_ms ? o->debounce_ms : 50,
                            .judge = judge_and_tell,
                            .out = out,
                            .keys_fd = keys_fd};
        int rc = watch_run(&cfg);
        fclose(out);
        _exit(rc == 0 ? 0 : err_exit_status(rc));
    }
    close(calls[1]);
    if (!o->tty)
        close(keys[0]);
    w.calls = calls[0];
    w.keys = keys[1];
    return w;
}

/* ---- what the test sees ---- */

/* The content of the next judgement, or "" when none comes within ms. */
static const char *next_call(watcher *w, int ms)
{
    static char line[300];
    size_t n = 0;
    line[0] = '\0';
    struct pollfd p = {.fd = w->calls, .events = POLLIN};
    while (n + 1 < sizeof line && poll(&p, 1, ms) == 1) {
        char c;
        if (read(w->calls, &c, 1) != 1)
            break;
        if (c == '\n') {
            line[n] = '\0';
            return line;
        }
        line[n++] = c;
        line[n] = '\0';
    }
    return "";
}

static void expect_call(watcher *w, const char *content)
{
    ck_assert_str_eq(next_call(w, 3000), content);
}

static void expect_quiet(watcher *w, int ms) { ck_assert_str_eq(next_call(w, ms), ""); }

/* The child's exit status, waiting up to 3 s (then it is killed: -1). */
static int wait_exit(watcher *w)
{
    int status = 0;
    for (int i = 0; i < 300; i++) {
        if (waitpid(w->pid, &status, WNOHANG) == w->pid) {
            close(w->calls);
            if (w->keys >= 0)
                close(w->keys);
            if (w->tty_peer >= 0)
                close(w->tty_peer);
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        usleep(10000);
    }
    kill(w->pid, SIGKILL);
    waitpid(w->pid, &status, 0);
    return -1;
}

static void quit(watcher *w)
{
    ck_assert_int_eq(write(w->keys, "q", 1), 1);
    ck_assert_int_eq(wait_exit(w), 0);
}

static int count(const char *haystack, const char *needle)
{
    int n = 0;
    for (const char *p = haystack; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* What the watcher printed on its screen (a file here). */
static const char *screen(void)
{
    static buf b;
    buf_release(&b);
    ck_assert_int_eq(fs_read_file(out_path, 1 << 20, -1, &b), 0);
    buf_append(&b, "", 1);
    return b.data;
}

/* ---- saving as editors do ---- */

static void write_in_place(const char *content)
{
    FILE *f = fopen(path, "w"); /* truncate, then write: two events */
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    ck_assert_int_eq(fclose(f), 0);
}

static void save_atomically(const char *content)
{
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s/.sol.c.tmp", dir);
    FILE *f = fopen(tmp, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(rename(tmp, path), 0);
}

static void sleep_ms(int ms) { usleep((useconds_t)ms * 1000); }

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/test-watch-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    snprintf(dir, sizeof dir, "%s/src", root);
    snprintf(path, sizeof path, "%s/sol.c", dir);
    snprintf(out_path, sizeof out_path, "%s/out.txt", root);
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    write_in_place("v1");
}

static void teardown(void) { fs_remove_tree(root); }

/* ---- saves ---- */

START_TEST(first_judgement_then_one_per_in_place_write)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    write_in_place("v2");
    expect_call(&w, "v2");
    expect_quiet(&w, 400);
    quit(&w);
    const char *s = screen();
    ck_assert_int_eq(count(s, "---- sol.c · judged at"), 2);
    ck_assert_ptr_nonnull(strstr(s, "watching sol.c (file events): r runs again, q quits"));
    ck_assert_ptr_null(strchr(s, '\033')); /* no screen control off a terminal */
}
END_TEST

START_TEST(atomic_save_is_judged_once)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    save_atomically("v2");
    expect_call(&w, "v2");
    expect_quiet(&w, 400);
    save_atomically("v3");
    expect_call(&w, "v3");
    quit(&w);
}
END_TEST

START_TEST(quick_writes_are_debounced_into_one)
{
    watcher w = start(&(options){.debounce_ms = 150});
    expect_call(&w, "v1");
    const char *versions[] = {"v2", "v3", "v4", "v5", "v6"};
    for (int i = 0; i < 5; i++) {
        if (i % 2)
            save_atomically(versions[i]);
        else
            write_in_place(versions[i]);
        sleep_ms(20);
    }
    expect_call(&w, "v6");
    expect_quiet(&w, 500);
    quit(&w);
}
END_TEST

START_TEST(touch_or_same_content_does_not_rejudge)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    sleep_ms(20);
    ck_assert_int_eq(utimensat(AT_FDCWD, path, NULL, 0), 0); /* touch */
    expect_quiet(&w, 300);
    save_atomically("v1"); /* a save without changes: new inode, new mtime */
    write_in_place("v1");
    expect_quiet(&w, 400);
    write_in_place("v2"); /* still watching */
    expect_call(&w, "v2");
    quit(&w);
}
END_TEST

START_TEST(other_files_of_the_directory_are_ignored)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    char other[160];
    snprintf(other, sizeof other, "%s/sol.c.swp", dir);
    FILE *f = fopen(other, "w");
    ck_assert_ptr_nonnull(f);
    fputs("swap", f);
    fclose(f);
    expect_quiet(&w, 300);
    write_in_place("v2");
    expect_call(&w, "v2");
    quit(&w);
}
END_TEST

START_TEST(saves_during_a_judgement_get_one_judgement_after_it)
{
    watcher w = start(&(options){.slow_call = 2, .slow_ms = 700});
    expect_call(&w, "v1");
    write_in_place("v2");
    expect_call(&w, "v2"); /* this judgement takes 700 ms */
    save_atomically("v3");
    sleep_ms(100);
    write_in_place("v4");
    sleep_ms(100);
    save_atomically("v5");
    expect_call(&w, "v5");
    expect_quiet(&w, 400);
    quit(&w);
}
END_TEST

START_TEST(a_failed_judgement_does_not_stop_the_watch)
{
    watcher w = start(&(options){.fail_call = 2});
    expect_call(&w, "v1");
    write_in_place("v2");
    expect_call(&w, "v2"); /* returns ERR_INPUT */
    write_in_place("v3");
    expect_call(&w, "v3");
    quit(&w);
}
END_TEST

/* ---- polling ---- */

START_TEST(polling_detects_a_change)
{
    watcher w = start(&(options){.poll = true, .poll_ms = 50});
    expect_call(&w, "v1");
    sleep_ms(120); /* the poller's first look */
    write_in_place("v2");
    expect_call(&w, "v2");
    expect_quiet(&w, 300);
    save_atomically("v3");
    expect_call(&w, "v3");
    quit(&w);
    ck_assert_ptr_nonnull(strstr(screen(), "watching sol.c (polling every 50 ms)"));
}
END_TEST

START_TEST(polling_can_be_asked_for_by_the_environment)
{
    watcher w = start(&(options){.env_poll = true, .poll_ms = 50});
    expect_call(&w, "v1");
    sleep_ms(120);
    ck_assert_int_eq(utimensat(AT_FDCWD, path, NULL, 0), 0); /* a touch is no change */
    expect_quiet(&w, 300);
    save_atomically("v2");
    expect_call(&w, "v2");
    quit(&w);
    ck_assert_ptr_nonnull(strstr(screen(), "(polling every 50 ms)"));
}
END_TEST

/* uv_fs_event_start failing (no inotify instance left) falls back to polling */
START_TEST(failing_file_events_switch_to_polling)
{
    watcher w = start(&(options){.no_inotify = true, .poll_ms = 50});
    expect_call(&w, "v1");
    sleep_ms(120);
    save_atomically("v2");
    expect_call(&w, "v2");
    quit(&w);
    const char *s = screen();
    ck_assert_msg(strstr(s, "file events do not work here (uv_fs_event_start") &&
                      strstr(s, "polling 'sol.c' every 50 ms"),
                  "screen: %s", s);
}
END_TEST

/* A file on FUSE (a stand-in for NFS, SMB or WSL's 9p: the kernel sees no event
 * for a change made elsewhere) is polled from the start, and the change made
 * behind the view's back is judged. */
START_TEST(file_on_fuse_is_polled)
{
    watcher w = start(&(options){.on_fuse = true, .poll_ms = 50});
    expect_call(&w, "v1");
    sleep_ms(120);
    save_atomically("v2");
    expect_call(&w, "v2");
    quit(&w);
    const char *s = screen();
    ck_assert_msg(strstr(s, "file events may not arrive from FUSE: polling 'sol.c' every 50 ms"),
                  "screen: %s", s);
}
END_TEST

/* ---- a file that goes away ---- */

static void delete_and_recreate(const options *o)
{
    watcher w = start(o);
    expect_call(&w, "v1");
    sleep_ms(120);
    ck_assert_int_eq(unlink(path), 0);
    expect_quiet(&w, 400);
    write_in_place("v1"); /* back for a moment, gone again before it settles */
    ck_assert_int_eq(unlink(path), 0);
    expect_quiet(&w, 400);
    save_atomically("v2");
    expect_call(&w, "v2");
    quit(&w);
    const char *s = screen();
    ck_assert_int_eq(count(s, "'sol.c' is gone: waiting for it to come back"), 1);
    ck_assert_int_eq(count(s, "'sol.c' is back"), 1);
}

START_TEST(deleted_file_is_waited_for) { delete_and_recreate(&(options){0}); }
END_TEST

START_TEST(deleted_file_is_waited_for_while_polling)
{
    delete_and_recreate(&(options){.poll = true, .poll_ms = 50});
}
END_TEST

START_TEST(deleted_directory_switches_to_polling)
{
    watcher w = start(&(options){.poll_ms = 50});
    expect_call(&w, "v1");
    ck_assert_int_eq(fs_remove_tree(dir), 0);
    sleep_ms(400);
    ck_assert_int_eq(fs_mkdir_p(dir), 0);
    write_in_place("v2");
    expect_call(&w, "v2");
    quit(&w);
    ck_assert_ptr_nonnull(strstr(screen(), "its directory is gone: polling 'sol.c' every 50 ms"));
}
END_TEST

/* ---- keys and signals ---- */

START_TEST(r_runs_again_and_q_quits)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    ck_assert_int_eq(write(w.keys, "xr", 2), 2);
    expect_call(&w, "v1"); /* unchanged, judged again on request */
    expect_quiet(&w, 200);
    quit(&w);
}
END_TEST

START_TEST(end_of_input_quits)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    close(w.keys);
    w.keys = -1;
    ck_assert_int_eq(wait_exit(&w), 0);
}
END_TEST

START_TEST(sigint_stops_the_watch)
{
    watcher w = start(&(options){0});
    expect_call(&w, "v1");
    kill(w.pid, SIGINT);
    ck_assert_int_eq(wait_exit(&w), 130);
}
END_TEST

START_TEST(sigint_during_a_judgement_stops_after_it)
{
    watcher w = start(&(options){.slow_call = 1, .slow_ms = 300});
    expect_call(&w, "v1");
    kill(w.pid, SIGINT);
    ck_assert_int_eq(wait_exit(&w), 130);
}
END_TEST

START_TEST(terminal_is_raw_while_waiting_and_restored_on_q)
{
    watcher w = start(&(options){.tty = true, .slow_call = 2, .slow_ms = 400});
    tcflag_t normal = ICANON | ECHO | ISIG; /* a new terminal's, checked by start() */
    expect_call(&w, "v1");
    sleep_ms(100);
    ck_assert_uint_eq(local_modes(w.tty_peer), 0); /* raw while waiting */
    write_in_place("v2");
    expect_call(&w, "v2");
    ck_assert_uint_eq(local_modes(w.tty_peer), normal); /* normal while judging */
    sleep_ms(500);
    ck_assert_uint_eq(local_modes(w.tty_peer), 0);
    ck_assert_int_eq(write(w.keys, "r", 1), 1); /* r works in raw mode: no Enter */
    expect_call(&w, "v2");
    sleep_ms(500);
    ck_assert_int_eq(write(w.keys, "\032", 1), 1); /* Ctrl-Z: stopped, terminal normal */
    int status;
    ck_assert_int_eq(waitpid(w.pid, &status, WUNTRACED), w.pid);
    ck_assert(WIFSTOPPED(status));
    ck_assert_uint_eq(local_modes(w.tty_peer), normal);
    kill(w.pid, SIGCONT); /* fg: raw again */
    sleep_ms(100);
    ck_assert_uint_eq(local_modes(w.tty_peer), 0);
    ck_assert_int_eq(write(w.keys, "q", 1), 1);
    int peer = w.tty_peer, master = w.keys; /* kept open: no hang-up before the look */
    w.tty_peer = w.keys = -1;
    ck_assert_int_eq(wait_exit(&w), 0);
    ck_assert_uint_eq(local_modes(peer), normal);
    close(peer);
    close(master);
}
END_TEST

START_TEST(terminal_is_restored_on_ctrl_c_and_sigint)
{
    for (int how = 0; how < 2; how++) {
        watcher w = start(&(options){.tty = true});
        tcflag_t normal = ICANON | ECHO | ISIG;
        expect_call(&w, "v1");
        sleep_ms(100);
        ck_assert_uint_eq(local_modes(w.tty_peer), 0);
        if (how == 0)
            ck_assert_int_eq(write(w.keys, "\003", 1), 1); /* Ctrl-C is a key when raw */
        else
            kill(w.pid, SIGINT);
        int peer = w.tty_peer, master = w.keys;
        w.tty_peer = w.keys = -1;
        ck_assert_int_eq(wait_exit(&w), 130);
        ck_assert_uint_eq(local_modes(peer), normal);
        close(peer);
        close(master);
    }
}
END_TEST

/* ---- the CLI's entry, judging for real ---- */

static void write_text(const char *file, const char *content)
{
    char full[256], parent[256];
    snprintf(full, sizeof full, "%s/%s", root, file);
    snprintf(parent, sizeof parent, "%s", full);
    *strrchr(parent, '/') = '\0';
    ck_assert_int_eq(fs_mkdir_p(parent), 0);
    FILE *f = fopen(full, "w");
    ck_assert_ptr_nonnull(f);
    fputs(content, f);
    fclose(f);
}

#define SUM_PROGRAM(op)                                                                            \
    "#include <stdio.h>\nint main(void){long s=0,x;while(scanf(\"%ld\",&x)==1)s" op "x;"           \
    "printf(\"%ld\\n\",s);return 0;}\n"

static void note_verdict(const judgement *j, const char *source, void *data)
{
    FILE *f = fopen(data, "a");
    if (f) {
        fprintf(f, "%s %s\n", verdict_code(j->v), strcmp(source, path) == 0 ? "ok" : source);
        fclose(f);
    }
}

START_TEST(watch_solution_judges_each_save_for_real)
{
    write_text("problems/sum/problem.json",
               "{\"title\": \"Sum\", \"difficulty\": \"easy\", \"kind\": \"program\","
               " \"checker\": \"tokens\", \"limits\": {\"time_ms\": 300, \"memory_mb\": 64,"
               " \"output_kb\": 16}}");
    write_text("problems/sum/data/sample/01.in", "1 2 3\n");
    write_text("problems/sum/data/sample/01.ans", "6\n");
    write_text("solutions/sum/reference.c", SUM_PROGRAM("+="));
    write_text("src/sol.c", SUM_PROGRAM("-="));
    char build[128], cache[128], json_path[128];
    snprintf(build, sizeof build, "%s/build", root);
    snprintf(cache, sizeof cache, "%s/cache", root);
    snprintf(json_path, sizeof json_path, "%s/report.jsonl", root);
    char hook_path[128];
    snprintf(hook_path, sizeof hook_path, "%s/judged.txt", root);
    int keys[2];
    ck_assert_int_eq(pipe(keys), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(30);
        problem p;
        if (problem_load(root, build, "sum", &p) < 0)
            _exit(97);
        dup2(keys[0], 0);
        close(keys[1]);
        if (!freopen(json_path, "w", stdout))
            _exit(98);
        session_config scfg = {.build = build, .cache = cache, .box = KIT_BOX, .jobs = 1};
        watch_options opt = {
            .json = true, .debounce_ms = 30, .judged = note_verdict, .judged_data = hook_path};
        plan pl;
        plan_init(&pl, &p);
        int rc = watch_solution(&scfg, &pl, path, "src/sol.c", &opt);
        problem_release(&p);
        _exit(rc == 0 ? 0 : err_exit_status(rc));
    }
    close(keys[0]);
    /* the first judgement (WA) is on the screen: then the learner fixes the file */
    buf b = {0};
    for (int i = 0; i < 300 && !strstr(b.data ? b.data : "", "\n"); i++) {
        sleep_ms(20);
        buf_release(&b);
        fs_read_file(json_path, 1 << 20, -1, &b);
        buf_append(&b, "", 1);
    }
    ck_assert_ptr_nonnull(strstr(b.data, "\"verdict\":\"WA\""));
    save_atomically(SUM_PROGRAM("+="));
    for (int i = 0; i < 300 && count(b.data, "\n") < 2; i++) {
        sleep_ms(20);
        buf_release(&b);
        fs_read_file(json_path, 1 << 20, -1, &b);
        buf_append(&b, "", 1);
    }
    ck_assert_int_eq(count(b.data, "\n"), 2); /* one JSON report per line */
    ck_assert_ptr_nonnull(strstr(strchr(b.data, '\n'), "\"verdict\":\"AC\""));
    ck_assert_ptr_nonnull(strstr(b.data, "\"file\":\"src/sol.c\""));
    buf_release(&b);
    close(keys[1]); /* EOF: the watch ends */
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    ck_assert_int_eq(fs_read_file(hook_path, 4096, -1, &b), 0);
    ck_assert_str_eq(b.data, "WA ok\nAC ok\n"); /* the hook saw both judgements */
    buf_release(&b);
}
END_TEST

static Suite *watch_suite(void)
{
    Suite *s = suite_create("watch");
    TCase *saves = tcase_create("saves");
    TCase *keys = tcase_create("keys");
    TCase *real = tcase_create("real");
    TCase *all[] = {saves, keys, real};
    for (int i = 0; i < 3; i++) {
        tcase_set_timeout(all[i], 30);
        tcase_add_checked_fixture(all[i], setup, teardown);
        suite_add_tcase(s, all[i]);
    }
    tcase_add_test(saves, first_judgement_then_one_per_in_place_write);
    tcase_add_test(saves, atomic_save_is_judged_once);
    tcase_add_test(saves, quick_writes_are_debounced_into_one);
    tcase_add_test(saves, touch_or_same_content_does_not_rejudge);
    tcase_add_test(saves, other_files_of_the_directory_are_ignored);
    tcase_add_test(saves, saves_during_a_judgement_get_one_judgement_after_it);
    tcase_add_test(saves, a_failed_judgement_does_not_stop_the_watch);
    tcase_add_test(saves, polling_detects_a_change);
    tcase_add_test(saves, polling_can_be_asked_for_by_the_environment);
    tcase_add_test(saves, failing_file_events_switch_to_polling);
    tcase_add_test(saves, file_on_fuse_is_polled);
    tcase_add_test(saves, deleted_file_is_waited_for);
    tcase_add_test(saves, deleted_file_is_waited_for_while_polling);
    tcase_add_test(saves, deleted_directory_switches_to_polling);
    tcase_add_test(keys, r_runs_again_and_q_quits);
    tcase_add_test(keys, end_of_input_quits);
    tcase_add_test(keys, sigint_stops_the_watch);
    tcase_add_test(keys, sigint_during_a_judgement_stops_after_it);
    tcase_add_test(keys, terminal_is_raw_while_waiting_and_restored_on_q);
    tcase_add_test(keys, terminal_is_restored_on_ctrl_c_and_sigint);
    tcase_add_test(real, watch_solution_judges_each_save_for_real);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(watch_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
