/* Submission builds: source checks, the cache key, the compiler command line, and
 * the verdict-free outcome of a compile (ok, CE reason, or internal failure). */
#include "compile.h"

#include "buf.h"
#include "config.h"
#include "err.h"
#include "fsutil.h"
#include "hash.h"
#include "objsize.h"
#include "run.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The compile limits, all here. An honest solution is a few KB that compiles in
 * well under a second with about 100 MB; the limits stop a compile bomb (an
 * endless include, a macro explosion) with a reason, quickly. Contest judges
 * cap sources at 64-512 KB; 1 MB leaves room for generated tables. */
enum {
    SOURCE_MAX = 1 << 20,
    LOG_CAP = 64 << 10,
    COMPILE_CPU_MS = 10000,
    COMPILE_WALL_MS = 10000,
    COMPILE_MEM_KB = 512 << 10,
    COMPILE_FSIZE_KB = 64 << 10,
};

/* The cache's bounds (compile.h): bytes unless KIT_CACHE_MB says otherwise, and
 * entries, which keep the scan after each build short whatever their size. */
enum { CACHE_MB = 256, CACHE_ENTRIES = 1000, DEPENDENCY_MAX = 64 << 20 };

/* The flags of CMakeLists.txt, which builds references and harnesses the same
 * way: _DEFAULT_SOURCE declares POSIX functions (strdup, getline) that learners
 * use, and an undeclared function is an error (in C an implicit int return
 * silently truncates pointers). The judge adds its diagnostics' form. */
static const char *const language_flags[] = {KIT_SUBMISSION_BASE_FLAGS, "-Wall", NULL};
static const char *const diagnostic_flags[] = {"-fmax-errors=20", "-fdiagnostics-color=never",
                                               NULL};
static const char *const optimize_flags[] = {"-O2", "-static", "-lm", NULL};
/* `judge test --sanitize`: ASan and UBSan need a dynamic link, and -O1 -g keep the
 * report's file:line close to the source. */
static const char *const sanitize_flags[] = {"-O1",
                                             "-g",
                                             "-fsanitize=address,undefined",
                                             "-fno-omit-frame-pointer",
                                             "-fno-sanitize-recover=undefined",
                                             "-lm",
                                             NULL};
/* `judge debug`: every line and variable where the source puts it, linked as
 * a judged binary is (statically), so gdb shows the run the judge makes. */
static const char *const debug_flags[] = {"-O0", "-g", "-static", "-lm", NULL};
/* Function problems: the harness wraps every allocation entry point
 * (harness/lib/harness.h); the list is CMakeLists.txt's KIT_WRAPPED. */
static const char *const wrap_flags[] = {KIT_WRAP_FLAG, KIT_TRACE_FLAG, NULL};
/* ...and its archives are linked whole. From an archive the linker takes only
 * the objects that define a symbol still undefined, so a submission with its own
 * main (or every symbol of harness.o) silently kept the harness out: no leak or
 * bounds checks, any answer accepted. Whole, a symbol defined twice is the
 * linker's "multiple definition" error, which the CE reason names. */
static const char *const whole_archive = "-Wl,--whole-archive";
static const char *const no_whole_archive = "-Wl,--no-whole-archive";

/* A problem that caps static data, and a warm build, are made in two stages, so
 * that the learner's own object can be measured and inspected before it is
 * linked with the harness (and the warm start, when it allows it). */
typedef enum { STAGE_OBJECT, STAGE_BINARY } build_stage;

typedef struct {
    compile_input in; /* source and display point at the copies below */
    char *source, *display;
    char *built; /* the compiler's output, in the scratch directory: the compiler may run
                    as the box's own uid, which can write only there */
    char *tmp_out, *final_out; /* the cache's copy of built, before and after its rename */
    char *deps;     /* final_out + ".deps": every file the compiler read, with its hash */
    char *warnings; /* final_out + ".log": the diagnostics of a build that succeeded */
    char *depfile;  /* gcc's dependency output (-MF), in the scratch directory */
    char *object;   /* the learner's object (built + ".o"), when built in two stages */
    char *archive, *common_archive, *include_dir;
    char *warm_archive; /* the warm start (warm.h), for a warm build */
    char *warm_mark;    /* final_out + ".warm": present when the binary has the warm start */
    bool warm_ok;       /* the object allows the warm start: it is linked first */
    build_stage stage;
    buf log; /* the diagnostics of every stage so far, with the real paths */
    uv_loop_t *loop;
    sandbox *box;
    struct timespec started;
    compile_done_cb cb;
    void *data;
} build;

static int check_source(const char *path, const char *display, buf *text)
{
    int rc = fs_read_file(path, SOURCE_MAX, ERR_INPUT, text);
    if (rc < 0)
        return rc;
    if (text->len == 0)
        return err_report(ERR_INPUT, "'%s' is empty: write a solution first (see `%s start`)",
                          display, err_command());
    if (memchr(text->data, '\0', text->len))
        return err_report(ERR_INPUT, "'%s' is a binary file, not C source", display);
    return 0;
}

/* The flags that follow the sources: how the binary is optimized and linked. */
static const char *const *link_flags(const compile_input *in)
{
    return in->sanitize ? sanitize_flags : in->debug ? debug_flags : optimize_flags;
}

const char *const *compile_language_flags(void) { return language_flags; }

const char *const *compile_sanitize_flags(void) { return sanitize_flags; }

int compile_check_source(const char *path, const char *display)
{
    buf text = BUF_INIT;
    int rc = check_source(path, display, &text);
    buf_release(&text);
    return rc;
}

