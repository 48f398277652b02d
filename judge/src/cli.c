/* Subcommand dispatch and the small subcommands (list, show, start, doctor);
 * `test` hands each file to the session module and the report module. */
#include "cli.h"

#include "config.h"
#include "err.h"
#include "fsutil.h"
#include "hints.h"
#include "history.h"
#include "problem.h"
#include "protections.h"
#include "report.h"
#include "scale_print.h"
#include "session.h"
#include "show.h"
#include "stress.h"
#include "tool.h"
#include "validate.h"
#include "watch.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Each subcommand: its name, its handler, how many arguments it takes (NONE, SLUG: exactly
 * one problem name, SLUG_NUMBER: a problem name and an optional number, FILES: a
 * problem name and files), whether it reads or writes
 * the attempt history, its usage and its help line. */
#define SUBCOMMANDS(X)                                                                             \
    X(LIST, "list", cmd_list, NONE, true, O(JSON) | O(HISTORY_FILE) | O(TAG), "",                  \
      "list the problems: slug, title, difficulty, your status")                                   \
    X(SHOW, "show", cmd_show, SLUG, false, 0, "<slug>", "print a problem's statement")             \
    X(START, "start", cmd_start, SLUG, true, O(HISTORY_FILE), "<slug>",                            \
      "copy the stub to workspace/<slug>.c (never overwrites)")                                    \
    X(RUN, "run", cmd_run, FILES, false, O(INPUT) | O(JSON) | JUDGING,                             \
      "<slug> [file] --input FILE|-",                                                              \
      "run your solution on your own input, next to the reference's answer")                       \
    X(TEST, "test", cmd_test, FILES, true,                                                         \
      O(JSON) | O(ALL) | JUDGING | O(HISTORY_FILE) | O(SCALING) | SCALING_OPTIONS,                 \
      "<slug> [file...]",                                                                          \
      "judge solutions (default: workspace/<slug>.c); several files are compared")                 \
    X(WATCH, "watch", cmd_watch, FILES, true,                                                      \
      O(JSON) | O(ALL) | JUDGING | O(HISTORY_FILE) | O(POLL), "<slug> [file]",                     \
      "judge your file again on every save (r: run again, q: quit)")                               \
    X(STRESS, "stress", cmd_stress, FILES, false,                                                  \
      O(JOBS) | O(CACHE) | O(SANITIZE) | O(SEED) | O(MODE) | O(TIME) | O(ITERATIONS) | O(BRUTE),   \
      "<slug> [file]",                                                                             \
      "random inputs against the reference; the first failure shrunk and saved as your test")      \
    X(SCALE, "scale", cmd_scale, FILES, false, O(JSON) | O(JOBS) | O(CACHE) | SCALING_OPTIONS,     \
      "<slug> [file]", "how your solution's time grows with the input, next to the reference's")   \
    X(HISTORY, "history", cmd_history, SLUG, true, O(JSON) | O(HISTORY_FILE), "<slug>",            \
      "your attempts at a problem, newest first")                                                  \
    X(STATS, "stats", cmd_stats, NONE, true, O(JSON) | O(HISTORY_FILE), "",                        \
      "your totals by difficulty and tag, first-try solves, time to AC")                           \
    X(HINT, "hint", cmd_hint, SLUG_NUMBER, true, O(ALL) | O(JSON) | O(HISTORY_FILE), "<slug> [n]", \
      "the next hint you have not seen (n: hint n; --all: every hint seen so far)")                \
    X(SOLUTION, "solution", cmd_solution, SLUG, true, O(GIVE_UP) | O(HISTORY_FILE), "<slug>",      \
      "the reference solution and its editorial (after your first AC, or --give-up)")              \
    X(DOCTOR, "doctor", cmd_doctor, NONE, false, O(CACHE) | O(HISTORY_FILE), "",                   \
      "check the compiler and the sandbox protections here")                                       \
    X(HELP, "help", cmd_help, NONE, false, 0, "", "show this help")

typedef enum { ARITY_NONE, ARITY_SLUG, ARITY_SLUG_NUMBER, ARITY_FILES } arity;

typedef enum {
#define X(id, name, fn, arity_, hist, opts_, usage_, help) CMD_##id,
    SUBCOMMANDS(X)
#undef X
        CMD_COUNT
} subcommand;

typedef struct options options;
typedef int (*command_fn)(const options *o, char **args, int nargs);
#define X(id, name, fn, arity_, hist, opts_, usage_, help)                                         \
    static int fn(const options *o, char **args, int nargs);
SUBCOMMANDS(X)
#undef X

/* id, long name, argument, its placeholder in the help, help */
#define OPTIONS(X)                                                                                 \
    X(JSON, "json", no_argument, "", "print one JSON document on stdout (schema: README.md)")      \
    X(ALL, "all", no_argument, "",                                                                 \
      "run every test, even after a failure (`hint`: every hint seen)")                            \
    X(JOBS, "jobs", required_argument, "N", "parallel runs (default: number of cores)")            \
    X(NO_COMPARE, "no-compare", no_argument, "", "do not run the reference for comparison")        \
    X(ROOT, "root", required_argument, "DIR", "the kit's directory (problems/, solutions/)")       \
    X(CACHE, "cache", required_argument, "DIR", "compile cache (default: build/cache)")            \
    X(INPUT, "input", required_argument, "FILE", "the input for `run` (- reads stdin)")            \
    X(HISTORY_FILE, "history", required_argument, "FILE",                                          \
      "attempt history (default ~/.local/share/ckit/...; KIT_HISTORY, off: none)")                 \
    X(GIVE_UP, "give-up", no_argument, "",                                                         \
      "`solution`: show it before you have solved the problem")                                    \
    X(SANITIZE, "sanitize", no_argument, "",                                                       \
      "`test`/`run`/`watch`: build with AddressSanitizer+UBSan, name the failing line")            \
    X(POLL, "poll", no_argument, "",                                                               \
      "`watch`: poll the file instead of file events (network, WSL)")                              \
    X(SCALING, "scaling", no_argument, "", "`test`: also report how the time grows (judge scale)") \
    X(SIZES, "sizes", required_argument, "N,N,...", "`scale`: the ladder of input sizes")          \
    X(MODE, "mode", required_argument, "M", "`scale`/`stress`: the generator's mode")              \
    X(SEED, "seed", required_argument, "S", "`scale`/`stress`: the generator's seed")              \
    X(TIME, "time", required_argument, "T", "`stress`: stop after T seconds (default 20)")         \
    X(ITERATIONS, "iterations", required_argument, "N", "`stress`: stop after N inputs")           \
    X(BRUTE, "brute", no_argument, "",                                                             \
      "`stress`: the brute-force oracle gives the expected answers")                               \
    X(REPEATS, "repeats", required_argument, "R", "`scale`: runs per size (default 3)")            \
    X(LIMIT_FACTOR, "limit-factor", required_argument, "F",                                        \
      "`scale`: the time limit times F (default 5)")                                               \
    X(TAG, "tag", required_argument, "T",                                                          \
      "`list`: only the problems tagged T (graphs, strings...)")                                   \
    X(VERSION, "version", no_argument, "", "print the version")                                    \
    X(OPT_HELP, "help", no_argument, "", "show this help")

