/* The command line: the closed tables of subcommands and options, parsing,
 * the checks of what each subcommand takes, and dispatch to its handler
 * (command.h); `judge help` is the tables printed. */
#include "cli.h"

#include "command.h"

#include "config.h"
#include "err.h"
#include "fsutil.h"
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Each subcommand: its name, its handler, how many arguments it takes (NONE, SLUG: exactly
 * one problem name, SLUG_NUMBER: a problem name and an optional number, SLUG_TEST: a
 * problem name, an optional test name and an optional file, FILES: a
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
      O(JSON) | O(FORMAT) | O(ALL) | JUDGING | O(HISTORY_FILE) | O(SCALING) | SCALING_OPTIONS,     \
      "<slug> [file...]",                                                                          \
      "judge solutions (default: workspace/<slug>.c); several files are compared")                 \
    X(WATCH, "watch", cmd_watch, FILES, true,                                                      \
      O(JSON) | O(FORMAT) | O(ALL) | JUDGING | O(HISTORY_FILE) | O(POLL), "<slug> [file]",         \
      "judge your file again on every save (r: run again, q: quit)")                               \
    X(DEBUG, "debug", cmd_debug, SLUG_TEST, false, O(CACHE) | O(BATCH), "<slug> [test] [file]",    \
      "gdb stopped in your function (-O0 -g) on a sample or your own test; outside the sandbox")   \
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

typedef enum { ARITY_NONE, ARITY_SLUG, ARITY_SLUG_NUMBER, ARITY_SLUG_TEST, ARITY_FILES } arity;

typedef enum {
#define X(id, name, fn, arity_, hist, opts_, usage_, help) CMD_##id,
    SUBCOMMANDS(X)
#undef X
        CMD_COUNT
} subcommand;

typedef int (*command_fn)(const options *o, char **args, int nargs);

/* id, long name, argument, its placeholder in the help, help */
#define OPTIONS(X)                                                                                 \
    X(JSON, "json", no_argument, "", "print one JSON document on stdout (schema: README.md)")      \
    X(FORMAT, "format", required_argument, "F",                                                    \
      "`test`/`watch`: text, json, or gcc: FILE:LINE:COL: lines for editors (quickfix)")           \
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
    X(BATCH, "batch", no_argument, "",                                                             \
      "`debug`: no prompt: the backtrace at the first stop, then on to the end")                   \
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

/* One row of the help: the head in a column of width columns, the words wrapped
 * beside it within 80 columns. */
static void help_row(FILE *out, int width, const char *head, const char *help)
{
    fprintf(out, "  %-*s  ", width, head);
    report_wrap(out, help, 2 + width + 2, 2 + width + 2, REPORT_WIDTH);
}

static void command_head(int i, char *head, size_t size)
{
    snprintf(head, size, "%s %s", commands[i].name, commands[i].args);
}

static void option_head(size_t i, char *head, size_t size)
{
    snprintf(head, size, "--%s%s%s", option_help[i].name, option_help[i].meta[0] ? " " : "",
             option_help[i].meta);
}

/* Each section's heads are as wide as its widest, so its words get the rest. */
static void usage(FILE *out)
{
    enum { OPTIONS = sizeof option_help / sizeof *option_help };
    char head[48];
    int width = 0;
    for (int i = 0; i < CMD_COUNT; i++) {
        command_head(i, head, sizeof head);
        width = (int)strlen(head) > width ? (int)strlen(head) : width;
    }
    fputs("usage: judge <command> [options] [arguments]\n\ncommands:\n", out);
    for (int i = 0; i < CMD_COUNT; i++) {
        command_head(i, head, sizeof head);
        help_row(out, width, head, commands[i].help);
    }
    width = 0;
    for (size_t i = 0; i < OPTIONS; i++) {
        option_head(i, head, sizeof head);
        width = (int)strlen(head) > width ? (int)strlen(head) : width;
    }
    fputs("\noptions:\n", out);
    for (size_t i = 0; i < OPTIONS; i++) {
        option_head(i, head, sizeof head);
        help_row(out, width, head, option_help[i].help);
    }
    fputs("\nexit status: 0 accepted, 1 not accepted, 2 usage or problem package error,\n"
          "3 internal error, 130 interrupted (Ctrl-C)\n",
          out);
}

static const char *const format_names[] = {
#define X(id, name) name,
    OUTPUT_FORMATS(X)
#undef X
};

/* --format's word, or a usage error naming the choices. */
static int parse_format(const char *text, output_format *out)
{
    for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++) {
        if (strcmp(text, format_names[i]) == 0) {
            *out = (output_format)i;
            return 0;
        }
    }
    return err_report(ERR_USAGE, "--format wants text, json or gcc, not '%s'", text);
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
        case OPT_FORMAT:
            if (parse_format(optarg, &o->format) < 0)
                return ERR_USAGE;
            break;
        case OPT_BATCH:
            o->batch = true;
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
            return err_report(ERR_USAGE, "unknown option '%s' (see `%s help`)", argv[optind - 1],
                              err_command());
        }
    }
    /* --json is --format json; one that says otherwise is a contradiction */
    if (o->json && (o->given & O(FORMAT)) && o->format != FORMAT_JSON)
        return err_report(ERR_USAGE, "--json and --format %s disagree: give one of them",
                          format_names[o->format]);
    if (o->json)
        o->format = FORMAT_JSON;
    o->json = o->format == FORMAT_JSON;
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
    return err_report(ERR_USAGE, "'%s' is not a command (see `%s help`)", name, err_command());
}

int cmd_help(const options *o, char **args, int nargs)
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
            return err_report(ERR_USAGE, "`%s %s` does not take --%s (see `%s help`)",
                              err_command(), commands[cmd].name, option_help[i].name,
                              err_command());
    return 0;
}

static int check_arity(subcommand cmd, char **args, int nargs)
{
    const char *name = commands[cmd].name;
    arity want = commands[cmd].nargs;
    if (want != ARITY_NONE && nargs < 1)
        return err_report(ERR_USAGE, "`%s %s` needs a problem name: %s %s %s", err_command(), name,
                          name, err_command(), commands[cmd].args);
    if (want == ARITY_NONE && nargs > 0)
        return err_report(ERR_USAGE, "`%s %s` takes no arguments, got '%s'", err_command(), name,
                          args[0]);
    if (want == ARITY_SLUG && nargs > 1)
        return err_report(ERR_USAGE, "`%s %s` takes one problem name, got '%s' too", err_command(),
                          name, args[1]);
    if (want == ARITY_SLUG_NUMBER && nargs > 2)
        return err_report(ERR_USAGE, "`%s %s` takes a problem name and a number, got '%s' too",
                          err_command(), name, args[2]);
    if (want == ARITY_SLUG_TEST && nargs > 3)
        return err_report(ERR_USAGE,
                          "`%s %s` takes a problem name, a test and a file, got '%s' too",
                          err_command(), name, args[3]);
    return 0;
}

/* --history, then KIT_HISTORY (off: none), then the user's data directory. */
static history *open_history(const options *o)
{
    char *path = command_history_path(o);
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
