/* Text and JSON rendering of judgements. Hidden tests show only their name, verdict
 * and facts that reveal nothing of their data (time, memory, signal); a failing
 * sample shows input, expected and actual, truncated with explicit markers. Every
 * line of the text fits the style's width: columns are sized from the names and
 * the width, long names cut with "...", sentences wrapped at spaces. */
#include "report.h"

#include "assess.h"
#include "err.h"
#include "show.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

enum {
    SHOW_LINES = 12,
    SHOWN_MAX = 2048, /* an escaped name, message or sentence, before it is cut or wrapped */
    NAME_MIN = 4,     /* "test", "file" */
    NAME_WANTED = 24, /* a test column narrower than this loses the wall column */
};

/* The cut in a name too long for its column: ASCII, so that it reads the same on
 * every terminal (show_str cuts with it too). */
#define ELLIPSIS "..."

/* A space wrap() never breaks at ("4.00 ms", "9 TLE"), printed as a space: DEL,
 * which shown text never holds (show.h escapes it). */
#define NBSP "\x7f"

/* The numeric columns of the verdict table, each with its unit in the header and
 * one meaning on every row; the header's width is the column's. A function problem
 * shows CPU, WALL, MEM, FN and REF_FN; a program, which has no function time,
 * CPU, WALL, MEM and REF_CPU. */
#define TABLE_COLUMNS(X)                                                                           \
    X(CPU, "cpu ms")         /* the learner's CPU time */                                          \
    X(WALL, "wall ms")       /* the learner's wall-clock time */                                   \
    X(MEM, "mem MB")         /* the learner's peak memory */                                       \
    X(FN, "fn ms")           /* the learner's function time, as the harness measured it */         \
    X(REF_FN, "ref fn ms")   /* the reference's function time */                                   \
    X(REF_CPU, "ref cpu ms") /* the reference's CPU time (programs) */

typedef enum {
#define X(id, header) COLUMN_##id,
    TABLE_COLUMNS(X)
#undef X
        COLUMN_COUNT
} table_column;

static const char *const column_headers[] = {
#define X(id, header) header,
    TABLE_COLUMNS(X)
#undef X
};

/* The columns of a problem of this kind, a bit each. */
static unsigned columns_of(bool function)
{
    unsigned set = 0;
    for (int c = 0; c < COLUMN_COUNT; c++) {
        bool fn_only = c == COLUMN_FN || c == COLUMN_REF_FN;
        if (fn_only ? function : c != COLUMN_REF_CPU || !function)
            set |= 1u << c;
    }
    return set;
}

static bool column_shown(unsigned set, int c) { return set & (1u << c); }

static int column_width(table_column c) { return (int)strlen(column_headers[c]); }

static const char *paint(const report_style *st, verdict v)
{
    if (!st->color)
        return "";
    return v == VERDICT_AC ? "\033[32m" : v == VERDICT_IE ? "\033[35m" : "\033[31m";
}

static const char *reset(const report_style *st) { return st->color ? "\033[0m" : ""; }

static int width_of(const report_style *st)
{
    int w = st->width ? st->width : REPORT_WIDTH;
    return w < REPORT_MIN_WIDTH ? REPORT_MIN_WIDTH : w;
}

/* ---- columns of shown text ----
 * Shown text (show.h) holds printable ASCII and printable UTF-8 only; each
 * character is taken as one column (wide CJK characters would take two). */

static int columns(const char *s, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n; i++)
        cols += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cols;
}

