/* The commands that judge a learner's file: test, run, watch, stress and
 * scale, each a plan (plan.h) handed to an engine and its report printed; and
 * debug, which builds the file for gdb and starts it on one visible test. */
#include "command.h"

#include "debug.h"
#include "err.h"
#include "fsutil.h"
#include "report.h"
#include "report_gcc.h"
#include "scale_print.h"
#include "show.h"
#include "stress_print.h"
#include "validate.h"
#include "watch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
/* True when source holds the package's stub, byte for byte: judged right after
 * `start`, it is the kit's code, not an attempt. */
static bool is_unedited_stub(const problem *p, const char *hash)
{
    char *stub = fs_join(p->dir, p->stub ? p->stub : "stub.c");
    char stub_hash[33] = "";
    if (stub)
        history_source_hash(stub, stub_hash);
    free(stub);
    return hash[0] && strcmp(hash, stub_hash) == 0;
}

/* Every judgement of a learner's file is kept with its file and options; a
 * sanitized run (a debugging aid, judged with wider limits) and the unedited
 * stub are kept too, but are no attempts. */
static void record_attempt(const options *o, const judgement *j, const char *source)
{
    char hash[33], flags[32];
    history_source_hash(source, hash);
    snprintf(flags, sizeof flags, "%s%s%s", o->sanitize ? "--sanitize" : "",
             o->sanitize && o->all ? " " : "", o->all ? "--all" : "");
    const char *uncounted = o->sanitize                            ? "--sanitize"
                            : is_unedited_stub(j->plan.prob, hash) ? "the unedited stub"
                                                                   : NULL;
    history_attempt a = {.slug = j->plan.prob->slug,
                         .v = j->v,
                         .passed = (long)j->passed,
                         .total = (long)j->total,
                         .cpu_ms = judgement_cpu_ms(j),
                         .source_hash = hash,
                         .file = j->display,
                         .flags = flags,
                         .uncounted = uncounted};
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
 * one of the kit's own files); live, when not NULL: the text report printed as
 * the tests finish. */
static int judge_file(const options *o, const plan *pl, const char *given, bool attempt,
                      report_live *live, judgement *j)
{
    char *abs = NULL, *display = NULL;
    char box[PATH_MAX];
    session_config cfg;
    int rc = resolve_source(given, &abs, &display);
    if (rc == 0)
        rc = session_config_of(o, box, sizeof box, &cfg);
    if (rc == 0 && live) {
        cfg.on_test = report_live_test;
        cfg.on_test_data = live;
    }
    if (rc == 0)
        rc = session_judge(&cfg, pl, abs, display, j);
    /* a run that failed only on the learner's own suspect .ans is no attempt */
    if (rc == 0 && attempt && !is_kit_file(o, abs) && !j->only_disputed)
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
    return report_print_json(stdout, doc);
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
    *file = *owned = command_workspace_file(o, slug);
    if (!*owned)
        return ERR_NOMEM;
    if (!fs_exists(*owned))
        return err_report(ERR_USAGE, "no solution at '%s': run `%s start %s` first, or name a file",
                          *owned, err_command(), slug);
    return 0;
}

/* What a command that judges one file works on: the problem, the file and the
 * session's configuration. target_init() fills it, reporting any error;
 * target_release() frees what it holds, also after a failed init. cfg points
 * into box: a target is never copied. */
typedef struct {
    problem prob;
    char *fallback;      /* workspace/<slug>.c when no file was named */
    char *abs, *display; /* the file: its absolute path, and as the learner named it */
    char box[PATH_MAX];  /* judge-box's path */
    session_config cfg;
} target;

/* The problem slug (with the learner's own tests too when with_own_tests), the
 * file named in files (at most one), else the workspace's. */
static int target_init(target *t, const options *o, const char *slug, char **files, int nfiles,
                       bool with_own_tests)
{
    memset(t, 0, sizeof *t);
    const char *file = NULL;
    int rc = problem_load(o->root, o->build, slug, &t->prob);
    if (rc == 0)
        rc = pick_file(o, slug, files, nfiles, &file, &t->fallback);
    if (rc == 0 && with_own_tests)
        rc = add_learner_tests(o, &t->prob);
    if (rc == 0)
        rc = resolve_source(file, &t->abs, &t->display);
    if (rc == 0)
        rc = session_config_of(o, t->box, sizeof t->box, &t->cfg);
    return rc;
}

static void target_release(target *t)
{
    free(t->abs);
    free(t->display);
    free(t->fallback);
    problem_release(&t->prob);
}

static scale_options scale_options_of(const options *o)
{
    return (scale_options){.sizes = o->nsizes ? o->sizes : NULL,
                           .nsizes = o->nsizes,
                           .mode = o->mode,
                           .seed = o->seed,
                           .repeats = o->repeats,
                           .limit_factor = o->limit_factor};
}

/* The growth report of one file; returns 0 with *v its verdict, or an error. */
static int scale_file(const options *o, const problem *p, const char *given, verdict *v)
{
    char *abs = NULL, *display = NULL, box[PATH_MAX];
    session_config cfg;
    scale_options so = scale_options_of(o);
    int rc = resolve_source(given, &abs, &display);
    if (rc == 0)
        rc = session_config_of(o, box, sizeof box, &cfg);
    if (rc == 0)
        rc = scale_run(&cfg, p, abs, display, &so, o->json, v);
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

int cmd_watch(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`%s watch` takes one file, got '%s' too", err_command(),
                          args[2]);
    target t;
    int rc = target_init(&t, o, args[0], args + 1, nargs - 1, true);
    watch_context ctx = {o};
    watch_options wo = {.poll = o->poll,
                        .json = o->json,
                        .gcc = o->format == FORMAT_GCC,
                        .color = report_style_of_stdout().color,
                        .judged = record_watched,
                        .judged_data = &ctx};
    plan pl;
    if (rc == 0) {
        plan_of_options(o, &t.prob, &pl);
        rc = watch_solution(&t.cfg, &pl, t.abs, t.display, &wo);
    }
    target_release(&t);
    return rc;
}

int cmd_stress(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`%s stress` takes one file, got '%s' too", err_command(),
                          args[2]);
    if (o->time_s && o->iterations)
        return err_report(ERR_USAGE, "`%s stress` takes --time or --iterations, not both",
                          err_command());
    char *tests_dir = NULL, rel[128];
    stress_result r = {0};
    stress_options so = {.seed = o->seed,
                         .seed_given = o->seed_given,
                         .time_ms = o->time_s * 1000,
                         .iterations = o->iterations,
                         .brute = o->brute,
                         .mode = o->mode};
    snprintf(rel, sizeof rel, "workspace/%s.tests", args[0]);
    target t;
    int rc = target_init(&t, o, args[0], args + 1, nargs - 1, false);
    if (rc == 0)
        rc = (tests_dir = fs_join(o->root, rel)) ? 0 : ERR_NOMEM;
    if (rc == 0) {
        t.cfg.progress = isatty(2);
        rc = stress_run(&t.cfg, &t.prob, t.abs, t.display, tests_dir, &so, &r);
        if (rc == 0)
            stress_print(stdout, &r);
        if (rc == 0)
            rc = verdict_exit_status(r.v);
    }
    stress_result_release(&r);
    free(tests_dir);
    target_release(&t);
    return rc;
}

