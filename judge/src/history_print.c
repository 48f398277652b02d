/* The renderers of the attempt history (history.h's data): a problem's attempts
 * and the learner's totals, as text tables or JSON documents. Everything read
 * back from the database is shown escaped: the file is the learner's to edit. */
#include "history_print.h"

#include "err.h"
#include "report.h"
#include "show.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static void format_time(long long t, char *out, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm) || !strftime(out, size, "%Y-%m-%d %H:%M", &tm))
        snprintf(out, size, "%lld", t);
}

/* "45s", "3m 05s", "2h 07m", "3d 04h" */
static void format_duration(long long s, char *out, size_t size)
{
    if (s < 60)
        snprintf(out, size, "%llds", s);
    else if (s < 3600)
        snprintf(out, size, "%lldm %02llds", s / 60, s % 60);
    else if (s < 86400)
        snprintf(out, size, "%lldh %02lldm", s / 3600, s % 3600 / 60);
    else
        snprintf(out, size, "%lldd %02lldh", s / 86400, s % 86400 / 3600);
}

/* The JSON schema is in history_print.h. */
static int print_attempts_json(FILE *out, const char *slug, const history_log *l)
{
    json_t *rows = json_array();
    for (size_t i = 0; rows && i < l->nrows; i++) {
        const history_row *r = &l->rows[i];
        json_t *row = json_pack(
            "{s:I, s:s, s:I, s:I, s:I, s:s, s:I, s:s, s:s, s:b, s:s?}", "time", (json_int_t)r->time,
            "verdict", r->verdict, "passed", (json_int_t)r->passed, "total", (json_int_t)r->total,
            "cpu_ms", (json_int_t)r->cpu_ms, "source_hash", r->source_hash, "hints",
            (json_int_t)r->hints, "file", r->file, "flags", r->flags, "counted", !r->uncounted[0],
            "uncounted", r->uncounted[0] ? r->uncounted : NULL);
        if (json_array_append_new(rows, row) < 0) {
            json_decref(rows);
            rows = NULL;
        }
    }
    if (!rows)
        return ERR_NOMEM;
    const history_facts *f = &l->facts;
    json_t *doc = json_pack("{s:s, s:s, s:o, s:i, s:O}", "slug", slug, "status",
                            history_status_name(history_status_from(f)), "started",
                            f->started ? json_integer(f->start) : json_null(), "hints_seen",
                            f->hints_seen, "attempts", rows);
    json_decref(rows);
    return report_print_json(out, doc);
}

/* The file column's width: what 80 columns leave after the others. */
enum { FILE_WIDTH = 28 };

/* s escaped (show.h) into out (FILE_WIDTH + 1 bytes), its tail kept when it is
 * wider than width: a file's name is at the end of its path. */
static const char *fit(char *out, size_t width, const char *s)
{
    char shown[1600];
    show_str(shown, sizeof shown, s);
    size_t n = strlen(shown);
    if (n <= width) {
        memcpy(out, shown, n + 1);
        return out;
    }
    const char *tail = shown + n - (width - 3);
    while ((*tail & 0xC0) == 0x80) /* not inside a UTF-8 character */
        tail++;
    snprintf(out, FILE_WIDTH + 1, "...%s", tail);
    return out;
}

/* Adds reason to the comma-separated list in list, once. */
static void add_reason(char *list, size_t size, const char *reason)
{
    if (!reason[0] || strstr(list, reason))
        return;
    size_t n = strlen(list);
    snprintf(list + n, size - n, "%s%s", n ? ", " : "", reason);
}

