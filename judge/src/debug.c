/* `judge debug`'s parts: the functions a header declares (a small scanner of C
 * declarations), the choice of a visible test, gdb's command line, and gdb run
 * in the foreground as system(3) runs a command. */
#include "debug.h"

#include "err.h"
#include "show.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- the header's functions ---- */

/* Words that may stand before '(' in a declaration without naming a function
 * (`void (*f)(int)`, `sizeof(int)`); reserved names (_X, __x) are left out too. */
static const char *const not_names[] = {
    "void",   "char",     "short",  "int",      "long",   "float",    "double",
    "signed", "unsigned", "_Bool",  "bool",     "const",  "volatile", "restrict",
    "static", "extern",   "inline", "register", "struct", "union",    "enum",
    "return", "sizeof",   "if",     "while",    "for",    "switch",   "typeof",
};

static bool is_name(const char *word, size_t len)
{
    if (word[0] == '_')
        return false;
    for (size_t i = 0; i < sizeof not_names / sizeof *not_names; i++)
        if (strlen(not_names[i]) == len && memcmp(not_names[i], word, len) == 0)
            return false;
    return true;
}

static int add_name(char ***names, size_t *n, const char *word, size_t len)
{
    for (size_t i = 0; i < *n; i++)
        if (strlen((*names)[i]) == len && memcmp((*names)[i], word, len) == 0)
            return 0;
    char **grown = realloc(*names, (*n + 2) * sizeof **names);
    if (!grown)
        return ERR_NOMEM;
    *names = grown;
    if (!(grown[*n] = strndup(word, len)))
        return ERR_NOMEM;
    grown[++*n] = NULL;
    return 0;
}

/* Past a comment, a string or a character literal starting at p, or p itself
 * when none starts there. */
static const char *skip_non_code(const char *p, const char *end)
{
    if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
        const char *close = memmem(p + 2, (size_t)(end - p - 2), "*/", 2);
        return close ? close + 2 : end;
    }
    if (end - p >= 2 && p[0] == '/' && p[1] == '/') {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        return nl ? nl : end;
    }
    if (*p == '"' || *p == '\'') {
        for (const char *q = p + 1; q < end; q++) {
            if (*q == '\\')
                q++;
            else if (*q == *p)
                return q + 1;
        }
        return end;
    }
    return p;
}

/* Past the preprocessor line starting at p (its continuations too). */
static const char *skip_directive(const char *p, const char *end)
{
    while (p < end && *p != '\n')
        p += *p == '\\' && p + 1 < end ? 2 : 1;
    return p;
}

int debug_header_functions(const char *text, size_t len, char ***names, size_t *n)
{
    const char *p = text, *end = text + len;
    int braces = 0, parens = 0, rc = 0;
    bool line_start = true, statement_start = true, in_typedef = false;
    *names = calloc(1, sizeof **names);
    *n = 0;
    if (!*names)
        return ERR_NOMEM;
    while (rc == 0 && p < end) {
        const char *past = skip_non_code(p, end);
        if (past != p) {
            p = past;
            continue;
        }
        char c = *p;
        if (c == '#' && line_start) {
            p = skip_directive(p, end);
            continue;
        }
        if (c == '\n' || c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            line_start = line_start || c == '\n';
            p++;
            continue;
        }
        line_start = false;
        if (isalpha((unsigned char)c) || c == '_') {
            const char *word = p;
            while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
                p++;
            size_t wlen = (size_t)(p - word);
            if (statement_start && braces == 0 && wlen == 7 && memcmp(word, "typedef", 7) == 0)
                in_typedef = true;
            statement_start = false;
            const char *next = p;
            while (next < end && isspace((unsigned char)*next))
                next++;
            if (next < end && *next == '(' && braces == 0 && parens == 0 && !in_typedef &&
                is_name(word, wlen))
                rc = add_name(names, n, word, wlen);
            continue;
        }
        braces += (c == '{') - (c == '}');
        parens += (c == '(') - (c == ')');
        if (c == ';' && braces == 0 && parens == 0) {
            statement_start = true;
            in_typedef = false;
        } else if (c == '}' && braces == 0 && !in_typedef) {
            statement_start = true; /* after a struct's body comes its name, or ';' */
        }
        p++;
    }
    if (rc < 0) {
        debug_strings_free(*names);
        *names = NULL;
        *n = 0;
    }
    return rc;
}