enum {
    OPT_FIRST = 255, /* past every short option character */
#define X(id, name, has_arg, meta, help) OPT_##id,
    OPTIONS(X)
#undef X
};

static const struct option long_options[] = {
#define X(id, name, has_arg, meta, help) {name, has_arg, NULL, OPT_##id},
    OPTIONS(X)
#undef X
        {NULL, 0, NULL, 0},
};

static const struct {
    const char *name, *meta, *help;
} option_help[] = {
#define X(id, name, has_arg, meta, help) {name, meta, help},
    OPTIONS(X)
#undef X
};

/* Option sets for the command table: an option's bit, the options of every
 * judging command (the session's), and those of a scale ladder. */
#define OPT_BIT(opt) (1ULL << ((opt)-OPT_FIRST - 1))
#define O(id) OPT_BIT(OPT_##id)
#define JUDGING (O(JOBS) | O(NO_COMPARE) | O(CACHE) | O(SANITIZE))
#define SCALING_OPTIONS (O(SIZES) | O(MODE) | O(SEED) | O(REPEATS) | O(LIMIT_FACTOR))
#define EVERY_COMMAND (O(ROOT) | O(VERSION) | O(OPT_HELP))

static const struct {
    const char *name, *args, *help;
    command_fn fn;
    arity nargs;
    bool history;
    unsigned long long opts; /* O()s */
} commands[] = {
#define X(id, name, fn, arity_, hist, opts_, usage_, help)                                         \
    {name, usage_, help, fn, ARITY_##arity_, hist, opts_},
    SUBCOMMANDS(X)
#undef X
};

struct options {
    bool json, all, compare, give_up, scaling, poll, brute, seed_given, sanitize;
    int jobs, repeats, limit_factor;
    long time_s, iterations;
    unsigned long seed;
    long sizes[SCALE_MAX_RUNGS];
    size_t nsizes;
    const char *mode, *tag;
    const char *root, *build, *cache, *input, *history_path;
    history *hist;            /* NULL: no history (disabled, or unavailable and said so) */
    unsigned long long given; /* OPT_BIT() of each option on the command line */
    char *cache_owned, *root_owned;
};

static void usage(FILE *out)
{
    fputs("usage: judge <command> [options] [arguments]\n\ncommands:\n", out);
    for (int i = 0; i < CMD_COUNT; i++) {
        char head[48];
        snprintf(head, sizeof head, "%s %s", commands[i].name, commands[i].args);
        fprintf(out, "  %-34s %s\n", head, commands[i].help);
    }
    fputs("\noptions:\n", out);
    for (size_t i = 0; i < sizeof option_help / sizeof *option_help; i++) {
        char head[48];
        snprintf(head, sizeof head, "--%s%s%s", option_help[i].name,
                 option_help[i].meta[0] ? " " : "", option_help[i].meta);
        fprintf(out, "  %-34s %s\n", head, option_help[i].help);
    }
    fputs("\nexit status: 0 accepted, 1 not accepted, 2 usage or problem package error,\n"
          "3 internal error\n",
          out);
}

/* A whole number in [min, max] for --name, or a usage error. */
static int parse_number(const char *name, const char *text, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(text, &end, 10);
    if (errno || end == text || *end || n < min || n > max)
        return err_report(ERR_USAGE, "--%s wants a number from %ld to %ld, not '%s'", name, min,
                          max, text);
    *out = n;
    return 0;
}

static int parse_sizes(const char *text, options *o)
{
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", text);
    o->nsizes = 0;
    for (char *save, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        long n = 0;
        if (o->nsizes == SCALE_MAX_RUNGS)
            return err_report(ERR_USAGE, "--sizes takes at most %d sizes", SCALE_MAX_RUNGS);
        if (parse_number("sizes", tok, 1, 1000000000, &n) < 0)
            return ERR_USAGE;
        if (o->nsizes && n <= o->sizes[o->nsizes - 1])
            return err_report(ERR_USAGE, "--sizes must grow: %ld after %ld", n,
                              o->sizes[o->nsizes - 1]);
        o->sizes[o->nsizes++] = n;
    }
    if (o->nsizes < 2)
        return err_report(ERR_USAGE, "--sizes wants at least two sizes, like 1000,2000,4000");
    return 0;
}

static int parse_options(int argc, char **argv, options *o)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    *o = (options){.compare = true,
                   .jobs = cores > 0 ? (int)cores : 1,
                   .root = getenv("KIT_ROOT") ? getenv("KIT_ROOT") : KIT_SOURCE_DIR,
                   .build = KIT_BUILD_DIR,
                   .cache = getenv("KIT_CACHE")};
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
        if (c > OPT_FIRST)
            o->given |= OPT_BIT(c);
        switch (c) {
        case OPT_JSON:
            o->json = true;
            break;
        case OPT_ALL:
            o->all = true;
            break;
        case OPT_JOBS: {
            long n = 0;
            if (parse_number("jobs", optarg, 1, 256, &n) < 0)
                return ERR_USAGE;
            o->jobs = (int)n;
            break;
        }
        case OPT_NO_COMPARE:
            o->compare = false;
            break;
        case OPT_ROOT:
            o->root = optarg;
            break;
        case OPT_CACHE:
            o->cache = optarg;
            break;
        case OPT_INPUT:
            o->input = optarg;
            break;
        case OPT_HISTORY_FILE:
            o->history_path = optarg;
            break;
        case OPT_GIVE_UP:
            o->give_up = true;
            break;
        case OPT_SCALING:
            o->scaling = true;
            break;
        case OPT_POLL:
            o->poll = true;
            break;
        case OPT_SANITIZE:
            o->sanitize = true;
            break;
        case OPT_BRUTE:
            o->brute = true;
            break;
        case OPT_TIME:
            if (parse_number("time", optarg, 1, 86400, &o->time_s) < 0)
                return ERR_USAGE;
            break;
        case OPT_ITERATIONS:
            if (parse_number("iterations", optarg, 1, 1000000000, &o->iterations) < 0)
                return ERR_USAGE;
            break;
        case OPT_SIZES:
            if (parse_sizes(optarg, o) < 0)
                return ERR_USAGE;
            break;
        case OPT_MODE:
            o->mode = optarg;
            break;
        case OPT_TAG:
            o->tag = optarg;
            break;
        case OPT_SEED:
        case OPT_REPEATS:
        case OPT_LIMIT_FACTOR: {
            long n = 0;
            const char *name = c == OPT_SEED      ? "seed"
                               : c == OPT_REPEATS ? "repeats"
                                                  : "limit-factor";
            if (parse_number(name, optarg, 1, c == OPT_SEED ? 2147483647L : 20, &n) < 0)
                return ERR_USAGE;
            if (c == OPT_SEED) {
                o->seed = (unsigned long)n;
                o->seed_given = true;
            } else if (c == OPT_REPEATS)
                o->repeats = (int)n;
            else
                o->limit_factor = (int)n;
            break;
        }
        case OPT_VERSION:
            printf("judge %s\n", KIT_VERSION);
            exit(0);
        case OPT_OPT_HELP:
            usage(stdout);
            exit(0);
        default:
            return err_report(ERR_USAGE, "unknown option '%s' (see `judge help`)",
                              argv[optind - 1]);
        }
    }
    /* absolute: the compiler and the sandbox run in other directories */
    if (!(o->root_owned = realpath(o->root, NULL)))
        return err_report(ERR_USAGE, "cannot use '%s' as the kit's directory: %s", o->root,
                          strerror(errno));
    o->root = o->root_owned;
    char cwd[PATH_MAX];
    if (!o->cache)
        o->cache_owned = fs_join(o->build, "cache");
    else if (o->cache[0] != '/' && getcwd(cwd, sizeof cwd))
        o->cache_owned = fs_join(cwd, o->cache); /* the compiler runs elsewhere */
    if (o->cache_owned)
        o->cache = o->cache_owned;
    return o->cache ? 0 : ERR_NOMEM;
}

