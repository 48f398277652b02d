/* The commands that show what the kit holds and what the learner did: list,
 * show, start (which copies a stub), history, stats, hint and solution. */
#include "command.h"

#include "compile.h"
#include "err.h"
#include "fsutil.h"
#include "hints.h"
#include "history_print.h"
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- list, show ---- */

static bool has_tag(const problem *p, const char *tag)
{
    for (size_t t = 0; t < p->ntags; t++)
        if (strcmp(p->tags[t], tag) == 0)
            return true;
    return false;
}

int cmd_list(const options *o, char **args, int nargs)
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
    if (all)
        report_print_json(stdout, all);
    fs_names_free(slugs, n);
    if (rc == 0 && o->tag && shown == 0)
        rc = err_report(ERR_USAGE, "no problem is tagged '%s' (`%s list` shows the tags)", o->tag,
                        err_command());
    return rc;
}

int cmd_show(const options *o, char **args, int nargs)
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

/* What kits before issue 11 wrote first in compile_flags.txt: not the judge's
 * flags (no -D_DEFAULT_SOURCE, so clangd flagged strdup). */
static const char old_editor_flags[] = "-std=c11\n-Wall\n-Wextra\n";

/* Whether text is a compile_flags.txt the kit wrote: head, then only include
 * lines of this kit's problems. */
static bool kit_wrote(const buf *text, const char *head, const char *root)
{
    size_t n = strlen(head);
    if (text->len < n || memcmp(text->data, head, n) != 0)
        return false;
    char prefix[PATH_MAX];
    size_t plen = (size_t)snprintf(prefix, sizeof prefix, "-I%s/problems/", root);
    for (size_t i = n; i < text->len;) {
        const char *nl = memchr(text->data + i, '\n', text->len - i);
        size_t len = nl ? (size_t)(nl - (text->data + i)) : text->len - i;
        if (len < plen || memcmp(text->data + i, prefix, plen) != 0)
            return false;
        i += len + 1;
    }
    return true;
}

/* clangd reads compile_flags.txt: the learner's editor then finds the headers
 * and reads the code with the judge's own flags. A file the kit wrote (now or
 * before) is brought up to date; one of the learner's stays as it is. */
static void write_editor_flags(const options *o, const char *workspace)
{
    char *path = fs_join(workspace, "compile_flags.txt");
    buf head = BUF_INIT, text = BUF_INIT, old = BUF_INIT;
    char **slugs;
    size_t n;
    int rc = path ? 0 : ERR_NOMEM;
    for (const char *const *f = compile_language_flags(); rc == 0 && *f; f++)
        rc = buf_appendf(&head, "%s\n", *f);
    if (rc == 0)
        rc = buf_append(&text, head.data, head.len);
    if (rc == 0 && problem_list(o->root, &slugs, &n) == 0) {
        for (size_t i = 0; rc == 0 && i < n; i++)
            rc = buf_appendf(&text, "-I%s/problems/%s\n", o->root, slugs[i]);
        fs_names_free(slugs, n);
    }
    int how = O_EXCL;
    if (rc == 0 && fs_exists(path) && fs_read_file(path, 64 << 10, ERR_INPUT, &old) == 0 &&
        (kit_wrote(&old, head.data, o->root) || kit_wrote(&old, old_editor_flags, o->root)))
        how = O_TRUNC;
    /* a help for the editor, never in the way: with O_EXCL one the learner has stays */
    if (rc == 0)
        fs_write_file(path, text.data, text.len, how, 0644);
    buf_release(&old);
    buf_release(&text);
    buf_release(&head);
    free(path);
}

/* One VS Code task: `kit CMD <the file's slug> <the file> --format=gcc` with the
 * problem matcher of report_gcc.h's lines (workspace/<slug>.c: the file's name
 * without .c is its problem). */
static json_t *vscode_task(const char *label, const char *cmd, bool background)
{
    json_t *matcher =
        json_pack("{s:s, s:s, s:[s, s], s:{s:s, s:i, s:i, s:i, s:i, s:i}}", "owner", "judge",
                  "source", "judge", "fileLocation", "autoDetect", "${workspaceFolder}", "pattern",
                  "regexp", "^(.*?):(\\d+):(\\d+):\\s+(fatal error|error|warning|note):\\s+(.*)$",
                  "file", 1, "line", 2, "column", 3, "severity", 4, "message", 5);
    json_t *task =
        json_pack("{s:s, s:s, s:s, s:[s, s, s, s], s:{s:s}, s:b, s:o}", "label", label, "type",
                  "process", "command", "${workspaceFolder}/../kit", "args", cmd,
                  "${fileBasenameNoExtension}", "${file}", "--format=gcc", "options", "cwd",
                  "${workspaceFolder}", "isBackground", background, "problemMatcher", matcher);
    if (task && background) {
        /* each judgement: "judge: judging FILE (SLUG)" ... "judge: FILE: VERDICT ..." */
        char ends[256] = "^judge: .*: (";
        for (int v = 0; v < VERDICT_COUNT; v++)
            snprintf(ends + strlen(ends), sizeof ends - strlen(ends), "%s%s", v ? "|" : "",
                     verdict_code((verdict)v));
        snprintf(ends + strlen(ends), sizeof ends - strlen(ends), ") ");
        json_object_set_new(matcher, "background",
                            json_pack("{s:b, s:s, s:s}", "activeBegin", true, "beginsPattern",
                                      "^judge: judging ", "endsPattern", ends));
    } else if (task) {
        json_object_set_new(task, "group", json_pack("{s:s, s:b}", "kind", "test", "isDefault", 1));
    }
    return task;
}