/* The bytes of s[0..n) that make its first cols characters. */
static size_t bytes_within(const char *s, size_t n, int cols)
{
    size_t i = 0;
    for (int c = 0; i < n; c++) {
        if (c == cols)
            break;
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* shown cut to at most cols columns into dst[size]: whole when it fits, else its
 * first characters, ELLIPSIS, and its last ones. head(shown, room) says how
 * many of the room's columns go to the first characters. Returns the columns
 * of dst. */
static int fit(char *dst, size_t size, const char *shown, int cols,
               int (*head)(const char *shown, int room))
{
    size_t n = strlen(shown);
    int have = columns(shown, n), keep = cols - (int)strlen(ELLIPSIS);
    if (have <= cols || keep < 2) {
        snprintf(dst, size, "%s", shown);
        return have;
    }
    int first = head(shown, keep);
    size_t head_bytes = bytes_within(shown, n, first);
    size_t tail_start = bytes_within(shown, n, have - (keep - first));
    snprintf(dst, size, "%.*s%s%s", (int)head_bytes, shown, ELLIPSIS, shown + tail_start);
    return cols;
}

/* A test's name keeps its group and number, "secret/09-", which say which test
 * it is, and then its end, which says what it tests where generated names share
 * their start ("...-letters-match" of 11-only-last-... and 12-only-first-...):
 * secret/09-...nce-not-substring. A name without a number keeps half of each. */
static int test_head(const char *shown, int room)
{
    const char *slash = strchr(shown, '/');
    const char *dash = slash ? strchr(slash, '-') : NULL;
    int upto = dash ? columns(shown, (size_t)(dash + 1 - shown)) : room;
    return upto <= room * 2 / 3 ? upto : room / 2;
}

/* A path's end names the file: at least two thirds of the room go to it, and
 * all of the file's own name when the room holds it. */
static int path_head(const char *shown, int room)
{
    const char *base = strrchr(shown, '/');
    int name = base ? columns(base + 1, strlen(base + 1)) : room;
    int tail = name < room ? name : room;
    tail = tail > room * 2 / 3 ? tail : room * 2 / 3;
    return room - tail;
}

/* Writes s[0..n), NBSP as a space. */
static void put_word(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == NBSP[0] ? ' ' : s[i], out);
}

/* Prints shown text (one line, escaped) from column at of a line whose start
 * the caller printed, broken at spaces so that no line passes width; the next
 * lines start with indent spaces. A word longer than a line is cut where the
 * line ends. Ends the line. */
static void wrap(FILE *out, const char *text, int at, int indent, int width)
{
    assert(indent < width);
    int col = at;
    bool fresh = true; /* no word on this line yet */
    const char *p = text;
    for (;;) {
        size_t gap = strspn(p, " ");
        p += gap;
        if (!*p)
            break;
        size_t n = strcspn(p, " ");
        int cols = columns(p, n);
        if (!fresh && col + (int)gap + cols > width) {
            fprintf(out, "\n%*s", indent, "");
            col = indent;
            fresh = true;
        }
        if (!fresh) {
            fprintf(out, "%*s", (int)gap, "");
            col += (int)gap;
        }
        while (col + cols > width) {
            size_t part = bytes_within(p, n, width - col);
            if (part == 0) /* the line is full (a long prefix): a new one */
                part = bytes_within(p, n, width - indent);
            put_word(out, p, part);
            p += part;
            n -= part;
            cols = columns(p, n);
            fprintf(out, "\n%*s", indent, "");
            col = indent;
        }
        put_word(out, p, n);
        col += cols;
        p += n;
        fresh = false;
    }
    fputc('\n', out);
}

/* wrap() of untrusted text, escaped first. */
static void wrap_shown(FILE *out, const char *untrusted, int at, int indent, int width)
{
    char shown[SHOWN_MAX];
    wrap(out, show_str(shown, sizeof shown, untrusted), at, indent, width);
}

void report_wrap(FILE *out, const char *text, int at, int indent, int width)
{
    wrap(out, text, at, indent, width > 0 ? width : REPORT_WIDTH);
}

void report_command(FILE *out, int width, int indent, const char *lead, const char *command)
{
    int room = (width > 0 ? width : REPORT_WIDTH) - indent - (int)strlen(lead) - 2;
    if (columns(command, strlen(command)) <= room)
        fprintf(out, "%*s%s: %s\n", indent, "", lead, command);
    else
        fprintf(out, "%*s%s:\n%*s%s\n", indent, "", lead, indent + 2, "", command);
}

/* ---- the comparison with the reference ---- */

bool report_ratio(const judgement *j, double *mine, double *ref, bool *function_time)
{
    double fn_mine = 0, fn_ref = 0, cpu_mine = 0, cpu_ref = 0;
    bool all_fn = true;
    size_t both = 0;
    if (j->sanitized) /* built for memory errors, slower by design: no timing to compare */
        return false;
    for (size_t i = 0; i < j->total; i++) {
        const test_outcome *a = &j->mine[i], *b = &j->ref[i];
        if (!a->ran || !b->ran || a->v != VERDICT_AC || b->v != VERDICT_AC)
            continue;
        both++;
        if (a->fn_ns < 0 || b->fn_ns < 0)
            all_fn = false;
        fn_mine += (double)a->fn_ns;
        fn_ref += (double)b->fn_ns;
        cpu_mine += (double)a->cpu_ms;
        cpu_ref += (double)b->cpu_ms;
    }
    if (both == 0)
        return false;
    *function_time = all_fn;
    *mine = all_fn ? fn_mine : cpu_mine;
    *ref = all_fn ? fn_ref : cpu_ref;
    return *ref > 0;
}

/* ---- blocks of the learner's bytes ---- */

/* One line of a block, escaped and cut to room columns, after prefix. */
static void block_line(FILE *out, const char *prefix, int room, const char *data, size_t n)
{
    char shown[SHOWN_MAX], more[48] = "";
    size_t consumed;
    /* shown text takes a column per byte or fewer: bytes bound the columns */
    size_t w = show_escape(shown, (size_t)room, data, n, 0, &consumed);
    if (consumed < n) {
        /* the count can only shrink as the cut moves left */
        snprintf(more, sizeof more, " ... (%zu more characters)", n);
        int cut = room - (int)strlen(more);
        w = show_escape(shown, (size_t)(cut > 8 ? cut : 8), data, n, 0, &consumed);
        snprintf(more, sizeof more, " ... (%zu more characters)", n - consumed);
    }
    fprintf(out, "%s%.*s%s\n", prefix, (int)w, shown, more);
}

/* The lines of data, the last one counted even without its newline. */
static size_t count_lines(const char *data, size_t len)
{
    size_t lines = 0;
    for (size_t k = 0; k < len; k++)
        if (data[k] == '\n' || k + 1 == len)
            lines++;
    return lines;
}

/* The first line a block around focus shows: the top when focus is among the
 * first lines, else a few lines of context above it. */
static size_t window_start(long focus)
{
    enum { CONTEXT = 3 };
    return focus > 0 && (size_t)focus > SHOW_LINES - CONTEXT ? (size_t)focus - CONTEXT : 1;
}

/* Shows the lines of data from window_start(focus) on, numbered when focus > 0,
 * with a ">" before line focus; see report_block and report_block_around. */
static void block(FILE *out, int width, int indent, const char *title, const char *data, size_t len,
                  size_t total, long focus)
{
    width = width ? width : REPORT_WIDTH;
    char head[SHOWN_MAX];
    snprintf(head, sizeof head, "%s:", title);
    fprintf(out, "%*s", indent, "");
    wrap(out, head, indent, indent + 2, width);
    size_t lines = count_lines(data, len), first = window_start(focus);
    bool numbered = focus > 0;
    /* the gutter holds the window's last number (the focus line's when past it),
       however many lines the data has, so that the expected answer and the
       learner's, shown around the same line, line up */
    size_t last = first + SHOW_LINES - 1;
    if (numbered && (size_t)focus > last)
        last = (size_t)focus;
    int digits = numbered ? snprintf(NULL, 0, "%zu", last) : 0;
    /* the room of a line's text: at least a little on a narrow screen, at most
       what the buffer holds on a wide one */
    int room = width - indent - 2 - (numbered ? digits + 3 : 0);
    room = room < 16 ? 16 : room > SHOWN_MAX ? SHOWN_MAX : room;
    if (first > 1)
        fprintf(out, "%*s... %zu lines before\n", indent + 2, "", first - 1);
    size_t line = 1, i = 0, shown = 0;
    while (i < len && shown < SHOW_LINES) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (data + i)) : len - i;
        if (line >= first) {
            char prefix[64];
            if (numbered)
                snprintf(prefix, sizeof prefix, "%*s%s%*zu | ", indent, "",
                         (long)line == focus ? "> " : "  ", digits, line);
            else
                snprintf(prefix, sizeof prefix, "%*s", indent + 2, "");
            block_line(out, prefix, room, data + i, n);
            shown++;
        }
        line++;
        i += n + (nl ? 1 : 0);
    }
    if (len == 0 && !numbered)
        fprintf(out, "%*s(empty)\n", indent + 2, "");
    /* the focus line is not there: say where the answer stopped */
    if (numbered && (size_t)focus > lines && shown < SHOW_LINES)
        fprintf(out, "%*s> %*ld | (%s)\n", indent, "", digits, focus,
                total > len ? "past the bytes the judge kept" : "the answer ends before this line");
    size_t rest = lines > first - 1 + shown ? lines - (first - 1) - shown : 0;
    if (rest)
        fprintf(out, "%*s... %zu more lines\n", indent + 2, "", rest);
    if (total > len)
        fprintf(out, "%*s... %zu more bytes not kept\n", indent + 2, "", total - len);
}