static void print_attempts_text(FILE *out, const char *slug, const history_log *l)
{
    char when[64];
    const history_facts *f = &l->facts;
    fprintf(out, "%s: %s", slug, history_status_name(history_status_from(f)));
    size_t kept = l->nrows - (size_t)f->attempts;
    if (f->attempts)
        fprintf(out, ", %ld attempt%s", f->attempts, f->attempts == 1 ? "" : "s");
    else
        fputs(", no attempts yet", out);
    if (kept)
        fprintf(out, " (%zu more run%s not counted)", kept, kept == 1 ? "" : "s");
    if (f->started) {
        format_time(f->start, when, sizeof when);
        fprintf(out, ", started %s", when);
    }
    if (f->hints_seen)
        fprintf(out, ", %d hint%s seen", f->hints_seen, f->hints_seen == 1 ? "" : "s");
    fputc('\n', out);
    if (!l->nrows)
        return;
    fprintf(out, "%-16s  %-7s  %7s  %6s  %5s  %s\n", "when", "verdict", "tests", "cpu ms", "hints",
            "file");
    char reasons[256] = "";
    for (size_t i = 0; i < l->nrows; i++) {
        const history_row *r = &l->rows[i];
        char tests[48], code[40], cell[48], flags[FILE_WIDTH + 1], shown[FILE_WIDTH + 1];
        format_time(r->time, when, sizeof when);
        snprintf(tests, sizeof tests, "%lld/%lld", r->passed, r->total);
        /* the database is a file anyone with the learner's rights may have written */
        show_str(code, sizeof code, r->verdict);
        snprintf(cell, sizeof cell, "%s%s", code, r->uncounted[0] ? "*" : "");
        /* the options whole, the file's tail in the room they leave */
        fit(flags, FILE_WIDTH / 2, r->flags);
        size_t room = FILE_WIDTH - strlen(flags) - (flags[0] != '\0');
        fprintf(out, "%-16s  %-7s  %7s  %6lld  %5lld  %s%s%s\n", when, cell, tests, r->cpu_ms,
                r->hints, fit(shown, room, r->file[0] ? r->file : "-"), flags[0] ? " " : "", flags);
        add_reason(reasons, sizeof reasons, r->uncounted);
    }
    char note[sizeof reasons * 4];
    if (reasons[0])
        fprintf(out, "* not an attempt: %s\n", show_str(note, sizeof note, reasons));
}

int history_print_attempts(history *h, FILE *out, const char *slug, bool json)
{
    history_log l;
    int rc = history_log_of(h, slug, &l);
    if (rc == 0 && json)
        rc = print_attempts_json(out, slug, &l);
    else if (rc == 0)
        print_attempts_text(out, slug, &l);
    history_log_release(&l);
    return rc;
}

/* ---- stats ---- */

static bool waited(const history_stats *s, size_t i, long long *seconds)
{
    const history_facts *f = &s->facts[i];
    *seconds = f->first_ac - f->start;
    return f->solved && f->started && f->start <= f->first_ac;
}

static json_t *tallies_json(const history_tally_list *l, const char *key)
{
    json_t *rows = json_array();
    for (size_t i = 0; rows && i < l->n; i++) {
        const history_tally *t = &l->items[i];
        if (json_array_append_new(rows,
                                  json_pack("{s:s, s:i, s:i, s:i, s:i, s:i}", key, t->name,
                                            "solved", (int)t->solved, "tried", (int)t->tried, "new",
                                            (int)(t->total - t->solved - t->tried), "total",
                                            (int)t->total, "attempts", (int)t->attempts)) < 0) {
            json_decref(rows);
            return NULL;
        }
    }
    return rows;
}

static long solved_without_hints(const history_stats *s)
{
    long n = 0;
    for (size_t i = 0; i < s->n; i++)
        n += s->facts[i].solved && s->facts[i].ac_hints == 0;
    return n;
}

/* ", 2 hints" after a solved problem's time to AC; nothing when it used none. */
static void print_ac_hints(FILE *out, const history_facts *f)
{
    if (f->ac_hints)
        fprintf(out, "  (%d hint%s)", f->ac_hints, f->ac_hints == 1 ? "" : "s");
    fputc('\n', out);
}