static int find_command(const char *name, subcommand *out)
{
    for (int i = 0; i < CMD_COUNT; i++) {
        if (strcmp(commands[i].name, name) == 0) {
            *out = (subcommand)i;
            return 0;
        }
    }
    return err_report(ERR_USAGE, "'%s' is not a command (see `judge help`)", name);
}

/* ---- list, show ---- */

static bool has_tag(const problem *p, const char *tag)
{
    for (size_t t = 0; t < p->ntags; t++)
        if (strcmp(p->tags[t], tag) == 0)
            return true;
    return false;
}

static int cmd_list(const options *o, char **args, int nargs)
{
    (void)args;
    (void)nargs;
    char **slugs;
    size_t n;
    int rc = problem_list(o->root, &slugs, &n);
    if (rc < 0)
        return rc;
    json_t *all = o->json ? json_array() : NULL;
    if (!o->json)
        printf("%-18s %-34s %-7s %-7s %s\n", "slug", "title", "level", "status", "tags");
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        problem p;
        if (problem_load_info(o->root, o->build, slugs[i], &p) < 0) {
            rc = ERR_PACKAGE;
            problem_release(&p);
            continue;
        }
        if (o->tag && !has_tag(&p, o->tag)) {
            problem_release(&p);
            continue;
        }
        shown++;
        if (o->json) {
            json_t *tags = json_array();
            for (size_t t = 0; t < p.ntags; t++)
                json_array_append_new(tags, json_string(p.tags[t]));
            json_array_append_new(
                all,
                json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "slug", p.slug, "title", p.title,
                          "difficulty", p.difficulty, "kind", problem_kind_name(p.kind), "status",
                          history_status_name(history_status_of(o->hist, p.slug)), "tags", tags));
        } else {
            printf("%-18s %-34s %-7s %-7s", p.slug, p.title, p.difficulty,
                   history_status_name(history_status_of(o->hist, p.slug)));
            for (size_t t = 0; t < p.ntags; t++)
                printf("%s%s", t ? ", " : " ", p.tags[t]);
            putchar('\n');
        }
        problem_release(&p);
    }
    if (all) {
        json_dumpf(all, stdout, JSON_INDENT(2));
        putchar('\n');
        json_decref(all);
    }
    fs_names_free(slugs, n);
    if (rc == 0 && o->tag && shown == 0)
        rc = err_report(ERR_USAGE, "no problem is tagged '%s' (`judge list` shows the tags)",
                        o->tag);
    return rc;
}

static int cmd_show(const options *o, char **args, int nargs)
{
    (void)nargs;
    const char *slug = args[0];
    problem p;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    if (rc == 0) {
        char *path = fs_join(p.dir, "statement.md");
        buf text = BUF_INIT;
        rc = path ? fs_read_file(path, 1 << 20, ERR_PACKAGE, &text) : ERR_NOMEM;
        if (rc == 0)
            fwrite(text.data, 1, text.len, stdout);
        buf_release(&text);
        free(path);
    }
    problem_release(&p);
    return rc;
}

/* ---- start ---- */

static int copy_new_file(const char *from, const char *to)
{
    buf content = BUF_INIT;
    int rc = fs_read_file(from, 1 << 20, ERR_PACKAGE, &content);
    if (rc < 0)
        return rc;
    /* O_EXCL: a file that appeared meanwhile is the learner's and stays untouched */
    rc = fs_write_file(to, content.data, content.len, O_EXCL, 0644);
    if (rc < 0)
        rc = err_report(rc == -EEXIST ? ERR_USAGE : ERR_INTERNAL, "cannot create '%s': %s", to,
                        strerror(-rc));
    buf_release(&content);
    return rc;
}