void report_block(FILE *out, int width, int indent, const char *title, const char *data, size_t len,
                  size_t total)
{
    block(out, width, indent, title, data, len, total, 0);
}

void report_block_around(FILE *out, int width, int indent, const char *title, const char *data,
                         size_t len, size_t total, long line)
{
    assert(line > 0);
    block(out, width, indent, title, data, len, total, line);
}

/* A file's first 64 KiB as a block, around line focus when it is > 0. */
static void show_file(FILE *out, int width, const char *title, const char *path, long focus)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        char shown[512], line[640]; /* a custom test's path holds the learner's name for it */
        snprintf(line, sizeof line, "%s: (cannot read '%s')", title,
                 show_str(shown, sizeof shown, path));
        fputs("    ", out);
        wrap(out, line, 4, 6, width);
        return;
    }
    static char data[64 << 10];
    size_t n = fread(data, 1, sizeof data, f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    block(out, width, 4, title, data, n, size > 0 ? (size_t)size : n, focus);
}

static void show_failure(FILE *out, int width, const judgement *j, size_t i)
{
    const test_case *t = &j->plan.tests[i];
    const test_outcome *o = &j->mine[i];
    /* a run's message: the harness's, a checker's or the sanitizer's words quote
       what the learner's code wrote */
    if (t->group == TEST_SECRET) {
        if (!o->from_checker && o->message[0]) {
            fputs("    ", out);
            wrap_shown(out, o->message, 4, 4, width);
        }
        fputs("    (a hidden test: only its name and verdict are shown)\n", out);
        return;
    }
    if (o->message[0]) {
        fputs("    ", out);
        wrap_shown(out, o->message, 4, 4, width);
    }
    if (o->whitespace_only)
        fputs("    hint: only whitespace differs (spaces, line ends, a final newline)\n", out);
    show_file(out, width, "input", t->in_path, 0);
    /* numbered around the first difference when there is more than one line to
       number: "> 1 | 42" would only be noise */
    long focus =
        o->diff_line > 1 || count_lines(o->answer.data, o->answer.len) > 1 ? o->diff_line : 0;
    if (o->diff_line > 0)
        fprintf(out, "    first difference: line %ld of the expected answer\n", o->diff_line);
    if (t->ans_path)
        show_file(out, width, "expected", t->ans_path, focus);
    else
        block(out, width, 4, "expected (the reference solution's answer)", j->ref[i].answer.data,
              j->ref[i].answer.len, j->ref[i].answer_total, focus);
    block(out, width, 4, "your answer", o->answer.data, o->answer.len, o->answer_total, focus);
    if (o->out_total)
        report_block(out, width, 4, "your stdout (printf debugging; not part of the answer)",
                     o->out.data, o->out.len, o->out_total);
    if (o->err_total)
        report_block(out, width, 4, "your stderr", o->err.data, o->err.len, o->err_total);
}