static int hash_file(hash_state *h, const char *path, int code)
{
    buf content = BUF_INIT;
    int rc = fs_read_file(path, 64 << 20, code, &content);
    if (rc == 0) {
        hash_string(h, path);
        hash_update(h, content.data, content.len);
    }
    buf_release(&content);
    return rc;
}

static void hash_compiler(hash_state *h)
{
    struct stat st;
    hash_string(h, KIT_CC);
    if (stat(KIT_CC, &st) == 0) {
        hash_update(h, &st.st_size, sizeof st.st_size);
        hash_update(h, &st.st_mtim, sizeof st.st_mtim);
    }
}

static int cache_key(const build *b, const buf *source, char key[33])
{
    hash_state h;
    hash_init(&h);
    hash_string(&h, KIT_VERSION);
    for (const char *const *f = language_flags; *f; f++)
        hash_string(&h, *f);
    for (const char *const *f = diagnostic_flags; *f; f++)
        hash_string(&h, *f);
    for (const char *const *f = link_flags(&b->in); *f; f++)
        hash_string(&h, *f);
    for (const char *const *f = wrap_flags; *f; f++)
        hash_string(&h, *f);
    hash_string(&h, whole_archive);
    hash_compiler(&h);
    hash_update(&h, &b->in.prob->static_bytes, sizeof b->in.prob->static_bytes);
    /* where the source is decides which "helper.h" it includes */
    hash_string(&h, b->in.source);
    hash_update(&h, source->data, source->len);
    int rc = 0;
    if (b->archive) {
        char *header = fs_join(b->include_dir, b->in.prob->header);
        if (!header)
            return ERR_NOMEM;
        if ((rc = hash_file(&h, header, ERR_PACKAGE)) == 0 &&
            (rc = hash_file(&h, b->archive, ERR_PACKAGE)) == 0)
            rc = hash_file(&h, b->common_archive, ERR_PACKAGE);
        free(header);
    }
    /* a warm build is its own entry, even when its object turns out to run cold */
    if (rc == 0 && b->warm_archive)
        rc = hash_file(&h, b->warm_archive, ERR_PACKAGE);
    hash_hex(&h, key);
    return rc;
}

static void build_free(build *b)
{
    free(b->source);
    free(b->display);
    if (b->built)
        unlink(b->built);
    free(b->built);
    free(b->tmp_out);
    free(b->final_out);
    free(b->deps);
    free(b->warnings);
    free(b->warm_archive);
    free(b->warm_mark);
    if (b->depfile)
        unlink(b->depfile);
    free(b->depfile);
    if (b->object)
        unlink(b->object);
    free(b->object);
    buf_release(&b->log);
    free(b->archive);
    free(b->common_archive);
    free(b->include_dir);
    free(b);
}

static int prepare_paths(build *b, const char *key)
{
    char name[96];
    static unsigned counter;
    char *bin_dir = fs_join(b->in.cache, "bin");
    if (!bin_dir || fs_mkdir_p(bin_dir) < 0) {
        free(bin_dir);
        return bin_dir ? ERR_INTERNAL : ERR_NOMEM;
    }
    b->final_out = fs_join(bin_dir, key);
    snprintf(name, sizeof name, "%s.deps", key);
    b->deps = fs_join(bin_dir, name);
    snprintf(name, sizeof name, "%s.log", key);
    b->warnings = fs_join(bin_dir, name);
    snprintf(name, sizeof name, "%s.warm", key);
    b->warm_mark = fs_join(bin_dir, name);
    b->depfile = fs_join(b->in.scratch, "compile.d");
    snprintf(name, sizeof name, ".tmp-%s-%ld-%u", key, (long)getpid(), counter);
    b->tmp_out = fs_join(bin_dir, name);
    free(bin_dir);
    snprintf(name, sizeof name, "cc-%s-%u", key, counter++);
    b->built = fs_join(b->in.scratch, name);
    /* a debug build is for gdb, not the judged build: its static data is not measured */
    bool two_stages = (b->in.prob->static_bytes > 0 || b->warm_archive) && !b->in.debug;
    if (b->built && two_stages)
        b->object = fs_suffixed(b->built, ".o");
    if (!b->final_out || !b->tmp_out || !b->built || !b->deps || !b->warnings || !b->depfile ||
        !b->warm_mark || (two_stages && !b->object))
        return ERR_NOMEM;
    return 0;
}

/* A compile interrupted at the wrong moment (Ctrl-C while the linker writes, a
 * killed judge) leaves its .tmp-KEY-PID-N output behind. Such a file is never
 * used, since binaries are looked up by their final name, but it takes room:
 * before its first compile, a judge removes the ones whose process is gone.
 * A live judge's files are kept, so two judges on one cache do not collide. */