/* clangd reads compile_flags.txt: the learner's editor then finds the headers. */
static void write_editor_flags(const options *o, const char *workspace)
{
    char *path = fs_join(workspace, "compile_flags.txt");
    buf text = BUF_INIT;
    char **slugs;
    size_t n;
    int rc = path ? buf_appendf(&text, "-std=c11\n-Wall\n-Wextra\n") : ERR_NOMEM;
    if (rc == 0 && problem_list(o->root, &slugs, &n) == 0) {
        for (size_t i = 0; rc == 0 && i < n; i++)
            rc = buf_appendf(&text, "-I%s/problems/%s\n", o->root, slugs[i]);
        fs_names_free(slugs, n);
    }
    /* a help for the editor, never in the way: one the learner has stays */
    if (rc == 0)
        fs_write_file(path, text.data, text.len, O_EXCL, 0644);
    buf_release(&text);
    free(path);
}

static char *workspace_file(const options *o, const char *slug)
{
    char rel[128];
    snprintf(rel, sizeof rel, "workspace/%s.c", slug);
    return fs_join(o->root, rel);
}

static int cmd_start(const options *o, char **args, int nargs)
{
    (void)nargs;
    const char *slug = args[0];
    problem p;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    char *workspace = fs_join(o->root, "workspace");
    char *target = workspace_file(o, slug);
    char *stub = fs_join(p.dir ? p.dir : ".", p.stub ? p.stub : "stub.c");
    if (rc == 0 && (!workspace || !target || !stub))
        rc = ERR_NOMEM;
    if (rc == 0)
        rc = fs_mkdir_p(workspace);
    if (rc == 0 && fs_exists(target)) {
        fprintf(stderr, "'%s' already exists: keeping your work as it is\n", target);
    } else if (rc == 0 && (rc = copy_new_file(stub, target)) == 0) {
        fprintf(stderr, "started '%s' from the stub\n", target);
    }
    if (rc == 0) {
        history_record_start(o->hist, slug, 0);
        write_editor_flags(o, workspace);
        printf("problem:   %s/statement.md  (or: ./kit show %s)\n", p.dir, slug);
        printf("your file: %s\n", target);
        printf("next:      ./kit test %s\n", slug);
    }
    free(workspace);
    free(target);
    free(stub);
    problem_release(&p);
    return rc;
}

/* ---- test ---- */

static char *display_path(const char *path)
{
    char cwd[PATH_MAX];
    size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
    if (n && strncmp(path, cwd, n) == 0 && path[n] == '/')
        return strdup(path + n + 1);
    return strdup(path);
}

static int resolve_source(const char *given, char **abs, char **display)
{
    *abs = realpath(given, NULL);
    if (!*abs)
        return err_report(ERR_INPUT, "cannot open '%s': %s", given, strerror(errno));
    *display = given[0] == '/' ? display_path(given) : strdup(given);
    return *display ? 0 : ERR_NOMEM;
}

/* What every judging command hands to the session; box is the caller's buffer. */
static int session_config_of(const options *o, char *box, size_t size, session_config *cfg)
{
    snprintf(box, size, "%s/judge-box", o->build);
    *cfg = (session_config){.build = o->build,
                            .cache = o->cache,
                            .box = box,
                            .jobs = o->jobs,
                            .progress = isatty(2) && !o->json};
    return fs_mkdir_p(o->cache);
}

/* The plan of `judge test` and `judge watch`: every test of p, as the options
 * say (--all, --no-compare, --sanitize, which makes no comparison). */
static void plan_of_options(const options *o, const problem *p, plan *pl)
{
    plan_init(pl, p);
    pl->all = o->all;
    pl->compare = o->compare && !o->sanitize;
    pl->sanitize = o->sanitize;
}

/* A judgement of the learner's file at source, as an attempt for the history. */
static void record_attempt(const options *o, const judgement *j, const char *source)
{
    char hash[33];
    history_source_hash(source, hash);
    history_attempt a = {.slug = j->plan.prob->slug,
                         .v = j->v,
                         .passed = (long)j->passed,
                         .total = (long)j->total,
                         .cpu_ms = judgement_cpu_ms(j),
                         .source_hash = hash};
    history_record_attempt(o->hist, &a);
}

/* The kit's own files (references, stubs, known-bad attempts) are not the
 * learner's attempts: judging them must not mark a problem solved. */
static bool is_kit_file(const options *o, const char *abs)
{
    const char *const kit_dirs[] = {"solutions", "problems"};
    bool kit = false;
    for (size_t i = 0; i < 2 && !kit; i++) {
        char *dir = fs_join(o->root, kit_dirs[i]);
        char *real = dir ? realpath(dir, NULL) : NULL; /* the dirs may be symlinks */
        size_t n = real ? strlen(real) : 0;
        kit = real && strncmp(abs, real, n) == 0 && abs[n] == '/';
        free(real);
        free(dir);
    }
    return kit;
}

/* Judges the file given on pl; attempt: one for the history (unless it is
 * one of the kit's own files). */
static int judge_file(const options *o, const plan *pl, const char *given, bool attempt,
                      judgement *j)
{
    char *abs = NULL, *display = NULL;
    char box[PATH_MAX];
    session_config cfg;
    int rc = resolve_source(given, &abs, &display);
    if (rc == 0)
        rc = session_config_of(o, box, sizeof box, &cfg);
    if (rc == 0)
        rc = session_judge(&cfg, pl, abs, display, j);
    if (rc == 0 && attempt && !is_kit_file(o, abs))
        record_attempt(o, j, abs);
    free(abs);
    free(display);
    return rc;
}

/* The learner's own tests, workspace/<slug>.tests/NAME.in (NAME.ans optional):
 * each input must obey the problem's constraints, else it is left out with a
 * warning saying which constraint it breaks. */
static int add_learner_tests(const options *o, problem *p)
{
    char rel[128];
    snprintf(rel, sizeof rel, "workspace/%s.tests", p->slug);
    char *dir = fs_join(o->root, rel);
    int rc = dir ? problem_add_custom(p, dir) : ERR_NOMEM;
    free(dir);
    for (size_t i = 0; rc == 0 && i < p->ntests;) {
        bool valid = true;
        char why[512];
        if (p->tests[i].group == TEST_CUSTOM &&
            (rc = validate_input(p, p->tests[i].in_path, &valid, why, sizeof why)) == 0 && !valid) {
            char *path = display_path(p->tests[i].in_path), name[256], reason[512];
            /* the file name is the learner's, the reason may quote their input */
            fprintf(stderr, "judge: skipping your test '%s': it breaks the constraints: %s\n",
                    show_str(name, sizeof name, path ? path : p->tests[i].in_path),
                    show_str(reason, sizeof reason, why));
            free(path);
            problem_drop_test(p, i);
            continue;
        }
        i++;
    }
    return rc;
}