/* A function time in ms within the FN column's width: three decimals while they
 * fit (0.004, 2.289), fewer as the time grows (39.17, 390.5, 1002). "-" when
 * there is none. */
static void fmt_fn(char *text, size_t size, long long ns)
{
    if (ns < 0) {
        snprintf(text, size, "-");
        return;
    }
    double ms = (double)ns / 1e6;
    for (int decimals = 3; decimals >= 0; decimals--)
        if (snprintf(text, size, "%.*f", decimals, ms) <= column_width(COLUMN_FN))
            return;
}

/* ---- the verdict table ---- */

/* A test's name as its row shows it: "secret/09-...", escaped. */
static const char *test_label(char *dst, size_t size, const test_case *t)
{
    char shown[512];
    snprintf(dst, size, "%s/%s", test_group_name(t->group), show_str(shown, sizeof shown, t->name));
    return dst;
}

/* The columns of a row but its name: "  " before, " VER" and the numbers after. */
static int fixed_columns(unsigned set)
{
    int cols = 2 + 1 + 3;
    for (int c = 0; c < COLUMN_COUNT; c++)
        if (column_shown(set, c))
            cols += 2 + column_width((table_column)c);
    return cols;
}

/* The rows the report shows: the tests that ran, up to the first failure when the
 * judging stopped there (runs already started past it are dropped). */
static bool row_shown(const judgement *j, size_t i)
{
    return j->mine[i].ran &&
           !(j->first_failure >= 0 && (long)i > j->first_failure && j->ran < j->total);
}

static void print_title(const report_live *l, const judgement *j)
{
    char shown[512], title[SHOWN_MAX];
    snprintf(title, sizeof title, "%s: %s  [%s]  %s", j->plan.prob->slug, j->plan.prob->title,
             j->plan.prob->difficulty, show_str(shown, sizeof shown, j->display));
    wrap(l->out, title, 0, 2, width_of(&l->style));
}

static void print_compile(const report_live *l, const judgement *j)
{
    const compile_result *c = &j->compile;
    if (c->ok && c->cached)
        fputs("compiled: unchanged since last time (cached)\n", l->out);
    else if (c->ok)
        fprintf(l->out, "compiled in %.2f s\n", (double)c->ms / 1000.0);
    /* as gcc wrote them, whatever their width: editors jump on file:line:col: */
    if (c->log && c->log[0])
        report_log(l->out, c->log);
}