/* VS Code's tasks for test and watch (Terminal > Run Task), whose problems jump
 * to the line; like compile_flags.txt, written only when there is none. */
static void write_vscode_tasks(const char *workspace)
{
    char *dir = fs_join(workspace, ".vscode");
    char *path = dir ? fs_join(dir, "tasks.json") : NULL;
    json_t *doc = json_pack("{s:s, s:[o, o]}", "version", "2.0.0", "tasks",
                            vscode_task("judge: test", "test", false),
                            vscode_task("judge: watch", "watch", true));
    char *text = doc ? json_dumps(doc, JSON_INDENT(2)) : NULL;
    if (path && text && !fs_exists(path) && fs_mkdir_p(dir) == 0) {
        buf content = BUF_INIT;
        buf_appendf(&content, "%s\n", text);
        /* O_EXCL: a tasks.json that appeared meanwhile is the learner's */
        if (content.data && fs_write_file(path, content.data, content.len, O_EXCL, 0644) == 0)
            fprintf(stderr, "wrote '%s': VS Code's test and watch tasks (Run Task)\n", path);
        buf_release(&content);
    }
    free(text);
    json_decref(doc);
    free(path);
    free(dir);
}

char *command_workspace_file(const options *o, const char *slug)
{
    char rel[128];
    snprintf(rel, sizeof rel, "workspace/%s.c", slug);
    return fs_join(o->root, rel);
}

int cmd_start(const options *o, char **args, int nargs)
{
    (void)nargs;
    const char *slug = args[0];
    problem p;
    int rc = problem_load_info(o->root, o->build, slug, &p);
    char *workspace = fs_join(o->root, "workspace");
    char *target = command_workspace_file(o, slug);
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
        write_vscode_tasks(workspace);
        printf("problem:   %s/statement.md  (or: %s show %s)\n", p.dir, err_command(), slug);
        printf("your file: %s\n", target);
        printf("next:      %s test %s\n", err_command(), slug);
    }
    free(workspace);
    free(target);
    free(stub);
    problem_release(&p);
    return rc;
}

/* ---- history, stats, solution ---- */

char *command_history_path(const options *o)
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
    char *path = command_history_path(o);
    bool off = !path;
    free(path);
    if (!off)
        return err_report(ERR_INPUT, "no history to show: it could not be opened (see above)");
    err_note("the history is off (KIT_HISTORY=off): no attempt is recorded");
    return 0;
}

int cmd_history(const options *o, char **args, int nargs)
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

int cmd_stats(const options *o, char **args, int nargs)
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
    return report_print_json(stdout, doc);
}

/* What comes after hint `shown`, on stderr: the next one not seen, or the solution. */
static void say_next(const options *o, const char *slug, const hints *hs, size_t shown, size_t seen)
{
    size_t next = (shown > seen ? shown : seen) + 1;
    if (!o->hist)
        fprintf(stderr, "judge: with the history off, `%s hint %s N` shows hint N\n", err_command(),
                slug);
    else if (next <= hs->n)
        fprintf(stderr, "judge: `%s hint %s` shows hint %zu of %zu when you want it\n",
                err_command(), slug, next, hs->n);
    else if (shown == hs->n)
        fprintf(stderr, "judge: last hint; the reference: `%s solution %s --give-up`\n",
                err_command(), slug);
}

/* The hints to show: [*from, *to], or none (*to == 0) with the reason said. */
static int pick_hints(const options *o, const char *slug, const hints *hs, size_t seen,
                      const char *number, size_t *from, size_t *to)
{
    long n = 0;
    char *end = NULL;
    if (number && ((n = strtol(number, &end, 10)) < 1 || n > (long)hs->n || *end))
        return err_report(ERR_USAGE,
                          "'%s' has %zu hints, so '%s' is not one: `%s hint %s N` with N from "
                          "1 to %zu",
                          slug, hs->n, number, err_command(), slug, hs->n);
    *from = n ? (size_t)n : seen + 1;
    *to = *from;
    if (o->all) {
        *from = 1;
        *to = n ? (size_t)n : o->hist ? seen : hs->n;
        if (*to == 0)
            fprintf(stderr, "judge: no hint of '%s' seen yet: `%s hint %s` shows the first\n", slug,
                    err_command(), slug);
    } else if (*from > hs->n) {
        *to = 0;
        fprintf(stderr, "judge: all %zu hints seen; `%s hint %s --all` shows them again\n", hs->n,
                err_command(), slug);
    }
    return 0;
}

/* Shows the next hint not seen yet and remembers it; with n, hint n; with --all,
 * every hint seen so far (every hint when there is no history to ask). */
int cmd_hint(const options *o, char **args, int nargs)
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
int cmd_solution(const options *o, char **args, int nargs)
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
                          "you have not solved '%s' yet: solve it first (`%s test %s`), or "
                          "add --give-up to read the reference now",
                          slug, err_command(), slug);
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