static int print_json(const judgement *js, size_t n)
{
    json_t *doc;
    if (n == 1) {
        doc = report_json(&js[0]);
    } else {
        doc = json_object();
        json_t *results = json_array();
        verdict worst = VERDICT_AC;
        for (size_t i = 0; i < n; i++) {
            json_array_append_new(results, report_json(&js[i]));
            worst = verdict_worst(worst, js[i].v);
        }
        json_object_set_new(doc, "verdict", json_string(verdict_code(worst)));
        json_object_set_new(doc, "results", results);
    }
    if (!doc)
        return ERR_NOMEM;
    json_dumpf(doc, stdout, JSON_INDENT(2));
    putchar('\n');
    json_decref(doc);
    return 0;
}

/* The learner's file: the one named, else workspace/<slug>.c, which must exist.
 * *owned is what the caller frees (NULL when the file was named). */
static int pick_file(const options *o, const char *slug, char **files, int nfiles,
                     const char **file, char **owned)
{
    *owned = NULL;
    *file = nfiles ? files[0] : NULL;
    if (*file)
        return 0;
    *file = *owned = workspace_file(o, slug);
    if (!*owned)
        return ERR_NOMEM;
    if (!fs_exists(*owned))
        return err_report(ERR_USAGE,
                          "no solution at '%s': run `./kit start %s` first, or name a file", *owned,
                          slug);
    return 0;
}

/* The growth report of one file; returns scale_run()'s exit status or an error. */
static int scale_file(const options *o, const problem *p, const char *given)
{
    char *abs = NULL, *display = NULL, box[PATH_MAX];
    session_config cfg;
    scale_options so = {.sizes = o->nsizes ? o->sizes : NULL,
                        .nsizes = o->nsizes,
                        .mode = o->mode,
                        .seed = o->seed,
                        .repeats = o->repeats,
                        .limit_factor = o->limit_factor};
    int rc = resolve_source(given, &abs, &display);
    if (rc == 0)
        rc = session_config_of(o, box, sizeof box, &cfg);
    if (rc == 0)
        rc = scale_run(&cfg, p, abs, display, &so, o->json);
    free(abs);
    free(display);
    return rc;
}

/* Each judgement of a watch is an attempt, like a `judge test`. */
typedef struct {
    const options *o;
} watch_context;

static void record_watched(const judgement *j, const char *source, void *data)
{
    const options *o = ((watch_context *)data)->o;
    if (!is_kit_file(o, source))
        record_attempt(o, j, source);
}

static int cmd_watch(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`judge watch` takes one file, got '%s' too", args[2]);
    problem p;
    const char *file = NULL;
    char *fallback = NULL, *abs = NULL, *display = NULL, box[PATH_MAX];
    session_config cfg;
    int rc = problem_load(o->root, o->build, args[0], &p);
    if (rc == 0)
        rc = pick_file(o, args[0], args + 1, nargs - 1, &file, &fallback);
    if (rc == 0 && (rc = add_learner_tests(o, &p)) == 0 &&
        (rc = resolve_source(file, &abs, &display)) == 0)
        rc = session_config_of(o, box, sizeof box, &cfg);
    watch_context ctx = {o};
    watch_options wo = {.poll = o->poll,
                        .json = o->json,
                        .color = report_style_of_stdout().color,
                        .judged = record_watched,
                        .judged_data = &ctx};
    plan pl;
    if (rc == 0) {
        plan_of_options(o, &p, &pl);
        rc = watch_solution(&cfg, &pl, abs, display, &wo);
    }
    free(abs);
    free(display);
    free(fallback);
    problem_release(&p);
    return rc;
}

static int cmd_stress(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`judge stress` takes one file, got '%s' too", args[2]);
    if (o->time_s && o->iterations)
        return err_report(ERR_USAGE, "`judge stress` takes --time or --iterations, not both");
    problem p;
    const char *file = NULL;
    char *fallback = NULL, *abs = NULL, *display = NULL, *tests_dir = NULL, box[PATH_MAX];
    char rel[128];
    session_config cfg;
    stress_result r = {0};
    stress_options so = {.seed = o->seed,
                         .seed_given = o->seed_given,
                         .time_ms = o->time_s * 1000,
                         .iterations = o->iterations,
                         .brute = o->brute,
                         .mode = o->mode};
    int rc = problem_load(o->root, o->build, args[0], &p);
    snprintf(rel, sizeof rel, "workspace/%s.tests", args[0]);
    if (rc == 0)
        rc = pick_file(o, args[0], args + 1, nargs - 1, &file, &fallback);
    if (rc == 0 && (rc = resolve_source(file, &abs, &display)) == 0 &&
        (rc = session_config_of(o, box, sizeof box, &cfg)) == 0)
        rc = (tests_dir = fs_join(o->root, rel)) ? 0 : ERR_NOMEM;
    if (rc == 0) {
        cfg.progress = isatty(2);
        rc = stress_exit_status(stress_run(&cfg, &p, abs, display, tests_dir, &so, &r), &r);
    }
    stress_result_release(&r);
    free(tests_dir);
    free(abs);
    free(display);
    free(fallback);
    problem_release(&p);
    return rc;
}

static int cmd_scale(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`judge scale` takes one file, got '%s' too", args[2]);
    problem p;
    const char *file = NULL;
    char *fallback = NULL;
    int rc = problem_load(o->root, o->build, args[0], &p);
    if (rc == 0)
        rc = pick_file(o, args[0], args + 1, nargs - 1, &file, &fallback);
    if (rc == 0)
        rc = scale_file(o, &p, file);
    free(fallback);
    problem_release(&p);
    return rc;
}