/* The title, the compile line and, when there are rows to come, the table's
 * header: the test column as wide as the longest name, within the width. */
static void live_start(report_live *l, const judgement *j)
{
    if (l->started)
        return;
    l->started = true;
    print_title(l, j);
    print_compile(l, j);
    if (!j->compile.ok)
        return;
    l->columns = columns_of(j->plan.prob->kind == PROBLEM_FUNCTION);
    int longest = NAME_MIN;
    for (size_t i = 0; i < j->plan.ntests; i++) {
        char label[640];
        test_label(label, sizeof label, &j->plan.tests[i]);
        int cols = columns(label, strlen(label));
        longest = cols > longest ? cols : longest;
    }
    /* on a narrow screen the names matter more than the wall-clock time, which
       only a run that sleeps or blocks makes differ from the CPU time */
    int width = width_of(&l->style), room = width - fixed_columns(l->columns);
    if (room < (longest < NAME_WANTED ? longest : NAME_WANTED)) {
        l->columns &= ~(1u << COLUMN_WALL);
        room = width - fixed_columns(l->columns);
    }
    l->name_width = longest < room ? longest : room;
    fprintf(l->out, "  %-*s %3s", l->name_width, "test", "");
    for (int c = 0; c < COLUMN_COUNT; c++)
        if (column_shown(l->columns, c))
            fprintf(l->out, "  %*s", column_width((table_column)c), column_headers[c]);
    fputc('\n', l->out);
}

/* A note after a row (the harness's fact, why a function time was dropped): on
 * the row when it fits, else on lines of its own below it. *col is the row's
 * width so far, or -1 once the notes went below. */
static void row_note(const report_live *l, int *col, const char *shown)
{
    int width = width_of(&l->style), cols = columns(shown, strlen(shown));
    if (*col >= 0 && *col + 2 + cols <= width) {
        fprintf(l->out, "  %s", shown);
        *col += 2 + cols;
        return;
    }
    if (*col >= 0)
        fputc('\n', l->out);
    *col = -1;
    fputs("    ", l->out);
    wrap(l->out, shown, 4, 4, width);
}

static void print_row(const report_live *l, const judgement *j, size_t i)
{
    const test_outcome *o = &j->mine[i], *r = &j->ref[i];
    char label[640], name[640], value[COLUMN_COUNT][32];
    test_label(label, sizeof label, &j->plan.tests[i]);
    int cols = fit(name, sizeof name, label, l->name_width, test_head);
    snprintf(value[COLUMN_CPU], sizeof value[0], "%ld", o->cpu_ms);
    snprintf(value[COLUMN_WALL], sizeof value[0], "%ld", o->wall_ms);
    snprintf(value[COLUMN_MEM], sizeof value[0], "%.1f", (double)o->rss_kb / 1024.0);
    fmt_fn(value[COLUMN_FN], sizeof value[0], o->fn_ns);
    fmt_fn(value[COLUMN_REF_FN], sizeof value[0], r->ran ? r->fn_ns : -1);
    if (r->ran)
        snprintf(value[COLUMN_REF_CPU], sizeof value[0], "%ld", r->cpu_ms);
    else
        snprintf(value[COLUMN_REF_CPU], sizeof value[0], "-");
    fprintf(l->out, "  %s%*s %s%-3s%s", name, l->name_width - cols, "", paint(&l->style, o->v),
            verdict_code(o->v), reset(&l->style));
    int col = 2 + l->name_width + 1 + 3;
    for (int c = 0; c < COLUMN_COUNT; c++) {
        if (!column_shown(l->columns, c))
            continue;
        fprintf(l->out, "  %*s", column_width((table_column)c), value[c]);
        col += 2 + column_width((table_column)c);
    }
    char shown[SHOWN_MAX];
    if (o->fact[0])
        row_note(l, &col, show_str(shown, sizeof shown, o->fact));
    if (o->fn_dropped[0]) {
        /* the comparison falls back to CPU time for the whole file: say why */
        char why[SHOWN_MAX + 32];
        snprintf(why, sizeof why, "(function time dropped: %s)",
                 show_str(shown, sizeof shown, o->fn_dropped));
        row_note(l, &col, why);
    }
    if (col >= 0)
        fputc('\n', l->out);
}