void debug_strings_free(char **strings)
{
    for (size_t i = 0; strings && strings[i]; i++)
        free(strings[i]);
    free(strings);
}

/* ---- the test ---- */

static bool visible(const test_case *t) { return t->group != TEST_SECRET; }

/* "01-example, 02-empty": the samples, for a line that names no test. */
static void sample_names(const problem *p, char *out, size_t size)
{
    out[0] = '\0';
    for (size_t i = 0; i < p->ntests; i++) {
        if (p->tests[i].group != TEST_SAMPLE)
            continue;
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%s", used ? ", " : "", p->tests[i].name);
    }
}

int debug_pick_test(const problem *p, const char *name, const test_case **out)
{
    *out = NULL;
    for (size_t i = 0; !name && i < p->ntests; i++)
        if (p->tests[i].group == TEST_SAMPLE)
            return *out = &p->tests[i], 0;
    if (!name)
        return err_report(ERR_USAGE,
                          "'%s' has no sample: name one of your own tests "
                          "(workspace/%s.tests/NAME.in)",
                          p->slug, p->slug);
    /* GROUP/NAME, as the report names tests */
    const char *slash = strchr(name, '/'), *bare = slash ? slash + 1 : name;
    size_t glen = slash ? (size_t)(slash - name) : 0, blen = strlen(bare);
    const test_case *exact = NULL, *prefixed = NULL;
    size_t nprefixed = 0;
    bool hidden = false;
    for (size_t i = 0; i < p->ntests; i++) {
        const test_case *t = &p->tests[i];
        const char *group = test_group_name(t->group);
        if (slash && (strlen(group) != glen || strncmp(group, name, glen) != 0))
            continue;
        bool same = strcmp(t->name, bare) == 0, starts = strncmp(t->name, bare, blen) == 0;
        if (!visible(t)) {
            hidden = hidden || same || starts;
        } else if (same && !exact) {
            exact = t;
        } else if (starts && blen > 0) {
            prefixed = nprefixed++ ? prefixed : t;
        }
    }
    char shown[256], list[1024];
    show_str(shown, sizeof shown, name);
    if (exact || nprefixed == 1)
        return *out = exact ? exact : prefixed, 0;
    if (nprefixed > 1)
        return err_report(ERR_USAGE, "'%s' starts the names of %zu tests of '%s': give more of it",
                          shown, nprefixed, p->slug);
    if (hidden)
        return err_report(ERR_USAGE,
                          "'%s' is a hidden test of '%s': `%s debug` runs a sample or one of "
                          "your own tests (workspace/%s.tests/NAME.in), never a hidden one",
                          shown, p->slug, err_command(), p->slug);
    sample_names(p, list, sizeof list);
    if (!list[0])
        return err_report(ERR_USAGE,
                          "'%s' is not a test of '%s', which has no sample: write your own in "
                          "workspace/%s.tests/NAME.in",
                          shown, p->slug, p->slug);
    return err_report(ERR_USAGE, "'%s' is not a test of '%s': its samples are %s", shown, p->slug,
                      list);
}

/* ---- gdb ---- */

/* path in single quotes for the shell gdb starts the program with. */
static int quote(char **out, const char *path)
{
    size_t n = 3;
    for (const char *c = path; *c; c++)
        n += *c == '\'' ? 4 : 1;
    char *q = *out = malloc(n);
    if (!q)
        return ERR_NOMEM;
    *q++ = '\'';
    for (const char *c = path; *c; c++) {
        if (*c == '\'') {
            memcpy(q, "'\\''", 4);
            q += 4;
        } else {
            *q++ = *c;
        }
    }
    *q++ = '\'';
    *q = '\0';
    return 0;
}