static int cmd_test(const options *o, char **args, int nargs)
{
    const char *slug = args[0];
    char **files = args + 1;
    int nfiles = nargs - 1;
    problem p;
    int rc = problem_load(o->root, o->build, slug, &p);
    char *fallback = NULL;
    const char *default_file;
    if (rc == 0 && nfiles == 0 &&
        (rc = pick_file(o, slug, files, 0, &default_file, &fallback)) == 0) {
        files = &fallback;
        nfiles = 1;
    }
    if (rc == 0)
        rc = add_learner_tests(o, &p);
    judgement *js = rc == 0 ? calloc((size_t)nfiles, sizeof *js) : NULL;
    if (rc == 0 && !js)
        rc = ERR_NOMEM;
    int judged = 0;
    report_style style = report_style_of_stdout();
    plan pl;
    plan_of_options(o, &p, &pl);
    for (; rc == 0 && judged < nfiles; judged++) {
        rc = judge_file(o, &pl, files[judged], true, &js[judged]);
        if (rc == 0 && !o->json) {
            report_text(stdout, &js[judged], &style);
            fflush(stdout);
        }
        if (rc == 0 && o->scaling && !o->json && js[judged].v == VERDICT_AC) {
            /* the judgement decides the exit status; scale adds its errors */
            int scaled = scale_file(o, &p, files[judged]);
            rc = scaled < 0 ? scaled : scaled == 3 ? ERR_INTERNAL : 0;
        }
    }
    if (rc == 0 && o->json)
        rc = print_json(js, (size_t)judged);
    else if (rc == 0 && judged > 1)
        report_table(stdout, js, (size_t)judged, &style);
    verdict worst = VERDICT_AC;
    for (int i = 0; i < judged; i++) {
        worst = verdict_worst(worst, js[i].v);
        judgement_release(&js[i]);
    }
    free(js);
    free(fallback);
    problem_release(&p);
    if (rc < 0)
        return rc;
    return verdict_exit_status(worst);
}

/* ---- run ---- */

/* stdin into a file of a private scratch directory (*dir, for the caller to
 * remove and free): the sandbox needs a file to hand over. */
static int save_stdin(char **dir, char **path)
{
    int rc = fs_make_scratch("judge-input", dir);
    if (rc == 0 && !(*path = fs_join(*dir, "stdin.in")))
        rc = ERR_NOMEM;
    int fd = rc == 0 ? open(*path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600) : -1;
    if (rc == 0 && fd < 0)
        rc = err_report(ERR_INTERNAL, "cannot create '%s': open: %s", *path, strerror(errno));
    char chunk[65536];
    ssize_t n = 0;
    while (rc == 0 && (n = read(0, chunk, sizeof chunk)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            rc = err_report(ERR_INPUT, "cannot read the input from stdin: %s", strerror(errno));
        else if ((rc = fs_write_all(fd, chunk, (size_t)n)) < 0)
            rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", *path, strerror(-rc));
    }
    if (fd >= 0)
        close(fd);
    return rc;
}

/* Everything the runs wrote is shown whole, each line escaped (show.h). */
static void show_run(const judgement *j)
{
    const test_outcome *mine = &j->mine[0], *ref = &j->ref[0];
    printf("%s: %s  [%s]  ", j->plan.prob->slug, j->plan.prob->title, j->plan.prob->difficulty);
    show_text(stdout, j->display);
    puts(" on your input");
    if (!j->compile.ok) {
        report_log(stdout, j->compile.log);
        printf("%s  ", verdict_code(j->v));
        show_text(stdout, j->note);
        putchar('\n');
        return;
    }
    printf("your answer (%s, %ld ms CPU):\n", verdict_code(mine->v), mine->cpu_ms);
    show_lines(stdout, 0, mine->answer.data, mine->answer.len);
    if (mine->answer_total > mine->answer.len)
        printf("... %zu more bytes\n", mine->answer_total - mine->answer.len);
    if (mine->out_total || mine->err_total) {
        puts("your own output (printf debugging):");
        show_lines(stdout, 0, mine->out.data, mine->out.len);
        show_lines(stdout, 0, mine->err.data, mine->err.len);
    }
    if (ref->ran) {
        printf("expected (the reference solution's answer, %ld ms CPU):\n", ref->cpu_ms);
        show_lines(stdout, 0, ref->answer.data, ref->answer.len);
    }
    printf("%s  %s%s", verdict_code(mine->v), verdict_text(mine->v), mine->message[0] ? ": " : "");
    show_text(stdout, mine->message);
    putchar('\n');
}

static int cmd_run(const options *o, char **args, int nargs)
{
    const char *slug = args[0];
    char **files = args + 1;
    int nfiles = nargs - 1;
    if (!o->input)
        return err_report(ERR_USAGE, "`judge run` needs --input FILE (or --input - for stdin)");
    if (nfiles > 1)
        return err_report(ERR_USAGE, "`judge run` takes one file, got '%s' too", files[1]);
    problem p;
    char *input_dir = NULL, *input = NULL, *fallback = NULL;
    const char *file = NULL;
    int rc = problem_load(o->root, o->build, slug, &p);
    if (rc == 0)
        rc = pick_file(o, slug, files, nfiles, &file, &fallback);
    const char *input_path = o->input;
    if (rc == 0 && strcmp(o->input, "-") == 0 && (rc = save_stdin(&input_dir, &input)) == 0)
        input_path = input;
    bool valid = true;
    char why[512];
    if (rc == 0 && (rc = validate_input(&p, input_path, &valid, why, sizeof why)) == 0 && !valid)
        rc = err_report(ERR_USAGE, "your input breaks the constraints of '%s': %s", slug, why);
    judgement j = {0};
    if (rc == 0) {
        /* one custom test without an answer: the reference's answer is expected */
        char name[] = "your-input", *in_path = strdup(input_path);
        test_case one = {.name = name, .in_path = in_path, .group = TEST_CUSTOM};
        plan single;
        plan_init(&single, &p);
        single.tests = &one;
        single.ntests = 1;
        single.all = true;
        single.compare = !o->sanitize; /* next to the reference's answer */
        single.sanitize = o->sanitize;
        rc = in_path ? judge_file(o, &single, file, false, &j) : ERR_NOMEM;
        if (rc == 0 && o->json)
            rc = print_json(&j, 1);
        else if (rc == 0)
            show_run(&j);
        if (rc == 0)
            rc = verdict_exit_status(j.v);
        judgement_release(&j);
        free(in_path);
    }
    if (input_dir)
        fs_remove_tree(input_dir);
    free(input_dir);
    free(input);
    free(fallback);
    problem_release(&p);
    return rc;
}

/* ---- history, stats, solution ---- */

/* The history's path: NULL when it is turned off. */
static char *history_path_of(const options *o)
{
    const char *env = getenv("KIT_HISTORY");
    if (o->history_path)
        return strdup(o->history_path);
    if (env && strcmp(env, "off") == 0)
        return NULL;
    return env && env[0] ? strdup(env) : history_default_path();
}

/* history and stats without a history: turned off is an answer, one that could
 * not be opened was said above and is the user's to mend. */
static int no_history(const options *o)
{
    char *path = history_path_of(o);
    bool off = !path;
    free(path);
    if (!off)
        return err_report(ERR_INPUT, "no history to show: it could not be opened (see above)");
    err_note("the history is off (KIT_HISTORY=off): no attempt is recorded");
    return 0;
}

static int cmd_history(const options *o, char **args, int nargs)
{
    (void)nargs;
    const char *slug = args[0];
    problem p;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    problem_release(&p);
    if (rc < 0)
        return rc;
    if (!o->hist)
        return no_history(o);
    return history_print_attempts(o->hist, stdout, slug, o->json);
}

static int cmd_stats(const options *o, char **args, int nargs)
{
    (void)args;
    (void)nargs;
    if (!o->hist)
        return no_history(o);
    char **slugs = NULL;
    size_t n = 0;
    int rc = problem_list(o->root, &slugs, &n);
    problem *probs = rc == 0 ? calloc(n ? n : 1, sizeof *probs) : NULL;
    history_problem *meta = probs ? calloc(n ? n : 1, sizeof *meta) : NULL;
    size_t loaded = 0;
    if (rc == 0 && !meta)
        rc = ERR_NOMEM;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (problem_load_info(o->root, o->build, slugs[i], &probs[loaded]) < 0) {
            problem_release(&probs[loaded]);
            continue; /* already reported; the others still count */
        }
        problem *q = &probs[loaded];
        meta[loaded++] = (history_problem){q->slug, q->difficulty, q->tags, q->ntags};
    }
    if (rc == 0)
        rc = history_print_stats(o->hist, stdout, meta, loaded, o->json);
    for (size_t i = 0; i < loaded; i++)
        problem_release(&probs[i]);
    free(probs);
    free(meta);
    fs_names_free(slugs, n);
    return rc;
}