static void sweep_stale_temps(const char *cache)
{
    static bool swept;
    if (swept)
        return;
    swept = true;
    char *bin_dir = fs_join(cache, "bin");
    DIR *d = bin_dir ? opendir(bin_dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char key[33];
        long pid;
        unsigned n;
        if (strncmp(e->d_name, ".tmp-", 5) != 0 ||
            sscanf(e->d_name, ".tmp-%32[0-9a-f]-%ld-%u", key, &pid, &n) != 3 || pid <= 0 ||
            pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue;
        unlinkat(dirfd(d), e->d_name, 0);
    }
    if (d)
        closedir(d);
    free(bin_dir);
}

/* ---- what the compiler read ----
 *
 * The key covers the source and the package's files, but a source may include
 * headers of the learner's own (workspace/helper.h): gcc lists every file it
 * read (-MD), and the cache keeps that list beside the binary with a hash of
 * each file. A hit re-hashes them (headers: a few hundred KB); one that changed
 * or vanished makes the entry a miss. */

/* Reads a whole regular file into out without a word: a dependency that is
 * gone or unreadable is a cache miss, not an error. Returns 0 or -1. */
static int read_quietly(const char *path, buf *out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    struct stat st;
    int rc = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? 0 : -1;
    char chunk[65536];
    ssize_t got;
    while (rc == 0 && (got = read(fd, chunk, sizeof chunk)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 || out->len + (size_t)got > DEPENDENCY_MAX ||
            buf_append(out, chunk, (size_t)got) < 0)
            rc = -1;
    }
    if (fd >= 0)
        close(fd);
    return rc;
}

/* hex gets the hash of the file at path; -1 when it cannot be read. */
static int digest_of(const char *path, char hex[33])
{
    buf content = BUF_INIT;
    int rc = read_quietly(path, &content);
    if (rc == 0) {
        hash_state h;
        hash_init(&h);
        hash_update(&h, content.data ? content.data : "", content.len);
        hash_hex(&h, hex);
    }
    buf_release(&content);
    return rc;
}

/* The prerequisites of gcc's "deps: a b\ c \<newline> d" (-MD -MTdeps), each
 * appended to out with its NUL, unquoted as gcc quotes them for make ("\ ",
 * "\#", "$$"). Only a name with backslashes before a blank (which gcc doubles)
 * is misread; in practice such a name is no file, and a name that is no file
 * stores no list: a miss, not a wrong hit. Returns how many names, or -1 when
 * text is not such a rule or memory ran out. */
static long parse_depfile(const buf *text, buf *out)
{
    const char *p = text->data, *end = p + text->len;
    if (text->len < 5 || memcmp(p, "deps:", 5) != 0)
        return -1;
    long n = 0;
    bool open = false, failed = false;
    for (p += 5; p < end; p++) {
        bool quoted = false;
        if (*p == '\\' && p + 1 < end && memchr(" \t#\n", p[1], 4)) {
            p++;
            quoted = *p != '\n'; /* a backslash-newline continues the line */
        } else if (*p == '$' && p + 1 < end && p[1] == '$') {
            p++;
            quoted = true;
        }
        if (!quoted && (*p == ' ' || *p == '\t' || *p == '\n')) {
            failed |= open && buf_append(out, "", 1) < 0;
            n += open;
            open = false;
            continue;
        }
        failed |= buf_append(out, p, 1) < 0;
        open = true;
    }
    failed |= open && buf_append(out, "", 1) < 0;
    n += open;
    return failed ? -1 : n;
}

/* Writes b->deps from gcc's dependency output: "HASH PATH" a line for every
 * file the compiler read, written whole or not at all. Returns 0, or a negative
 * errno as fs_write_file does (the caller names the file). A list that cannot be made (a name that
 * is no file, or that holds a newline) removes the entry's list: the binary is used now, rebuilt
 * next time. */
static int store_deps(const build *b)
{
    buf text = BUF_INIT, names = BUF_INIT, list = BUF_INIT;
    long n = read_quietly(b->depfile, &text) == 0 ? parse_depfile(&text, &names) : -1;
    const char *name = names.data;
    for (long i = 0; i < n && name; i++, name += strlen(name) + 1) {
        char hex[33];
        if (digest_of(name, hex) < 0 || buf_appendf(&list, "%s %s\n", hex, name) < 0)
            n = -1;
    }
    int rc = 0;
    if (n > 0) {
        char *tmp = fs_suffixed(b->tmp_out, ".deps");
        rc = tmp ? fs_write_file(tmp, list.data, list.len, O_TRUNC, 0644) : -ENOMEM;
        if (rc == 0 && rename(tmp, b->deps) < 0)
            rc = -errno;
        if (rc < 0 && tmp)
            unlink(tmp);
        free(tmp);
    } else {
        unlink(b->deps);
    }
    buf_release(&text);
    buf_release(&names);
    buf_release(&list);
    return rc;
}

/* True when every file of the entry's list still has the hash it had. */
static bool deps_unchanged(const char *deps)
{
    buf text = BUF_INIT;
    bool same = read_quietly(deps, &text) == 0 && text.len > 0 && text.data[text.len - 1] == '\n';
    for (char *line = text.data, *nl; same && line < text.data + text.len; line = nl + 1) {
        nl = memchr(line, '\n', (size_t)(text.data + text.len - line));
        *nl = '\0';
        char hex[33];
        same = nl - line > 33 && line[32] == ' ' && digest_of(line + 33, hex) == 0 &&
               memcmp(hex, line, 32) == 0;
    }
    buf_release(&text);
    return same;
}

/* ---- the cache's size ----
 *
 * After each build, entries (a binary and its list) are removed least recently
 * used first until the cache is within its bytes and its entries; a hit marks
 * its entry used (the binary's mtime). The entry just built stays. */

typedef struct {
    char key[33];
    bool side; /* the list or the warnings, not the binary */
    off_t bytes;
    struct timespec used;
} cache_file;

static int by_key(const void *x, const void *y)
{
    return strcmp(((const cache_file *)x)->key, ((const cache_file *)y)->key);
}

static int by_use(const void *x, const void *y)
{
    const struct timespec *a = &((const cache_file *)x)->used, *b = &((const cache_file *)y)->used;
    return a->tv_sec != b->tv_sec ? (a->tv_sec < b->tv_sec ? -1 : 1)
                                  : (a->tv_nsec > b->tv_nsec) - (a->tv_nsec < b->tv_nsec);
}

/* The budget in bytes: KIT_CACHE_MB (a number of MB, fractions too) when it is
 * a positive number, else CACHE_MB. */
static long long cache_budget(void)
{
    const char *env = getenv("KIT_CACHE_MB");
    char *stop;
    double mb = env ? strtod(env, &stop) : 0;
    if (!env || stop == env || *stop || !(mb > 0 && mb <= 1 << 30))
        mb = CACHE_MB;
    return (long long)(mb * (1 << 20));
}

/* The entry's key when name is KEY, KEY.deps or KEY.log; *side says it is one of
 * the binary's side files. */
static bool entry_name(const char *name, char key[33], bool *side)
{
    for (int i = 0; i < 32; i++)
        if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
            return false;
    *side = strcmp(name + 32, ".deps") == 0 || strcmp(name + 32, ".log") == 0 ||
            strcmp(name + 32, ".warm") == 0;
    if (name[32] != '\0' && !*side)
        return false;
    memcpy(key, name, 32);
    key[32] = '\0';
    return true;
}

static void evict(const char *cache, const char *keep)
{
    char *bin_dir = fs_join(cache, "bin");
    DIR *d = bin_dir ? opendir(bin_dir) : NULL;
    cache_file *files = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        cache_file f;
        struct stat st;
        if (!entry_name(e->d_name, f.key, &f.side) ||
            fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            continue;
        if (n == cap) {
            cache_file *grown = realloc(files, (cap = cap ? 2 * cap : 256) * sizeof *files);
            if (!grown)
                break;
            files = grown;
        }
        f.bytes = st.st_size;
        f.used = st.st_mtim;
        files[n++] = f;
    }
    /* one entry per key: its binary's use (or its list's, when the binary is gone) */
    if (n > 1) /* qsort of a NULL array, even empty, is undefined */
        qsort(files, n, sizeof *files, by_key);
    size_t entries = 0;
    long long total = 0;
    for (size_t i = 0; i < n; i++) {
        total += files[i].bytes;
        if (entries && strcmp(files[entries - 1].key, files[i].key) == 0) {
            files[entries - 1].bytes += files[i].bytes;
            if (!files[i].side)
                files[entries - 1].used = files[i].used;
        } else {
            files[entries++] = files[i];
        }
    }
    if (entries > 1)
        qsort(files, entries, sizeof *files, by_use);
    long long budget = cache_budget();
    size_t left = entries;
    for (size_t i = 0; d && i < entries && (total > budget || left > CACHE_ENTRIES); i++) {
        if (strcmp(files[i].key, keep) == 0)
            continue;
        char side[40];
        unlinkat(dirfd(d), files[i].key, 0);
        snprintf(side, sizeof side, "%s.deps", files[i].key);
        unlinkat(dirfd(d), side, 0);
        snprintf(side, sizeof side, "%s.log", files[i].key);
        unlinkat(dirfd(d), side, 0);
        snprintf(side, sizeof side, "%s.warm", files[i].key);
        unlinkat(dirfd(d), side, 0);
        total -= files[i].bytes;
        left--;
    }
    free(files);
    if (d)
        closedir(d);
    free(bin_dir);
}

/* Puts the built binary in the cache under its key, then its list: a judge that
 * looks in between sees the new binary with the old list, which no longer
 * matches (a miss), never an old binary with a new list. Returns 0, or a
 * negative errno with *what naming the file that could not be written (nothing
 * of the entry is left then). */
static int store_entry(const build *b, const char **what)
{
    *what = b->final_out;
    int rc = fs_copy_file(b->built, b->tmp_out, 0755);
    if (rc == 0 && rename(b->tmp_out, b->final_out) < 0)
        rc = -errno;
    if (rc < 0) {
        unlink(b->tmp_out);
        return rc;
    }
    *what = b->deps;
    if ((rc = store_deps(b)) < 0) {
        unlink(b->final_out);
        unlink(b->deps);
    }
    return rc;
}

static int prepare_harness(build *b)
{
    const problem *p = b->in.prob;
    if (p->kind != PROBLEM_FUNCTION)
        return 0;
    char name[128];
    snprintf(name, sizeof name, "harness/libharness_%s.a", p->slug);
    b->archive = fs_join(b->in.build, name);
    b->common_archive = fs_join(b->in.build, "harness/libharness.a");
    b->include_dir = strdup(p->dir);
    if (!b->archive || !b->common_archive || !b->include_dir)
        return ERR_NOMEM;
    if (!fs_exists(b->archive))
        return err_report(ERR_PACKAGE, "'%s' is missing: build the kit (./kit) first", b->archive);
    return 0;
}

/* A warm build links build/harness/libwarm.a; without it (a kit built before it
 * existed) the build is an ordinary one. */
static int prepare_warm(build *b)
{
    if (!b->in.warm || b->in.sanitize || b->in.debug)
        return 0;
    if (!(b->warm_archive = fs_join(b->in.build, "harness/libwarm.a")))
        return ERR_NOMEM;
    if (!fs_exists(b->warm_archive)) {
        free(b->warm_archive);
        b->warm_archive = NULL;
    }
    return 0;
}

/* The first of the paths in from[0..n) (NULL entries skipped) that occurs in
 * [p, end), or NULL; *which gets its index. */
static const char *first_path(const char *p, const char *end, const char *const *from, size_t n,
                              size_t *which)
{
    const char *best = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *hit =
            from[i] && from[i][0] ? memmem(p, (size_t)(end - p), from[i], strlen(from[i])) : NULL;
        if (hit && (!best || hit < best)) {
            best = hit;
            *which = i;
        }
    }
    return best;
}