/* What to run next, in one command (report.h's report_command). */
static void suggest(FILE *out, int width, const char *lead, const char *subcommand,
                    const judgement *j, const char *extra)
{
    char shown[512], command[800];
    snprintf(command, sizeof command, "%s %s %s %s%s", err_command(), subcommand,
             j->plan.prob->slug, show_str(shown, sizeof shown, j->display), extra);
    report_command(out, width, 4, lead, command);
}

/* Row i, and when it is the first failure, what the learner may see of it. */
static void print_test(report_live *l, const judgement *j, size_t i)
{
    const test_outcome *o = &j->mine[i];
    int width = width_of(&l->style);
    print_row(l, j, i);
    l->finished++;
    l->counts[o->v]++;
    if (o->v == VERDICT_AC || l->first_failure >= 0)
        return;
    l->first_failure = (long)i;
    show_failure(l->out, width, j, i);
    if (j->sanitized)
        return; /* the sanitizer said what it knows; its times compare nothing */
    if (o->v == VERDICT_RE)
        suggest(l->out, width, "to find the line", "test", j, " --sanitize");
    else if (o->v == VERDICT_TLE)
        suggest(l->out, width, "to see how its time grows", "scale", j, "");
}

void report_live_init(report_live *l, FILE *out, const report_style *style)
{
    *l = (report_live){.out = out, .style = *style, .first_failure = -1};
}

void report_live_test(const judgement *j, size_t i, void *data)
{
    report_live *l = data;
    assert(i == l->next); /* the session tells them in order */
    live_start(l, j);
    print_test(l, j, i);
    l->next = i + 1;
    fflush(l->out);
}

/* ---- the summary ---- */

/* "2 WA, 9 TLE": the failing verdicts among counts, in the table's order. */
static void breakdown(char *text, size_t size, const size_t counts[VERDICT_COUNT])
{
    size_t used = 0;
    text[0] = '\0';
    for (int v = 0; v < VERDICT_COUNT; v++) {
        if (v == VERDICT_AC || !counts[v] || used >= size)
            continue;
        used += (size_t)snprintf(text + used, size - used, "%s%zu" NBSP "%s", used ? ", " : "",
                                 counts[v], verdict_code((verdict)v));
    }
}

/* The time ratio to the reference, over the tests both passed. Below a
 * millisecond of function time (10 ms of process CPU) a ratio is noise: an
 * accepted solution is told so, a failing one (whose slow tests did not pass)
 * gets no comparison at all rather than a misleading "too fast". */
static void comparison(char *text, size_t size, const judgement *j)
{
    double mine, ref;
    bool fn;
    text[0] = '\0';
    if (!report_ratio(j, &mine, &ref, &fn))
        return;
    bool accepted = j->v == VERDICT_AC;
    if (ref < (fn ? 1e6 : 10)) {
        if (accepted)
            snprintf(text, size, "; too fast to compare with the reference (%.3f" NBSP "ms)",
                     fn ? ref / 1e6 : ref);
        return;
    }
    const char *scope = accepted ? "" : " on the tests that passed,";
    if (fn)
        snprintf(text, size,
                 ";%s your function %.2f" NBSP "ms, %.2fx the reference (%.2f" NBSP "ms)", scope,
                 mine / 1e6, mine / ref, ref / 1e6);
    else
        snprintf(text, size, ";%s %.0f" NBSP "ms CPU, %.2fx the reference (%.0f" NBSP "ms)", scope,
                 mine, mine / ref, ref);
}

/* "TLE  time limit exceeded: 20/31 tests passed (2 WA, 9 TLE); ...", wrapped
 * under its first word. */
static void print_summary(const report_live *l, const judgement *j)
{
    FILE *out = l->out;
    const char *code = verdict_code(j->v);
    int at = (int)strlen(code) + 2, width = width_of(&l->style);
    char text[SHOWN_MAX + 512], shown[SHOWN_MAX];
    fprintf(out, "%s%s%s  ", paint(&l->style, j->v), code, reset(&l->style));
    if (j->v == VERDICT_CE || !j->compile.ok) {
        /* the reason may name the learner's symbols */
        snprintf(text, sizeof text, "%s: %s", verdict_text(j->v),
                 show_str(shown, sizeof shown, j->note));
        wrap(out, text, at, at, width);
        return;
    }
    char why[256] = "", versus[256];
    if (j->ran < j->total) {
        snprintf(why, sizeof why, " (stopped at the first failure; --all runs every test)");
    } else if (j->ran - j->passed > 1) { /* one failure is the verdict already */
        size_t counts[VERDICT_COUNT] = {0};
        for (size_t i = 0; i < j->total; i++)
            if (row_shown(j, i))
                counts[j->mine[i].v]++;
        char each[192];
        breakdown(each, sizeof each, counts);
        snprintf(why, sizeof why, " (%s)", each);
    }
    comparison(versus, sizeof versus, j);
    snprintf(text, sizeof text, "%s: %zu/%zu tests passed%s%s", verdict_text(j->v), j->passed,
             j->total, why, versus);
    wrap(out, text, at, at, width);
}