static int push(char ***argv, size_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int push(char ***argv, size_t *n, const char *fmt, ...)
{
    char **grown = realloc(*argv, (*n + 2) * sizeof **argv);
    if (!grown)
        return ERR_NOMEM;
    *argv = grown;
    va_list ap;
    va_start(ap, fmt);
    int w = vasprintf(&grown[*n], fmt, ap);
    va_end(ap);
    if (w < 0)
        return ERR_NOMEM;
    grown[++*n] = NULL;
    return 0;
}

int debug_gdb_argv(const debug_spec *spec, char ***argv)
{
    size_t n = 0;
    char *in = NULL, *answer = NULL;
    *argv = calloc(1, sizeof **argv);
    int rc = *argv ? quote(&in, spec->input) : ERR_NOMEM;
    if (rc == 0 && spec->answer)
        rc = quote(&answer, spec->answer);
    if (rc == 0)
        rc = push(argv, &n, "%s", spec->gdb);
    if (rc == 0)
        rc = push(argv, &n, "-q");
    /* batch: the same run whatever the learner's ~/.gdbinit says */
    if (rc == 0 && spec->batch && (rc = push(argv, &n, "-batch")) == 0)
        rc = push(argv, &n, "-nx");
    /* as the sandbox runs it; `with`: no question, and the learner's confirm kept */
    const char *head[] = {"-ex", "with confirm off -- unset environment"};
    for (size_t i = 0; rc == 0 && i < 2; i++)
        rc = push(argv, &n, "%s", head[i]);
    for (size_t i = 0; rc == 0 && spec->breakpoints[i]; i++)
        if ((rc = push(argv, &n, "-ex")) == 0)
            rc = push(argv, &n, "break %s", spec->breakpoints[i]);
    if (rc == 0 && (rc = push(argv, &n, "-ex")) == 0)
        rc = answer ? push(argv, &n, "run < %s 3> %s 4> /dev/null", in, answer)
                    : push(argv, &n, "run < %s", in);
    /* batch: the first stop only, then on to the end and the answer */
    const char *tail[] = {"-ex", "backtrace", "-ex", "delete", "-ex", "continue"};
    for (size_t i = 0; rc == 0 && spec->batch && i < 6; i++)
        rc = push(argv, &n, "%s", tail[i]);
    if (rc == 0)
        rc = push(argv, &n, "%s", spec->binary);
    free(in);
    free(answer);
    if (rc < 0) {
        debug_strings_free(*argv);
        *argv = NULL;
    }
    return rc;
}

char *debug_find_gdb(void)
{
    const char *path = getenv("PATH");
    char *dirs = strdup(path && *path ? path : "/usr/bin:/bin");
    char *found = NULL;
    for (char *save = NULL, *dir = dirs ? strtok_r(dirs, ":", &save) : NULL; dir && !found;
         dir = strtok_r(NULL, ":", &save)) {
        if (asprintf(&found, "%s/gdb", dir) < 0)
            found = NULL;
        else if (access(found, X_OK) != 0) {
            free(found);
            found = NULL;
        }
    }
    free(dirs);
    if (!found)
        err_report(ERR_INTERNAL, "cannot find gdb on PATH: `./kit` installs it (Debian's gdb)");
    return found;
}

int debug_run(const debug_spec *spec)
{
    char **argv = NULL;
    int rc = debug_gdb_argv(spec, &argv);
    if (rc < 0)
        return rc;
    /* as system(3): the terminal's Ctrl-C and Ctrl-\ are gdb's */
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        /* gdb starts the program through $SHELL: the redirections are sh's */
        setenv("SHELL", "/bin/sh", 1);
        execv(argv[0], argv);
        fprintf(stderr, "judge: cannot run '%s': execv: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status = 0;
    if (pid < 0)
        rc = err_report(ERR_INTERNAL, "cannot start gdb: fork: %s", strerror(errno));
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    if (rc == 0 && WIFSIGNALED(status))
        rc = err_report(ERR_INTERNAL, "gdb was killed by signal %d (%s)", WTERMSIG(status),
                        strsignal(WTERMSIG(status)));
    else if (rc == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 127)
        rc = ERR_INTERNAL; /* the child said why */
    else if (rc == 0)
        rc = WEXITSTATUS(status);
    debug_strings_free(argv);
    return rc;
}