/* Replaces every occurrence of the absolute paths of the source (and of its
 * object, for a two-stage build) with the learner's own spelling, so
 * `file:line:col:` points where their editor expects. */
static char *rewrite_log(const buf *log, const char *const *from, size_t n, const char *to)
{
    buf out = BUF_INIT;
    size_t lt = strlen(to), which = 0;
    const char *p = log->data ? log->data : "";
    const char *end = p + log->len;
    while (p < end) {
        const char *hit = first_path(p, end, from, n, &which);
        size_t chunk = hit ? (size_t)(hit - p) : (size_t)(end - p);
        buf_append(&out, p, chunk);
        if (!hit)
            break;
        buf_append(&out, to, lt);
        p = hit + strlen(from[which]);
    }
    if (!out.data)
        buf_append(&out, "", 0);
    return buf_detach(&out);
}

/* gcc's words (LC_ALL=C) when an allocation fails under RLIMIT_AS: the compiler
 * exits with an error rather than dying, so its log tells a memory bomb apart.
 * Only at the start of a line: diagnostics quote source lines after a margin. */
static bool log_says_out_of_memory(const buf *log)
{
    static const char *const starts[] = {"cc1: out of memory", "virtual memory exhausted",
                                         "cc1: fatal error: out of memory"};
    for (size_t pos = 0; log->data && pos < log->len;) {
        const char *line = log->data + pos;
        size_t left = log->len - pos;
        for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
            if (left >= strlen(starts[i]) && memcmp(line, starts[i], strlen(starts[i])) == 0)
                return true;
        const char *nl = memchr(line, '\n', left);
        pos = nl ? (size_t)(nl - log->data) + 1 : log->len;
    }
    return false;
}