int cmd_scale(const options *o, char **args, int nargs)
{
    if (nargs > 2)
        return err_report(ERR_USAGE, "`%s scale` takes one file, got '%s' too", err_command(),
                          args[2]);
    target t;
    scale_options so = scale_options_of(o);
    verdict v = VERDICT_IE;
    int rc = target_init(&t, o, args[0], args + 1, nargs - 1, false);
    if (rc == 0)
        rc = scale_run(&t.cfg, &t.prob, t.abs, t.display, &so, o->json, &v);
    target_release(&t);
    return rc < 0 ? rc : verdict_exit_status(v);
}

int cmd_test(const options *o, char **args, int nargs)
{
    const char *slug = args[0];
    char **files = args + 1;
    int nfiles = nargs - 1;
    if (o->scaling && o->format == FORMAT_GCC)
        return err_report(ERR_USAGE, "--scaling prints a text report, not --format gcc");
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
        /* each row as soon as its test is done; after Ctrl-C, the rows printed
           are followed by how many of the tests passed */
        bool text = o->format == FORMAT_TEXT;
        report_live live;
        report_live_init(&live, stdout, &style);
        rc = judge_file(o, &pl, files[judged], true, text ? &live : NULL, &js[judged]);
        if (rc == 0 && text)
            report_live_end(&live, &js[judged]);
        else if (rc == 0 && o->format == FORMAT_GCC)
            report_gcc(stdout, &js[judged]);
        else if (rc == ERR_INTERRUPTED && text)
            report_live_interrupted(&live, &js[judged]);
        fflush(stdout);
        /* on a failing attempt too: a TLE is when the growth says most */
        if (rc == 0 && o->scaling && text && js[judged].compile.ok && js[judged].v != VERDICT_IE) {
            /* the judgement decides the exit status; scale adds its errors */
            verdict scaled = VERDICT_AC;
            rc = scale_file(o, &p, files[judged], &scaled);
            if (rc == 0 && scaled == VERDICT_IE)
                rc = ERR_INTERNAL;
        }
    }
    if (rc == 0 && o->json)
        rc = print_json(js, (size_t)judged);
    else if (rc == 0 && judged > 1 && o->format == FORMAT_TEXT)
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
    /* at a terminal the judge would otherwise seem to hang */
    if (rc == 0 && isatty(0))
        fputs("type the input, then Ctrl-D at the start of a line to end it\n", stderr);
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

