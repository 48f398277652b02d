/* `judge doctor`: the compiler, the paths, the history, the sandbox protections
 * of this machine, each with what a learner loses without it, and whether a
 * `--sanitize` build reports a memory error here. */
#include "command.h"

#include "compile.h"
#include "config.h"
#include "err.h"
#include "fsutil.h"
#include "protections.h"
#include "report.h"
#include "sanitizer.h"
#include "tool.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The probe's lines in columns: name, yes or no, then the detail and, under a
 * missing protection, what it costs, both wrapped at the detail's column. */
static void show_probe(const char *box)
{
    char command[PATH_MAX + 32];
    snprintf(command, sizeof command, "'%s' --probe", box);
    puts("sandbox protections on this machine:");
    int width = 0;
    for (size_t i = 0; i < sizeof protections / sizeof *protections; i++)
        if ((int)strlen(protections[i].name) > width)
            width = (int)strlen(protections[i].name);
    int detail_column = 2 + width + 2 + 3 + 2;
    FILE *f = popen(command, "r");
    char line[512];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) {
        lines++;
        char name[64], state[8], row[640];
        int detail = 0;
        if (sscanf(line, "%63s %7s %n", name, state, &detail) < 2 || detail == 0) {
            print_wrapped(line, 2, detail_column);
            continue;
        }
        snprintf(row, sizeof row, "%-*s  %-3s  %s", width, name, state, line + detail);
        print_wrapped(row, 2, detail_column);
        if (strcmp(state, "no") != 0)
            continue;
        for (size_t i = 0; i < sizeof protections / sizeof *protections; i++)
            if (strcmp(protections[i].name, name) == 0) {
                char why[300];
                snprintf(why, sizeof why, "without it: %s", protections[i].without);
                print_wrapped(why, detail_column, detail_column);
            }
    }
    if ((f ? pclose(f) : -1) != 0 || lines == 0)
        printf("  (failed: `%s` did not answer: is the kit built?)\n", command);
}

/* A heap overflow by an index the compiler cannot know, so that AddressSanitizer
 * reports it (UBSan's object-size check would see a constant one first); the
 * store is volatile, or -O1 would drop it before the free. */
static const char overflow_source[] = "#include <stdlib.h>\n"
                                      "int main(int argc, char **argv)\n"
                                      "{\n"
                                      "    (void)argv;\n"
                                      "    int n = argc + 3;\n"
                                      "    volatile int *p = malloc((size_t)n * sizeof *p);\n"
                                      "    p[n] = 1;\n"
                                      "    free((void *)p);\n"
                                      "    return 0;\n"
                                      "}\n";

/* Appends a space and word, quoted for sh. */
static int append_word(buf *cmd, const char *word)
{
    int rc = buf_append(cmd, " '", 2);
    for (const char *c = word; rc == 0 && *c; c++)
        rc = *c == '\'' ? buf_append(cmd, "'\\''", 4) : buf_append(cmd, c, 1);
    return rc == 0 ? buf_append(cmd, "'", 1) : rc;
}

/* Runs a shell command with stderr joined to stdout, of which out keeps 64 KB.
 * Returns its wait status, or -1 when it could not be run. */
static int capture(const buf *cmd, buf *out)
{
    FILE *f = popen(cmd->data, "r");
    if (!f)
        return -1;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (out->len < 64 << 10)
            buf_append(out, chunk, n);
    return pclose(f);
}

/* The first line of text (NUL-terminated), or "(nothing)". */
static const char *first_line(const buf *text, char *line, size_t size)
{
    size_t n = text->len ? strcspn(text->data, "\n") : 0;
    snprintf(line, size, "%.*s", (int)n, n ? text->data : "(nothing)");
    return line;
}

/* Builds the overflow with --sanitize's flags and runs it in the box's sanitize
 * profile: `ok` when the judge's reader finds AddressSanitizer's report in what
 * it wrote, as a `--sanitize` run's RE would name it. Fills result. */
static int check_sanitizers(const char *box, char *result, size_t size)
{
    char *dir = NULL, *source = NULL, *binary = NULL, line[200];
    buf cmd = BUF_INIT, out = BUF_INIT;
    int rc = fs_make_scratch("judge-doctor", &dir);
    if (rc == 0 && (!(source = fs_join(dir, "overflow.c")) || !(binary = fs_join(dir, "overflow"))))
        rc = ERR_NOMEM;
    if (rc == 0 &&
        (rc = fs_write_file(source, overflow_source, sizeof overflow_source - 1, O_EXCL, 0644)) < 0)
        rc = err_report(ERR_INTERNAL, "cannot write '%s': %s", source, strerror(-rc));
    if (rc < 0)
        goto cleanup;
    chmod(dir, 0711); /* a root box runs the program as its own uid */
    rc = append_word(&cmd, KIT_CC);
    for (const char *const *f = compile_language_flags(); rc == 0 && *f; f++)
        rc = append_word(&cmd, *f);
    const char *output[] = {"-o", binary, source};
    for (size_t i = 0; rc == 0 && i < sizeof output / sizeof *output; i++)
        rc = append_word(&cmd, output[i]);
    for (const char *const *f = compile_sanitize_flags(); rc == 0 && *f; f++)
        rc = append_word(&cmd, *f);
    if (rc == 0)
        rc = buf_appendf(&cmd, " 2>&1");
    if (rc < 0)
        goto cleanup;
    if (capture(&cmd, &out) != 0) {
        snprintf(result, size, "no: a sanitized build fails: %s",
                 first_line(&out, line, sizeof line));
        goto cleanup;
    }
    buf_release(&cmd);
    buf_release(&out);
    rc = append_word(&cmd, box);
    const char *run[] = {"--profile", "sanitize", "--cpu-ms", "4000",
                         "--mem-mb",  "1024",     "--",       binary};
    for (size_t i = 0; rc == 0 && i < sizeof run / sizeof *run; i++)
        rc = append_word(&cmd, run[i]);
    if (rc == 0)
        rc = buf_appendf(&cmd, " 2>&1 </dev/null");
    if (rc < 0)
        goto cleanup;
    capture(&cmd, &out);
    char what[400];
    if (sanitizer_explain(out.data ? out.data : "", out.len, source, "overflow.c", what,
                          sizeof what) &&
        strstr(what, "AddressSanitizer"))
        snprintf(result, size, "ok: a heap overflow is reported as %s", what);
    else
        snprintf(result, size, "no: a sanitized run reports no overflow: %s",
                 first_line(&out, line, sizeof line));
cleanup:
    if (dir)
        fs_remove_tree(dir);
    free(dir);
    free(source);
    free(binary);
    buf_release(&cmd);
    buf_release(&out);
    return rc;
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
    char sanitizers[600] = "";
    if (check_sanitizers(box, sanitizers, sizeof sanitizers) == 0) {
        char row[700];
        snprintf(row, sizeof row, "sanitize: %s", sanitizers);
        print_wrapped(row, 0, 10);
        if (strncmp(sanitizers, "no", 2) == 0)
            print_wrapped("without it: `--sanitize` cannot name the line of a memory error or of "
                          "undefined behaviour (gcc's libasan and libubsan)",
                          10, 10);
    }
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
    print_wrapped("network:  a submission gets no network because seccomp denies socket(); "
                  "no network namespace is made (it would add about 0.6 ms to every run)",
                  0, 10);
    puts("a missing protection weakens isolation but not the limits on time, memory and\n"
         "output; without landlock a dishonest source can read the answers as it compiles.");
    return 0;
}