/* Why the compile failed, in one line, or NULL when it did not (RECORD_OK) or
 * failed through the source (RECORD_EXIT: "reported errors", decided by the
 * caller). */
/* The tools name a full disk in their own words; the judge's cache (or the
 * compiler's TMPDIR) filling up is not the learner's compile error. */
static bool log_says_disk_full(const buf *log)
{
    return log->data && memmem(log->data, log->len, "No space left on device", 23) != NULL;
}

/* The reason of a build that ran out of disk: the compiler's, in the scratch
 * directory, or the judge's, storing the binary in the cache. */
static char *disk_full_reason(const char *what, const char *where, const char *advice)
{
    char *reason = NULL;
    if (asprintf(&reason, "the disk holding the %s '%s' is full: free some space%s", what, where,
                 advice) < 0)
        reason = NULL;
    return reason;
}

static char *failure_reason(const record *rec, const buf *log, const char *scratch, bool *internal)
{
    char *reason = NULL;
    int n = 0;
    *internal = false;
    switch (rec->status) {
    case RECORD_OK:
        return NULL;
    case RECORD_EXIT:
        if (log_says_disk_full(log)) {
            *internal = true;
            return disk_full_reason("scratch directory", scratch, "");
        }
        if (!log_says_out_of_memory(log))
            return NULL;
        /* fall through */
    case RECORD_MEM:
        n = asprintf(&reason, "the compiler ran out of memory (%d MB)", COMPILE_MEM_KB >> 10);
        break;
    case RECORD_CPU:
    case RECORD_WALL:
        n = asprintf(&reason,
                     "the compiler ran out of time (%d s): is something expanding without end?",
                     COMPILE_WALL_MS / 1000);
        break;
    case RECORD_SIGNAL:
        n = asprintf(&reason, "%s",
                     rec->signal == SIGXFSZ ? "the compiler's output grew past its size limit"
                                            : "the compiler was killed by a signal");
        break;
    case RECORD_SETUP:
    case RECORD_ERROR:
    default:
        *internal = true;
        n = rec->msg[0] ? asprintf(&reason, "the compiler could not be run: %s", rec->msg)
                        : asprintf(&reason, "the compiler could not be run");
        break;
    }
    return n < 0 ? NULL : reason;
}

static bool is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* The line (1-based) and column of the first line of text that starts at its
 * first column (a definition, not a call in a body) and names sym as a whole
 * word followed by "(", "=", "[" or ";"; 0 when none does. */
static long definition_line(const char *text, size_t len, const char *sym, long *col)
{
    size_t n = strlen(sym);
    long line = 1;
    for (size_t at = 0; at < len; line++) {
        const char *start = text + at, *nl = memchr(start, '\n', len - at);
        size_t line_len = nl ? (size_t)(nl - start) : len - at;
        bool top = line_len > 0 && start[0] != ' ' && start[0] != '\t' && start[0] != '#' &&
                   start[0] != '/' && start[0] != '*';
        for (size_t i = 0; top && i + n <= line_len; i++) {
            if (memcmp(start + i, sym, n) != 0 || (i > 0 && is_ident_char(start[i - 1])) ||
                (i + n < line_len && is_ident_char(start[i + n])))
                continue;
            size_t j = i + n;
            while (j < line_len && (start[j] == ' ' || start[j] == '\t'))
                j++;
            if (j < line_len && strchr("(=[;", start[j])) {
                *col = (long)i + 1;
                return line;
            }
        }
        at += line_len + 1;
    }
    return 0;
}

/* A clash of a symbol the learner's file defines, as the compiler would say it
 * (FILE:LINE:COL: error: ..., the line, a caret), in place of the linker's lines,
 * which are about the harness's insides; NULL when the definition is not found. */
static char *clash_diagnostic(const build *b, const char *sym, const char *reason, int bare)
{
    buf text = BUF_INIT, out = BUF_INIT;
    long col = 0, line = 0;
    if (read_quietly(b->in.source, &text) == 0)
        line = definition_line(text.data ? text.data : "", text.len, sym, &col);
    if (line > 0) {
        const char *start = text.data;
        for (long l = 1; l < line; l++)
            start = strchr(start, '\n') + 1;
        const char *nl = strchr(start, '\n');
        int width = (int)(nl ? nl - start : (long)strlen(start));
        buf_appendf(&out, "%s:%ld:%ld: error: %.*s\n%5ld | %.*s\n      | %*s^\n", b->in.display,
                    line, col, bare, reason, line, width, start, (int)col - 1, "");
    }
    buf_release(&text);
    return buf_detach(&out);
}