/* A stream as it was kept, and how much of it was not. */
static void show_kept(const buf *kept, size_t total)
{
    show_lines(stdout, 0, kept->data, kept->len);
    if (total > kept->len)
        printf("... %zu more bytes not kept\n", total - kept->len);
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
    if (mine->out_total) {
        puts("your stdout (printf debugging; not part of the answer):");
        show_kept(&mine->out, mine->out_total);
    }
    if (mine->err_total) {
        /* under --sanitize it holds the sanitizer's report, not only the learner's lines */
        puts(j->sanitized ? "your stderr (a sanitizer's report goes here):" : "your stderr:");
        show_kept(&mine->err, mine->err_total);
    }
    if (ref->ran) {
        printf("expected (the reference solution's answer, %ld ms CPU):\n", ref->cpu_ms);
        show_lines(stdout, 0, ref->answer.data, ref->answer.len);
    }
    printf("%s  %s%s", verdict_code(mine->v), verdict_text(mine->v), mine->message[0] ? ": " : "");
    show_text(stdout, mine->message);
    putchar('\n');
}

int cmd_run(const options *o, char **args, int nargs)
{
    const char *slug = args[0];
    char **files = args + 1;
    int nfiles = nargs - 1;
    if (!o->input)
        return err_report(ERR_USAGE, "`%s run` needs --input FILE (or --input - for stdin)",
                          err_command());
    if (nfiles > 1)
        return err_report(ERR_USAGE, "`%s run` takes one file, got '%s' too", err_command(),
                          files[1]);
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
        rc = in_path ? judge_file(o, &single, file, false, NULL, &j) : ERR_NOMEM;
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

/* ---- debug ---- */

/* Where gdb stops: the functions of the problem's header (what the harness
 * calls), or main for a program (and a header that declares none). */
static int breakpoints_of(const problem *p, char ***names)
{
    char *header = p->kind == PROBLEM_FUNCTION && p->header ? fs_join(p->dir, p->header) : NULL;
    buf text = BUF_INIT;
    size_t n = 0;
    int rc = 0;
    *names = NULL;
    if (header && (rc = fs_read_file(header, 1 << 20, ERR_PACKAGE, &text)) == 0)
        rc = debug_header_functions(text.data ? text.data : "", text.len, names, &n);
    if (rc == 0 && n == 0) {
        debug_strings_free(*names);
        *names = calloc(2, sizeof **names);
        if (!*names || !((*names)[0] = strdup("main")))
            rc = ERR_NOMEM;
    }
    buf_release(&text);
    free(header);
    return rc;
}

/* What the learner reads before gdb starts: the file, the test and its verdict
 * in the sandbox (built -O0), its input and its expected answer. */
static void show_debug_start(const judgement *j, const char *const *stops)
{
    const test_case *t = &j->plan.tests[0];
    const test_outcome *mine = &j->mine[0];
    printf("%s: %s  ", j->plan.prob->slug, j->plan.prob->title);
    show_text(stdout, j->display);
    printf(" built -O0 -g for gdb\ntest %s/", test_group_name(t->group));
    show_text(stdout, t->name);
    printf(", judged in the sandbox: %s %s%s", verdict_code(mine->v), verdict_text(mine->v),
           mine->message[0] ? ": " : "");
    show_text(stdout, mine->message);
    putchar('\n');
    buf in = BUF_INIT;
    if (fs_read_file(t->in_path, 64 << 10, ERR_INPUT, &in) == 0)
        report_block(stdout, report_style_of_stdout().width, 2, "input (on stdin)", in.data, in.len,
                     in.len);
    buf_release(&in);
    buf ans = BUF_INIT;
    if (t->ans_path && fs_read_file(t->ans_path, 64 << 10, ERR_INPUT, &ans) == 0)
        report_block(stdout, report_style_of_stdout().width, 2, "expected", ans.data, ans.len,
                     ans.len);
    else if (!t->ans_path && j->ref[0].ran)
        report_block(stdout, report_style_of_stdout().width, 2,
                     "expected (the reference solution's answer)", j->ref[0].answer.data,
                     j->ref[0].answer.len, j->ref[0].answer_total);
    buf_release(&ans);
    printf("gdb stops in");
    for (size_t i = 0; stops[i]; i++)
        printf("%s%s", i ? ", " : " ", stops[i]);
    puts(j->plan.prob->kind == PROBLEM_FUNCTION ? "; your answer (fd 3) is shown when it ends"
                                                : "; your answer is your stdout");
    fflush(stdout);
}

/* gdb on the built binary, then the answer the harness wrote under it. */
static int run_gdb(const options *o, const judgement *j, char **stops)
{
    char *gdb = debug_find_gdb(), *scratch = NULL, *answer = NULL;
    int rc = gdb ? fs_make_scratch("judge-debug", &scratch) : ERR_INTERNAL;
    bool function = j->plan.prob->kind == PROBLEM_FUNCTION;
    if (rc == 0 && function && !(answer = fs_join(scratch, "answer")))
        rc = ERR_NOMEM;
    debug_spec spec = {.gdb = gdb,
                       .binary = j->compile.binary,
                       .input = j->plan.tests[0].in_path,
                       .answer = answer,
                       .breakpoints = stops,
                       .batch = o->batch};
    if (rc == 0)
        rc = debug_run(&spec);
    buf got = BUF_INIT;
    if (rc >= 0 && answer && fs_read_file(answer, 64 << 10, ERR_INTERNAL, &got) == 0) {
        if (got.len)
            report_block(stdout, report_style_of_stdout().width, 0, "your answer under gdb (fd 3)",
                         got.data, got.len, got.len);
        else
            puts("your answer under gdb (fd 3): none (the program did not finish, or wrote none)");
    }
    buf_release(&got);
    if (scratch)
        fs_remove_tree(scratch);
    free(scratch);
    free(answer);
    free(gdb);
    return rc > 0 ? 1 : rc; /* gdb's own failure: not the judge's */
}

/* `judge debug SLUG [TEST] [FILE]`; a second argument that ends in .c is the
 * file (`judge debug lcs mine.c`, as the other commands are given files). */
int cmd_debug(const options *o, char **args, int nargs)
{
    size_t len = nargs > 1 ? strlen(args[1]) : 0;
    bool file_second = nargs == 2 && len > 2 && strcmp(args[1] + len - 2, ".c") == 0;
    const char *test_name = nargs > 1 && !file_second ? args[1] : NULL;
    char **files = file_second ? args + 1 : args + 2;
    target t;
    const test_case *tc = NULL;
    char **stops = NULL;
    judgement j = {0};
    int rc = target_init(&t, o, args[0], files, nargs - 1 - (test_name != NULL), true);
    if (rc == 0)
        rc = debug_pick_test(&t.prob, test_name, &tc);
    if (rc == 0)
        rc = breakpoints_of(&t.prob, &stops);
    if (rc == 0) {
        /* one run in the sandbox first: the verdict of this test, and the
           reference's answer when the learner's test has none */
        plan pl;
        plan_init(&pl, &t.prob);
        pl.tests = tc;
        pl.ntests = 1;
        pl.all = true;
        pl.debug = true;
        rc = session_judge(&t.cfg, &pl, t.abs, t.display, &j);
    }
    if (rc == 0 && !j.compile.ok) {
        report_style style = report_style_of_stdout();
        report_text(stdout, &j, &style);
        rc = verdict_exit_status(j.v);
    } else if (rc == 0) {
        show_debug_start(&j, (const char *const *)stops);
        rc = run_gdb(o, &j, stops);
    }
    judgement_release(&j);
    debug_strings_free(stops);
    target_release(&t);
    return rc;
}