/* The JSON schema is in history_print.h. */
static int print_stats_json(FILE *out, const history_stats *s)
{
    json_t *first = json_array(), *waits = json_array();
    for (size_t i = 0; first && waits && i < s->n; i++) {
        long long seconds;
        bool known = waited(s, i, &seconds);
        if (s->facts[i].first_try)
            json_array_append_new(first, json_string(s->problems[i].slug));
        if (s->facts[i].solved)
            json_array_append_new(waits,
                                  json_pack("{s:s, s:o, s:i}", "slug", s->problems[i].slug,
                                            "seconds", known ? json_integer(seconds) : json_null(),
                                            "hints", s->facts[i].ac_hints));
    }
    json_t *doc = json_pack(
        "{s:i, s:i, s:i, s:i, s:i, s:i, s:o, s:o, s:o, s:o, s:o}", "attempts", (int)s->attempts,
        "solved", (int)s->solved, "solved_without_hints", (int)solved_without_hints(s), "tried",
        (int)s->tried, "new", (int)((long)s->n - s->solved - s->tried), "total", (int)s->n,
        "by_difficulty", tallies_json(&s->levels, "difficulty"), "by_tag",
        tallies_json(&s->tags, "tag"), "first_try", first, "start_to_ac", waits,
        "median_start_to_ac_seconds", s->has_median ? json_integer(s->median) : json_null());
    return report_print_json(out, doc);
}

static void print_tallies(FILE *out, const history_tally_list *l, const char *title)
{
    int width = (int)strlen(title);
    for (size_t i = 0; i < l->n; i++)
        if ((int)strlen(l->items[i].name) > width)
            width = (int)strlen(l->items[i].name);
    fprintf(out, "\n%-*s  %6s  %5s  %5s  %8s\n", width, title, "solved", "tried", "total",
            "attempts");
    for (size_t i = 0; i < l->n; i++) {
        const history_tally *t = &l->items[i];
        fprintf(out, "%-*s  %6ld  %5ld  %5ld  %8ld\n", width, t->name, t->solved, t->tried,
                t->total, t->attempts);
    }
}

static void print_stats_text(FILE *out, const history_stats *s)
{
    fprintf(out, "attempts: %ld   problems: %ld solved, %ld tried, %ld new, %zu in all\n",
            s->attempts, s->solved, s->tried, (long)s->n - s->solved - s->tried, s->n);
    long first = 0;
    for (size_t i = 0; i < s->n; i++)
        first += s->facts[i].first_try;
    fprintf(out, "first-try solves: %ld", first);
    for (size_t i = 0, shown = 0; i < s->n; i++)
        if (s->facts[i].first_try)
            fprintf(out, "%s%s", shown++ ? ", " : " (", s->problems[i].slug);
    fputs(first ? ")\n" : "\n", out);
    if (s->solved)
        fprintf(out, "solved without hints: %ld of %ld\n", solved_without_hints(s), s->solved);
    print_tallies(out, &s->levels, "difficulty");
    if (s->tags.n)
        print_tallies(out, &s->tags, "tag");
    if (!s->solved) {
        fputs("\ntime from start to first AC: nothing solved yet\n", out);
        return;
    }
    char text[32];
    if (s->has_median) {
        format_duration(s->median, text, sizeof text);
        fprintf(out, "\ntime from start to first AC (median %s):\n", text);
    } else {
        fputs("\ntime from start to first AC:\n", out);
    }
    for (size_t i = 0; i < s->n; i++) {
        long long seconds;
        if (!s->facts[i].solved)
            continue;
        if (waited(s, i, &seconds)) {
            format_duration(seconds, text, sizeof text);
            fprintf(out, "  %-18s %s", s->problems[i].slug, text);
        } else {
            fprintf(out, "  %-18s -  (solved without `%s start`)", s->problems[i].slug,
                    err_command());
        }
        print_ac_hints(out, &s->facts[i]);
    }
}

int history_print_stats(history *h, FILE *out, const history_problem *problems, size_t n, bool json)
{
    history_stats s;
    int rc = history_stats_gather(h, problems, n, &s);
    if (rc == 0 && json)
        rc = print_stats_json(out, &s);
    else if (rc == 0)
        print_stats_text(out, &s);
    history_stats_release(&s);
    return rc;
}
