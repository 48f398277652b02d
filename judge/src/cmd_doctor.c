/* `judge doctor`: the compiler, the paths, the history and the sandbox
 * protections of this machine, each with what a learner loses without it. */
#include "command.h"

#include "config.h"
#include "protections.h"
#include "report.h"
#include "tool.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int cmd_doctor(const options *o, char **args, int nargs)
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
    char *hist = command_history_path(o);
    printf("history:  %s\n", hist ? hist : "off");
    free(hist);
    puts("network: a submission gets no network because seccomp denies socket(); no\n"
         "network namespace is made (it would add about 0.6 ms to every run).\n"
         "a missing protection weakens isolation but not the limits on time, memory and\n"
         "output; without landlock a dishonest source can read the answers as it compiles.");
    return 0;
}