void report_live_end(report_live *l, const judgement *j)
{
    live_start(l, j);
    for (size_t i = l->next; j->compile.ok && i < j->total; i++)
        if (row_shown(j, i))
            print_test(l, j, i);
    l->next = j->total;
    print_summary(l, j);
    fflush(l->out);
}

void report_live_interrupted(report_live *l, const judgement *j)
{
    if (!l->started)
        return;
    size_t passed = l->counts[VERDICT_AC];
    char text[512], each[192];
    breakdown(each, sizeof each, l->counts);
    snprintf(text, sizeof text, "interrupted after %zu of %zu tests: %zu passed%s%s", l->finished,
             j->total, passed, each[0] ? ", " : "", each);
    wrap(l->out, text, 0, 2, width_of(&l->style));
    fflush(l->out);
}

void report_text(FILE *out, const judgement *j, const report_style *st)
{
    report_live l;
    report_live_init(&l, out, st);
    report_live_end(&l, j);
}

/* ---- compile diagnostics ---- */

void report_log(FILE *out, const char *log)
{
    enum { LOG_LINES = 40 };
    const char *p = log ? log : "";
    for (int line = 0; *p && line < LOG_LINES; line++) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        show_write(out, p, n);
        fputc('\n', out);
        p += n + (nl ? 1 : 0);
    }
    size_t more = 0;
    for (; *p; p++)
        more += *p == '\n' || p[1] == '\0';
    if (more)
        fprintf(out, "... %zu more lines of diagnostics (--json has them all)\n", more);
}

/* ---- several files ---- */

void report_table(FILE *out, const judgement *js, size_t n, const report_style *st)
{
    enum { VERSUS = 12 }; /* "vs reference" */
    int width = width_of(st), longest = NAME_MIN, passed_width = 6;
    for (size_t k = 0; k < n; k++) {
        char shown[512], passed[48];
        show_str(shown, sizeof shown, js[k].display);
        int cols = columns(shown, strlen(shown));
        longest = cols > longest ? cols : longest;
        int w = snprintf(passed, sizeof passed, "%zu/%zu", js[k].passed, js[k].total);
        passed_width = w > passed_width ? w : passed_width;
    }
    int room = width - (1 + 3 + 2 + passed_width + 2 + VERSUS);
    int file_width = longest < room ? longest : room;
    fprintf(out, "\n%-*s %3s  %*s  %*s\n", file_width, "file", "", passed_width, "passed", VERSUS,
            "vs reference");
    for (size_t k = 0; k < n; k++) {
        const judgement *j = &js[k];
        char passed[48], ratio[32] = "-", shown[512], file[640];
        snprintf(passed, sizeof passed, "%zu/%zu", j->passed, j->total);
        double mine, ref;
        bool fn;
        if (j->v == VERDICT_AC && report_ratio(j, &mine, &ref, &fn))
            snprintf(ratio, sizeof ratio, "%.2fx", mine / ref);
        int cols = fit(file, sizeof file, show_str(shown, sizeof shown, j->display), file_width,
                       path_head);
        fprintf(out, "%s%*s %s%-3s%s  %*s  %*s\n", file, file_width - cols, "", paint(st, j->v),
                verdict_code(j->v), reset(st), passed_width, passed, VERSUS, ratio);
    }
}

/* ---- JSON ---- */

int report_print_json(FILE *out, json_t *doc)
{
    if (!doc)
        return ERR_NOMEM;
    json_dumpf(doc, out, JSON_INDENT(2));
    fputc('\n', out);
    json_decref(doc);
    return 0;
}