static long elapsed_ms(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000 + (now.tv_nsec - since->tv_nsec) / 1000000;
}

static void append_log(build *b, const run_result *res)
{
    buf_append(&b->log, res->stream[RUN_STDERR].data ? res->stream[RUN_STDERR].data : "",
               res->stream[RUN_STDERR].len);
    buf_append(&b->log, res->stream[RUN_STDOUT].data ? res->stream[RUN_STDOUT].data : "",
               res->stream[RUN_STDOUT].len);
    if (res->total[RUN_STDERR] > res->stream[RUN_STDERR].len)
        buf_appendf(&b->log, "... (%zu more bytes of diagnostics)\n",
                    res->total[RUN_STDERR] - res->stream[RUN_STDERR].len);
}

/* For a line of the linker's --trace-symbol output ("LD: OBJECT: reference to
 * NAME", "LD: OBJECT: definition of NAME"), asked for by wrap_flags: where NAME
 * starts, and whether it is a reference. NULL for any other line. */
static const char *trace_name(const char *line, size_t len, bool *reference)
{
    static const char *const marks[] = {": reference to ", ": definition of "};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        const char *m = memmem(line, len, marks[i], strlen(marks[i]));
        const char *name = m ? m + strlen(marks[i]) : NULL;
        if (name && !memchr(name, ' ', (size_t)(line + len - name))) {
            *reference = i == 0;
            return name;
        }
    }
    return NULL;
}

/* The CE reason when the learner's code calls an allocator under the name the
 * harness's wrapping leaves to the C library (__real_malloc): such a block is
 * never counted, so a leak through it would go unseen. After --wrap only those
 * calls still reference the plain name; the harness's own come from its
 * archives, "LIB.a(OBJECT)". NULL when there is none. The trace lines are taken
 * out of the log either way: they are the judge's question, not a diagnostic. */
static char *real_call_refusal(buf *log)
{
    char *reason = NULL;
    size_t kept = 0;
    for (size_t at = 0; at < log->len;) {
        const char *line = log->data + at;
        const char *nl = memchr(line, '\n', log->len - at);
        size_t len = nl ? (size_t)(nl - line) : log->len - at, next = at + len + (nl != NULL);
        bool reference = false;
        const char *name = trace_name(line, len, &reference);
        if (!name) {
            memmove(log->data + kept, line, next - at);
            kept += next - at;
        } else if (!reason && reference && !memmem(line, len, ".a(", 3)) {
            if (asprintf(&reason,
                         "your code calls __real_%.*s, the C library's allocator behind the "
                         "harness's count: call %.*s itself",
                         (int)(line + len - name), name, (int)(line + len - name), name) < 0)
                reason = strdup("your code calls the C library's allocator behind the harness");
        }
        at = next;
    }
    log->len = kept;
    if (log->data)
        log->data[kept] = '\0';
    return reason;
}

/* Reads the learner's object: the CE reason when it holds more static data than
 * the problem allows, else NULL (*internal when it cannot be measured); and
 * whether it allows the warm start (b->warm_ok). */
static char *inspect_object(build *b, bool *internal)
{
    objsize size;
    char *reason = NULL, described[256];
    if (objsize_read(b->object, &size) < 0) {
        *internal = true;
        return strdup("cannot measure the static data of the compiled file");
    }
    b->warm_ok = b->warm_archive && !size.early[0];
    if (b->in.prob->static_bytes <= 0 || size.total <= (uint64_t)b->in.prob->static_bytes)
        return NULL;
    if (asprintf(
            &reason, "static data of %s is over this problem's cap of %ld bytes: see the statement",
            objsize_describe(&size, described, sizeof described), b->in.prob->static_bytes) < 0)
        return strdup("static data is over this problem's cap");
    return reason;
}

/* The symbol quoted after mark in text (`main' in the C locale, \u2018main\u2019
 * in a UTF-8 one), copied to sym; returns the byte after its closing quote, or
 * NULL. */
static const char *quoted_symbol(const char *text, const char *end, char *sym, size_t size)
{
    static const char *const closers[] = {"'", "\xe2\x80\x99"};
    for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
        const char *close = memmem(text, (size_t)(end - text), closers[i], strlen(closers[i]));
        if (close && (size_t)(close - text) < size && close > text) {
            snprintf(sym, size, "%.*s", (int)(close - text), text);
            return close + strlen(closers[i]);
        }
    }
    return NULL;
}

/* "FILE:LINE" out of the linker's "OBJECT:FILE:LINE" (the learner's side of a
 * clash), or "" when it names no line (a file built without -g). */
static void clash_place(const char *text, size_t len, char *place, size_t size)
{
    place[0] = '\0';
    const char *colon = len ? memrchr(text, ':', len) : NULL;
    if (!colon || colon + 1 == text + len)
        return;
    for (const char *d = colon + 1; d < text + len; d++)
        if (*d < '0' || *d > '9')
            return;
    const char *file = memrchr(text, ':', (size_t)(colon - text));
    file = file ? file + 1 : text;
    snprintf(place, size, " (%.*s)", (int)(text + len - file), file);
}

/* The CE reason when the link failed because the learner's file defines a symbol
 * that the harness (or the C library) defines too, from the first of the
 * linker's lines
 *   HARNESS-PLACE: multiple definition of `main'; OBJECT:FILE:LINE: first defined here
 * (the learner's file comes first on the command line, so theirs is the first
 * definition); NULL when the log has no such line. One line, not the raw log:
 * it is what a learner who wrote a main() by habit must read first. The symbol
 * goes to sym (size 128), the reason's length without the place to *bare. */