/* ---- hint ---- */

static void show_hint(const char *slug, const hints *hs, size_t number, bool first)
{
    printf("%sHint %zu of %zu (%s)\n\n%s\n", first ? "" : "\n", number, hs->n, slug,
           hs->text[number - 1]);
}

static int print_hints_json(const char *slug, const hints *hs, size_t from, size_t to, size_t seen)
{
    json_t *list = json_array();
    for (size_t i = from; list && to > 0 && i <= to; i++)
        json_array_append_new(list,
                              json_pack("{s:i, s:s}", "number", (int)i, "text", hs->text[i - 1]));
    json_t *doc = json_pack("{s:s, s:i, s:i, s:o}", "slug", slug, "total", (int)hs->n, "seen",
                            (int)seen, "hints", list);
    if (!doc)
        return ERR_NOMEM;
    json_dumpf(doc, stdout, JSON_INDENT(2));
    putchar('\n');
    json_decref(doc);
    return 0;
}

/* What comes after hint `shown`, on stderr: the next one not seen, or the solution. */
static void say_next(const options *o, const char *slug, const hints *hs, size_t shown, size_t seen)
{
    size_t next = (shown > seen ? shown : seen) + 1;
    if (!o->hist)
        fprintf(stderr, "judge: with the history off, `judge hint %s N` shows hint N\n", slug);
    else if (next <= hs->n)
        fprintf(stderr, "judge: `judge hint %s` shows hint %zu of %zu when you want it\n", slug,
                next, hs->n);
    else if (shown == hs->n)
        fprintf(stderr, "judge: last hint; the reference: `judge solution %s --give-up`\n", slug);
}

/* The hints to show: [*from, *to], or none (*to == 0) with the reason said. */
static int pick_hints(const options *o, const char *slug, const hints *hs, size_t seen,
                      const char *number, size_t *from, size_t *to)
{
    long n = 0;
    char *end = NULL;
    if (number && ((n = strtol(number, &end, 10)) < 1 || n > (long)hs->n || *end))
        return err_report(ERR_USAGE,
                          "'%s' has %zu hints, so '%s' is not one: `judge hint %s N` with N from "
                          "1 to %zu",
                          slug, hs->n, number, slug, hs->n);
    *from = n ? (size_t)n : seen + 1;
    *to = *from;
    if (o->all) {
        *from = 1;
        *to = n ? (size_t)n : o->hist ? seen : hs->n;
        if (*to == 0)
            fprintf(stderr, "judge: no hint of '%s' seen yet: `judge hint %s` shows the first\n",
                    slug, slug);
    } else if (*from > hs->n) {
        *to = 0;
        fprintf(stderr, "judge: all %zu hints seen; `judge hint %s --all` shows them again\n",
                hs->n, slug);
    }
    return 0;
}

/* Shows the next hint not seen yet and remembers it; with n, hint n; with --all,
 * every hint seen so far (every hint when there is no history to ask). */
static int cmd_hint(const options *o, char **args, int nargs)
{
    const char *slug = args[0];
    problem p;
    hints hs = {.n = 0};
    size_t from = 0, to = 0;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    if (rc == 0)
        rc = hints_load(p.dir, &hs);
    size_t seen = rc == 0 ? (size_t)history_hints_seen(o->hist, slug) : 0;
    if (rc == 0)
        rc = pick_hints(o, slug, &hs, seen, nargs > 1 ? args[1] : NULL, &from, &to);
    if (rc == 0 && o->json)
        rc = print_hints_json(slug, &hs, from, to, to > seen ? to : seen);
    for (size_t i = from; rc == 0 && !o->json && i <= to; i++)
        show_hint(slug, &hs, i, i == from);
    if (rc == 0 && to > seen)
        history_record_hint(o->hist, slug, (int)to, 0);
    if (rc == 0 && to > 0 && !o->all)
        say_next(o, slug, &hs, to, seen);
    hints_release(&hs);
    problem_release(&p);
    return rc;
}

/* The reference solution opens with its editorial (idea, complexity, trap). */
static int cmd_solution(const options *o, char **args, int nargs)
{
    (void)nargs;
    const char *slug = args[0];
    problem p;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    char *path = rc == 0 ? problem_solution_path(&p, "reference.c") : NULL;
    problem_release(&p);
    if (rc < 0)
        return rc;
    if (!o->give_up && !history_solved(o->hist, slug)) {
        free(path);
        return err_report(ERR_USAGE,
                          "you have not solved '%s' yet: solve it first (`./kit test %s`), or "
                          "add --give-up to read the reference now",
                          slug, slug);
    }
    buf text = BUF_INIT;
    rc = path ? fs_read_file(path, 1 << 20, ERR_PACKAGE, &text) : ERR_NOMEM;
    if (rc == 0) {
        printf("// solutions/%s/reference.c\n", slug);
        fwrite(text.data, 1, text.len, stdout);
    }
    buf_release(&text);
    free(path);
    return rc;
}