report_style report_style_of_stdout(void)
{
    bool tty = isatty(1);
    int width = REPORT_WIDTH;
    const char *env = getenv("COLUMNS");
    char *end;
    long given = env ? strtol(env, &end, 10) : 0;
    struct winsize ws;
    if (env && *env && !*end && given > 0 && given < 10000)
        width = (int)given;
    else if (tty && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        width = ws.ws_col;
    return (report_style){.color = tty && !getenv("NO_COLOR"),
                          .width = width < REPORT_MIN_WIDTH ? REPORT_MIN_WIDTH : width};
}

/* A JSON string that is always valid: bytes that do not form UTF-8 become '?'. */
static json_t *text(const char *s)
{
    json_t *v = json_string(s ? s : "");
    if (v)
        return v;
    char *copy = strdup(s);
    if (!copy)
        return NULL;
    for (char *p = copy; *p; p++)
        if ((unsigned char)*p >= 0x80)
            *p = '?';
    v = json_string(copy);
    free(copy);
    return v;
}

static json_t *outcome_json(const test_outcome *o, bool hide_message)
{
    json_t *t = json_object();
    json_object_set_new(t, "verdict", json_string(verdict_code(o->v)));
    json_object_set_new(t, "cpu_ms", json_integer(o->cpu_ms));
    json_object_set_new(t, "wall_ms", json_integer(o->wall_ms));
    json_object_set_new(t, "memory_kb", json_integer(o->rss_kb));
    json_object_set_new(t, "function_ns", o->fn_ns >= 0 ? json_integer(o->fn_ns) : json_null());
    json_object_set_new(t, "fact", o->fact[0] ? text(o->fact) : json_null());
    json_object_set_new(t, "function_time_dropped",
                        o->fn_dropped[0] ? text(o->fn_dropped) : json_null());
    json_object_set_new(t, "exit_code", json_integer(o->exit_code));
    json_object_set_new(t, "signal", json_integer(o->signal));
    json_object_set_new(t, "message", text(hide_message ? "" : o->message));
    return t;
}

static json_t *tests_json(const judgement *j)
{
    json_t *tests = json_array();
    for (size_t i = 0; i < j->total; i++) {
        const test_outcome *o = &j->mine[i];
        if (!row_shown(j, i))
            continue;
        const test_case *tc = &j->plan.tests[i];
        json_t *t = outcome_json(o, tc->group == TEST_SECRET && o->from_checker);
        json_object_set_new(t, "name", text(tc->name));
        json_object_set_new(t, "group", json_string(test_group_name(tc->group)));
        json_object_set_new(t, "answer_bytes", json_integer((json_int_t)o->answer_total));
        json_object_set_new(t, "reference",
                            j->ref[i].ran ? outcome_json(&j->ref[i], false) : json_null());
        json_array_append_new(tests, t);
    }
    return tests;
}

/* How many of the tests listed got each verdict: {"AC": 20, "WA": 2, "TLE": 9}. */
static json_t *counts_json(const judgement *j)
{
    size_t counts[VERDICT_COUNT] = {0};
    for (size_t i = 0; i < j->total; i++)
        if (row_shown(j, i))
            counts[j->mine[i].v]++;
    json_t *doc = json_object();
    for (int v = 0; v < VERDICT_COUNT; v++)
        if (counts[v])
            json_object_set_new(doc, verdict_code((verdict)v), json_integer((json_int_t)counts[v]));
    return doc;
}

json_t *report_json(const judgement *j)
{
    json_t *doc = json_object();
    if (!doc)
        return NULL;
    json_object_set_new(doc, "problem", json_string(j->plan.prob->slug));
    json_object_set_new(doc, "file", text(j->display));
    json_object_set_new(doc, "verdict", json_string(verdict_code(j->v)));
    json_object_set_new(doc, "verdict_text", json_string(verdict_text(j->v)));
    json_object_set_new(doc, "passed", json_integer((json_int_t)j->passed));
    json_object_set_new(doc, "ran", json_integer((json_int_t)j->ran));
    json_object_set_new(doc, "total", json_integer((json_int_t)j->total));
    json_object_set_new(doc, "verdict_counts", counts_json(j));
    json_t *c = json_object();
    json_object_set_new(c, "ok", json_boolean(j->compile.ok));
    json_object_set_new(c, "cached", json_boolean(j->compile.cached));
    json_object_set_new(c, "ms", json_integer(j->compile.ms));
    json_object_set_new(c, "log", text(j->compile.log));
    json_object_set_new(c, "reason", j->compile.reason ? text(j->compile.reason) : json_null());
    json_object_set_new(doc, "compile", c);
    json_object_set_new(doc, "tests", tests_json(j));
    double mine, ref;
    bool fn;
    if (report_ratio(j, &mine, &ref, &fn)) {
        json_t *cmp = json_object();
        json_object_set_new(cmp, "metric", json_string(fn ? "function_ns" : "cpu_ms"));
        json_object_set_new(cmp, "yours", json_real(mine));
        json_object_set_new(cmp, "reference", json_real(ref));
        json_object_set_new(cmp, "ratio", json_real(mine / ref));
        json_object_set_new(doc, "comparison", cmp);
    } else {
        json_object_set_new(doc, "comparison", json_null());
    }
    return doc;
}