static char *clash_reason(const char *log, char sym[128], int *bare)
{
    static const char *const marks[] = {"multiple definition of `",
                                        "multiple definition of \xe2\x80\x98"};
    const char *hit = NULL, *end = log + strlen(log);
    size_t mark = 0;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        const char *h = strstr(log, marks[i]);
        if (h && (!hit || h < hit)) {
            hit = h;
            mark = strlen(marks[i]);
        }
    }
    if (!hit)
        return NULL;
    const char *eol = memchr(hit, '\n', (size_t)(end - hit));
    eol = eol ? eol : end;
    char place[160] = "";
    const char *after = quoted_symbol(hit + mark, eol, sym, 128);
    if (!after)
        return NULL;
    const char *first = strstr(after, ": first defined here");
    if (strncmp(after, "; ", 2) == 0 && first && first < eol)
        clash_place(after + 2, (size_t)(first - after - 2), place, sizeof place);
    /* the harness's side is on this line, or on the "in function" line before it */
    const char *line = hit;
    for (int lines = 0; line > log && lines < 2; line--)
        lines += line[-1] == '\n';
    bool harness = memmem(line, (size_t)(hit - line), "libharness", 10) != NULL;
    char *reason = NULL;
    int n;
    if (strcmp(sym, "main") == 0)
        n = asprintf(&reason, "the harness provides main(): remove yours%s", place);
    else if (harness)
        n = asprintf(&reason, "the harness defines %s: rename yours%s", sym, place);
    else
        n = asprintf(&reason,
                     "%s is defined twice, in your file and in the C library: rename "
                     "yours%s",
                     sym, place);
    *bare = n - (int)strlen(place);
    return n < 0 ? NULL : reason;
}

/* A cached build's warnings name the file by this mark, which becomes the name
 * the learner gives at the hit: the same source may be judged under another. */
static const char *const SOURCE_MARK = "\x01kit-source\x01";

/* Keeps the diagnostics of a build that succeeded (warnings) beside its binary,
 * so that a cache hit shows them again; an empty log keeps nothing. Warnings are
 * advice: a file that cannot be written costs them, never the build. */
static void store_warnings(const build *b, const char *const *paths, size_t n)
{
    char *marked = b->log.len ? rewrite_log(&b->log, paths, n, SOURCE_MARK) : NULL;
    char *tmp = NULL;
    if (marked && asprintf(&tmp, "%s.log", b->tmp_out) >= 0) {
        if (fs_write_file(tmp, marked, strlen(marked), O_TRUNC, 0644) < 0 ||
            rename(tmp, b->warnings) < 0)
            unlink(tmp);
        free(tmp);
    } else {
        unlink(b->warnings);
    }
    free(marked);
}

/* The warnings kept with a cached binary, naming the source as display ("" when
 * none were kept). */
static char *cached_warnings(const build *b)
{
    buf text = BUF_INIT;
    char *log = NULL;
    if (read_quietly(b->warnings, &text) == 0 && text.len > 0)
        log = rewrite_log(&text, &SOURCE_MARK, 1, b->in.display);
    buf_release(&text);
    return log ? log : strdup("");
}

/* Hands the outcome to the caller: the log with the learner's paths, and, when
 * the build succeeded, the binary stored in the cache with its list and the
 * cache trimmed to its budget. */
static void finish(build *b, compile_result *out, bool failed)
{
    const char *stored = NULL;
    int rc;
    out->ms = elapsed_ms(&b->started);
    const char *paths[] = {b->in.source, b->object};
    out->log = rewrite_log(&b->log, paths, 2, b->in.display);
    char sym[128];
    int bare = 0;
    if (failed && !out->reason &&
        (out->reason = clash_reason(out->log ? out->log : "", sym, &bare))) {
        char *diagnostic = clash_diagnostic(b, sym, out->reason, bare);
        if (diagnostic) {
            free(out->log);
            out->log = diagnostic;
        }
    } else if (failed && !out->reason) {
        out->reason = strdup("the compiler reported errors");
    }
    if (failed) {
        /* nothing to store: build_free removes what was built */
    } else if ((rc = store_entry(b, &stored)) < 0) {
        out->internal = true;
        if (rc == -ENOSPC || rc == -EDQUOT)
            out->reason = disk_full_reason("compile cache", b->in.cache,
                                           " or set KIT_CACHE to another directory");
        else if (asprintf(&out->reason, "cannot store '%s' in the compile cache: %s", stored,
                          strerror(-rc)) < 0)
            out->reason = NULL;
    } else {
        store_warnings(b, paths, 2);
        out->warm = b->warm_ok && fs_write_file(b->warm_mark, "", 0, O_TRUNC, 0644) == 0;
        if (!out->warm)
            unlink(b->warm_mark); /* without its mark the binary runs cold: still right */
        out->ok = true;
        out->binary = strdup(b->final_out);
        char key[33];
        snprintf(key, sizeof key, "%s", strrchr(b->final_out, '/') + 1);
        evict(b->in.cache, key);
    }
    compile_done_cb cb = b->cb;
    void *cb_data = b->data;
    build_free(b);
    cb(out, cb_data);
}

static int start_stage(build *b, build_stage stage);