/* ---- doctor ---- */

static void run_and_show(const char *title, const char *shell_command)
{
    printf("%s:\n", title);
    FILE *f = popen(shell_command, "r");
    char line[512];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) {
        printf("  %s", line);
        lines++;
    }
    int status = f ? pclose(f) : -1;
    if (!lines || status != 0)
        printf("  (failed: `%s` exited with status %d)\n", shell_command, status);
}

/* What a learner loses when `judge-box --probe` reports a protection missing
 * (protections.h). */
static const struct {
    const char *name, *without;
} protections[] = {
#define X(id, name, without) {name, without},
    PROTECTIONS(X)
#undef X
};

/* Prints text (one line, its newline included or not) within 80 columns: the
 * first line indented by first, the rest by rest, cut between words. */
static void print_wrapped(const char *text, int first, int rest)
{
    enum { WIDTH = 80 };
    int indent = first;
    const char *p = text;
    while (*p && *p != '\n') {
        int room = WIDTH - indent, n = (int)strcspn(p, "\n");
        if (n > room) {
            n = room;
            while (n > 0 && p[n] != ' ')
                n--;
            if (n == 0)
                n = room; /* one word longer than the line */
        }
        printf("%*s%.*s\n", indent, "", n, p);
        p += n;
        while (*p == ' ')
            p++;
        indent = rest;
    }
}

static void show_probe(const char *box)
{
    char command[PATH_MAX + 32];
    snprintf(command, sizeof command, "'%s' --probe", box);
    puts("sandbox protections on this machine:");
    FILE *f = popen(command, "r");
    char line[512];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) {
        lines++;
        print_wrapped(line, 2, 6);
        char name[64], state[8];
        if (sscanf(line, "%63s %7s", name, state) != 2 || strcmp(state, "no") != 0)
            continue;
        for (size_t i = 0; i < sizeof protections / sizeof *protections; i++)
            if (strcmp(protections[i].name, name) == 0) {
                char why[300];
                snprintf(why, sizeof why, "without it: %s", protections[i].without);
                print_wrapped(why, 4, 6);
            }
    }
    if ((f ? pclose(f) : -1) != 0 || lines == 0)
        printf("  (failed: `%s` did not answer: is the kit built?)\n", command);
}

static int cmd_doctor(const options *o, char **args, int nargs)
{
    (void)args;
    (void)nargs;
    char box[PATH_MAX];
    printf("judge %s\nkit:      %s\nbuild:    %s\ncache:    %s\ncores:    %ld\n", KIT_VERSION,
           o->root, o->build, o->cache, sysconf(_SC_NPROCESSORS_ONLN));
    run_and_show("compiler", KIT_CC " --version | head -n 1");
    run_and_show("static C library (submissions are linked statically)",
                 KIT_CC " -print-file-name=libc.a");
    snprintf(box, sizeof box, "%s/judge-box", o->build);
    show_probe(box);
    if (geteuid() == 0)
        printf("tools:    validators, generators and checkers run as uid %d with no\n"
               "          capability (as uid 0 with none when others cannot read their files)\n",
               TOOL_UID);
    else
        printf("tools:    validators, generators and checkers run as you (uid %d)\n",
               (int)geteuid());
    char *hist = history_path_of(o);
    printf("history:  %s\n", hist ? hist : "off");
    free(hist);
    puts("network: a submission gets no network because seccomp denies socket(); no\n"
         "network namespace is made (it would add about 0.6 ms to every run).\n"
         "a missing protection weakens isolation but not the limits on time, memory and\n"
         "output; without landlock a dishonest source can read the answers as it compiles.");
    return 0;
}

static int cmd_help(const options *o, char **args, int nargs)
{
    (void)o;
    (void)args;
    (void)nargs;
    usage(stdout);
    return 0;
}

/* An option the command does not take is a usage error, not silently ignored. */
static int check_options(subcommand cmd, const options *o)
{
    unsigned long long stray = o->given & ~(commands[cmd].opts | EVERY_COMMAND);
    for (size_t i = 0; stray && i < sizeof option_help / sizeof *option_help; i++)
        if (stray & OPT_BIT(OPT_FIRST + 1 + (int)i))
            return err_report(ERR_USAGE, "`judge %s` does not take --%s (see `judge help`)",
                              commands[cmd].name, option_help[i].name);
    return 0;
}

static int check_arity(subcommand cmd, char **args, int nargs)
{
    const char *name = commands[cmd].name;
    arity want = commands[cmd].nargs;
    if (want != ARITY_NONE && nargs < 1)
        return err_report(ERR_USAGE, "`judge %s` needs a problem name: judge %s %s", name, name,
                          commands[cmd].args);
    if (want == ARITY_NONE && nargs > 0)
        return err_report(ERR_USAGE, "`judge %s` takes no arguments, got '%s'", name, args[0]);
    if (want == ARITY_SLUG && nargs > 1)
        return err_report(ERR_USAGE, "`judge %s` takes one problem name, got '%s' too", name,
                          args[1]);
    if (want == ARITY_SLUG_NUMBER && nargs > 2)
        return err_report(ERR_USAGE, "`judge %s` takes a problem name and a number, got '%s' too",
                          name, args[2]);
    return 0;
}

/* --history, then KIT_HISTORY (off: none), then the user's data directory. */
static history *open_history(const options *o)
{
    char *path = history_path_of(o);
    history *h = path ? history_open(path) : NULL;
    free(path);
    return h;
}

int cli_main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    subcommand cmd = CMD_HELP;
    if (strcmp(argv[1], "--version") == 0) {
        printf("judge %s\n", KIT_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "--help") != 0 && strcmp(argv[1], "-h") != 0 &&
        find_command(argv[1], &cmd) < 0)
        return 2;
    options o;
    int rc = parse_options(argc - 1, argv + 1, &o);
    char **args = argv + 1 + optind;
    int nargs = argc - 1 - optind;
    if (rc == 0)
        rc = check_options(cmd, &o);
    if (rc == 0)
        rc = check_arity(cmd, args, nargs);
    if (rc == 0 && commands[cmd].history)
        o.hist = open_history(&o);
    if (rc == 0)
        rc = commands[cmd].fn(&o, args, nargs);
    history_close(o.hist);
    free(o.cache_owned);
    free(o.root_owned);
    return rc < 0 ? err_exit_status(rc) : rc;
}
