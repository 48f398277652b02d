/* The subcommands' shared contract, as git's builtin.h: the options cli.c parsed,
 * every handler its command table names, and the helpers that more than one group
 * of commands uses. The handlers live in cmd_judge.c (test, run, watch, stress,
 * scale, debug: the commands that build and run a file), cmd_info.c (list, show, start,
 * history, stats, hint, solution), cmd_doctor.c and cli.c (help). Each returns
 * an exit status (0, 1) or a negative error code, already reported.
 *
 * Ownership: cli.c owns the options and everything they point to (the history
 * it opened, the strings it allocated); the handlers only read them. */
#ifndef COMMAND_H
#define COMMAND_H

#include "history.h"
#include "scale.h"

#include <stdbool.h>
#include <stddef.h>

/* --format: what judging prints on stdout (--json is FORMAT_JSON). */
#define OUTPUT_FORMATS(X)                                                                          \
    X(TEXT, "text")                                                                                \
    X(JSON, "json")                                                                                \
    X(GCC, "gcc")

typedef enum {
#define X(id, name) FORMAT_##id,
    OUTPUT_FORMATS(X)
#undef X
} output_format;

typedef struct options {
    bool json, all, compare, give_up, scaling, poll, brute, seed_given, sanitize, batch;
    output_format format; /* json is format == FORMAT_JSON */
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
} options;

int cmd_list(const options *o, char **args, int nargs);
int cmd_show(const options *o, char **args, int nargs);
int cmd_start(const options *o, char **args, int nargs);
int cmd_run(const options *o, char **args, int nargs);
int cmd_test(const options *o, char **args, int nargs);
int cmd_watch(const options *o, char **args, int nargs);
int cmd_stress(const options *o, char **args, int nargs);
int cmd_scale(const options *o, char **args, int nargs);
int cmd_history(const options *o, char **args, int nargs);
int cmd_stats(const options *o, char **args, int nargs);
int cmd_hint(const options *o, char **args, int nargs);
int cmd_solution(const options *o, char **args, int nargs);
int cmd_doctor(const options *o, char **args, int nargs);
int cmd_debug(const options *o, char **args, int nargs);
int cmd_help(const options *o, char **args, int nargs);

/* workspace/<slug>.c under the kit root: the learner's file (caller frees). */
char *command_workspace_file(const options *o, const char *slug);

/* The history's path (--history, else KIT_HISTORY, else the user's data
 * directory), for the caller to free; NULL when the history is turned off. */
char *command_history_path(const options *o);

#endif