static void on_compiled(run_result *res, void *data)
{
    build *b = data;
    compile_result out = {.ms = 0};
    append_log(b, res);
    out.reason = failure_reason(&res->rec, &b->log, b->in.scratch, &out.internal);
    bool failed = out.reason || res->rec.status != RECORD_OK;
    run_result_release(res);
    if (b->archive && b->stage == STAGE_BINARY) {
        char *refusal = real_call_refusal(&b->log);
        if (!failed && refusal) {
            failed = true;
            out.reason = refusal;
        } else {
            free(refusal);
        }
    }
    if (!failed && b->stage == STAGE_OBJECT) {
        failed = (out.reason = inspect_object(b, &out.internal)) != NULL;
        if (!failed && start_stage(b, STAGE_BINARY) == 0)
            return;
        if (!failed) {
            failed = out.internal = true;
            out.reason = strdup("the linker could not be started");
        }
    }
    finish(b, &out, failed);
}

/* The command line of a stage: the whole build from the source, or its two
 * halves, the learner's object alone and then its link with the harness. */
static int stage_argv(const build *b, build_stage stage, const char **argv, char *include,
                      size_t include_size)
{
    int n = 0;
    bool from_object = stage == STAGE_BINARY && b->object && !b->in.sanitize;
    argv[n++] = KIT_CC;
    for (const char *const *f = language_flags; *f; f++)
        argv[n++] = *f;
    for (const char *const *f = diagnostic_flags; *f; f++)
        argv[n++] = *f;
    if (b->include_dir && !from_object) {
        snprintf(include, include_size, "-I%s", b->include_dir);
        argv[n++] = include;
    }
    if (stage == STAGE_OBJECT) {
        /* measured as the judged binary is built: -O2, whatever --sanitize says */
        argv[n++] = "-c";
        argv[n++] = "-O2";
        argv[n++] = "-o";
        argv[n++] = b->object;
        argv[n++] = b->in.source;
        argv[n] = NULL;
        return n;
    }
    argv[n++] = "-o";
    argv[n++] = b->built;
    if (b->warm_ok) { /* first: its preinit entry runs before any other */
        argv[n++] = whole_archive;
        argv[n++] = b->warm_archive;
        argv[n++] = no_whole_archive;
    }
    argv[n++] = from_object ? b->object : b->in.source;
    if (b->archive) {
        argv[n++] = whole_archive;
        argv[n++] = b->archive;
        argv[n++] = b->common_archive;
        argv[n++] = no_whole_archive;
        for (const char *const *f = wrap_flags; *f; f++)
            argv[n++] = *f;
    }
    for (const char *const *f = link_flags(&b->in); *f; f++)
        argv[n++] = *f;
    argv[n] = NULL;
    return n;
}

static int start_stage(build *b, build_stage stage)
{
    const char *argv[40];
    char include[4200], depfile[PATH_MAX + 4];
    b->stage = stage;
    int n = stage_argv(b, stage, argv, include, sizeof include);
    /* the stage that reads the source lists what it read (joined forms: the
       compiler's Landlock rules take a separate word for a file to read) */
    for (int i = 0; i < n; i++) {
        if (argv[i] != b->in.source)
            continue;
        snprintf(depfile, sizeof depfile, "-MF%s", b->depfile);
        argv[n++] = "-MD";
        argv[n++] = "-MTdeps";
        argv[n++] = depfile;
        argv[n] = NULL;
        break;
    }
    run_spec spec = {.box = b->box,
                     .argv = argv,
                     .profile = "compile",
                     .dir = b->in.scratch,
                     .cpu_ms = COMPILE_CPU_MS,
                     .wall_ms = COMPILE_WALL_MS,
                     .mem_kb = COMPILE_MEM_KB,
                     .fsize_kb = COMPILE_FSIZE_KB,
                     .nstreams = 2,
                     .cap = {LOG_CAP, LOG_CAP}};
    return run_start(b->loop, &spec, on_compiled, b);
}

static int start_compiler(uv_loop_t *loop, sandbox *box, build *b)
{
    unlink(b->depfile); /* a list from an earlier build here must not pass for this one's */
    b->loop = loop;
    b->box = box;
    clock_gettime(CLOCK_MONOTONIC, &b->started);
    return start_stage(b, b->object ? STAGE_OBJECT : STAGE_BINARY);
}

int compile_start(uv_loop_t *loop, sandbox *box, const compile_input *in, compile_result *cached,
                  compile_done_cb cb, void *data)
{
    assert(loop && in && in->source && cached && cb);
    buf source = BUF_INIT;
    char key[33];
    memset(cached, 0, sizeof *cached);
    build *b = calloc(1, sizeof *b);
    int rc = b ? 0 : ERR_NOMEM;
    if (rc == 0) {
        /* the build outlives the caller's strings: keep copies */
        b->in = *in;
        b->source = strdup(in->source);
        b->display = strdup(in->display);
        b->in.source = b->source;
        b->in.display = b->display;
        b->cb = cb;
        b->data = data;
        rc = b->source && b->display ? check_source(in->source, in->display, &source) : ERR_NOMEM;
    }
    if (rc == 0 && (rc = prepare_harness(b)) == 0 && (rc = prepare_warm(b)) == 0 &&
        (rc = cache_key(b, &source, key)) == 0)
        rc = prepare_paths(b, key);
    buf_release(&source);
    if (rc == 0 && access(b->final_out, X_OK) == 0 && deps_unchanged(b->deps)) {
        utimensat(AT_FDCWD, b->final_out, NULL, 0); /* used now: evicted last */
        cached->ok = cached->cached = true;
        cached->binary = strdup(b->final_out);
        cached->log = cached_warnings(b);
        cached->warm = b->warm_archive && fs_exists(b->warm_mark);
        build_free(b);
        return 0;
    }
    if (rc == 0) {
        sweep_stale_temps(b->in.cache);
        rc = start_compiler(loop, box, b);
    }
    if (rc < 0 && b)
        build_free(b);
    return rc;
}

void compile_result_release(compile_result *r)
{
    free(r->binary);
    free(r->log);
    free(r->reason);
    memset(r, 0, sizeof *r);
}
