/* The attempt history in SQLite: three append-only tables (attempts, starts and
 * hints),
 * written one row per autocommitted statement, read by the status, listing and
 * stats queries.
 *
 * Theory of operation: the schema version is PRAGMA user_version; migrations[i]
 * takes a database from version i to i + 1 inside one BEGIN IMMEDIATE transaction,
 * so two judges opening a new database at once cannot both create it. A new
 * database is switched to WAL (persistent in the file), so `judge list` reads while
 * another judge writes. Every SQLite call that fails goes through give_up(): the
 * one warning of the process, then the connection is closed and the handle turns
 * into "no history". Waiting for a lock is bounded by a 200 ms busy timeout. */
#include "history.h"

#include "err.h"
#include "hash.h"

#include <errno.h>
#include <pwd.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 200

struct history {
    sqlite3 *db; /* NULL once it failed: the handle is then "no history" */
    char *path;
};

static const char *const status_names[] = {
#define X(id, name) name,
    HISTORY_STATUSES(X)
#undef X
};

const char *history_status_name(history_status s)
{
    return (unsigned)s < sizeof status_names / sizeof *status_names ? status_names[s] : "?";
}

/* migrations[i] takes a database from schema version i to i + 1. Append only. */
static const char *const migrations[] = {
    "CREATE TABLE IF NOT EXISTS attempts ("
    " id INTEGER PRIMARY KEY, slug TEXT NOT NULL, time INTEGER NOT NULL,"
    " verdict TEXT NOT NULL, passed INTEGER NOT NULL, total INTEGER NOT NULL,"
    " cpu_ms INTEGER NOT NULL, source_hash TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS attempts_by_slug ON attempts (slug, time);"
    "CREATE TABLE IF NOT EXISTS starts ("
    " id INTEGER PRIMARY KEY, slug TEXT NOT NULL, time INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS starts_by_slug ON starts (slug, time);",
    /* 2: `judge hint`; an attempt keeps how many hints had been seen before it */
    "CREATE TABLE IF NOT EXISTS hints ("
    " id INTEGER PRIMARY KEY, slug TEXT NOT NULL, number INTEGER NOT NULL,"
    " time INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS hints_by_slug ON hints (slug, time);"
    "ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;",
    /* 3: the file and options of each run, and runs kept that are no attempt */
    "ALTER TABLE attempts ADD COLUMN file TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE attempts ADD COLUMN flags TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE attempts ADD COLUMN uncounted TEXT NOT NULL DEFAULT '';",
};

#define SCHEMA_VERSION ((int)(sizeof migrations / sizeof *migrations))

/* ---- the one warning ---- */

static bool warned;

static void warn_once(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void warn_once(const char *fmt, ...)
{
    if (warned)
        return;
    warned = true;
    char what[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    err_report(ERR_INTERNAL, "history unavailable: %s: judging goes on without it", what);
}

static const char *what_failed(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return "is not a database";
    case SQLITE_CORRUPT:
        return "is damaged";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "is locked by another process";
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return "cannot be written";
    case SQLITE_CANTOPEN:
        return "cannot be opened";
    case SQLITE_FULL:
        return "cannot grow (disk full)";
    case SQLITE_IOERR:
        return "cannot be read or written";
    case SQLITE_NOMEM:
        return "cannot be used (out of memory)";
    default:
        return "cannot be used";
    }
}

/* After a failed SQLite call: the warning (once), then no more database. Statements
 * still open may be finalized afterwards (sqlite3_close_v2 waits for them). */
static int give_up(history *h, const char *call, int code)
{
    warn_once("'%s' %s (%s: %s)", h->path, what_failed(code), call,
              h->db ? sqlite3_errmsg(h->db) : sqlite3_errstr(code));
    if (h->db)
        sqlite3_close_v2(h->db);
    h->db = NULL;
    return ERR_INTERNAL;
}

static int prepare(history *h, const char *sql, sqlite3_stmt **st)
{
    *st = NULL;
    if (!h || !h->db)
        return ERR_INTERNAL;
    int rc = sqlite3_prepare_v2(h->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? 0 : give_up(h, "sqlite3_prepare_v2", rc);
}

static int exec(history *h, const char *sql)
{
    int rc = sqlite3_exec(h->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : give_up(h, "sqlite3_exec", rc);
}

/* ---- opening and the schema ---- */

char *history_default_path(void)
{
    const char *base = getenv("XDG_DATA_HOME");
    const char *rest = "ckit/history.sqlite3";
    if (!base || base[0] != '/') { /* the XDG spec: a relative value is ignored */
        base = getenv("HOME");
        if (!base || base[0] != '/') {
            struct passwd *pw = getpwuid(getuid());
            base = pw ? pw->pw_dir : NULL;
        }
        if (!base || base[0] != '/')
            return NULL;
        rest = ".local/share/ckit/history.sqlite3";
    }
    size_t n = strlen(base);
    while (n > 1 && base[n - 1] == '/')
        n--;
    char *out;
    return asprintf(&out, "%.*s/%s", (int)n, base, rest) < 0 ? NULL : out;
}

/* mkdir -p of the directory holding path (mode 0700, as the XDG spec asks). */
static int make_parents(const char *path)
{
    char *dir = strdup(path);
    if (!dir) {
        warn_once("'%s' cannot be used (strdup: out of memory)", path);
        return ERR_NOMEM;
    }
    int rc = 0;
    for (char *p = strchr(dir + 1, '/'); p && rc == 0; p = strchr(p + 1, '/')) {
        *p = '\0';
        struct stat st;
        int error = 0;
        if (mkdir(dir, 0700) < 0 && errno != EEXIST)
            error = errno;
        else if (stat(dir, &st) < 0)
            error = errno;
        else if (!S_ISDIR(st.st_mode))
            error = ENOTDIR;
        if (error) {
            warn_once("'%s' cannot be created (mkdir '%s': %s)", path, dir, strerror(error));
            rc = ERR_INTERNAL;
        }
        *p = '/';
    }
    free(dir);
    return rc;
}

static int user_version(history *h, int *version)
{
    sqlite3_stmt *st;
    int rc = prepare(h, "PRAGMA user_version", &st);
    if (rc == 0) {
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW)
            *version = sqlite3_column_int(st, 0);
        else
            rc = give_up(h, "sqlite3_step", step);
    }
    sqlite3_finalize(st);
    return rc;
}

static int refuse_newer(history *h, int version)
{
    warn_once("'%s' was written by a newer judge (schema %d; this judge knows %d)", h->path,
              version, SCHEMA_VERSION);
    sqlite3_close_v2(h->db);
    h->db = NULL;
    return ERR_INTERNAL;
}

static int migrate(history *h)
{
    int version = 0;
    int rc = user_version(h, &version);
    if (rc < 0 || version == SCHEMA_VERSION)
        return rc;
    if (version > SCHEMA_VERSION)
        return refuse_newer(h, version);
    if (version == 0) /* best effort: a file system without shared memory keeps its journal */
        sqlite3_exec(h->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    if ((rc = exec(h, "BEGIN IMMEDIATE")) < 0 || (rc = user_version(h, &version)) < 0)
        return rc;
    if (version > SCHEMA_VERSION) { /* another judge upgraded it meanwhile */
        sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
        return refuse_newer(h, version);
    }
    for (int v = version; v < SCHEMA_VERSION && rc == 0; v++)
        rc = exec(h, migrations[v]);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SCHEMA_VERSION);
    if (rc == 0 && (rc = exec(h, sql)) == 0)
        rc = exec(h, "COMMIT");
    return rc; /* a failure closed the connection, which rolls back */
}

history *history_open(const char *path)
{
    char *fallback = NULL;
    if (!path && !(path = fallback = history_default_path())) {
        warn_once("no data directory (neither $XDG_DATA_HOME nor $HOME is an absolute path)");
        return NULL;
    }
    if (!*path) {
        warn_once("its path is empty");
        return NULL;
    }
    history *h = calloc(1, sizeof *h);
    if (h)
        h->path = strdup(path);
    if (!h || !h->path)
        warn_once("'%s' cannot be used (calloc: out of memory)", path);
    free(fallback);
    if (!h || !h->path) {
        free(h);
        return NULL;
    }
    if (make_parents(h->path) < 0) {
        history_close(h);
        return NULL;
    }
    int rc = sqlite3_open_v2(h->path, &h->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        give_up(h, "sqlite3_open_v2", rc);
    } else {
        sqlite3_busy_timeout(h->db, BUSY_TIMEOUT_MS);
        /* in WAL mode NORMAL loses at most the last attempts on a power cut, never the file */
        sqlite3_exec(h->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
        migrate(h);
    }
    if (!h->db) {
        history_close(h);
        return NULL;
    }
    return h;
}

void history_close(history *h)
{
    if (!h)
        return;
    if (h->db)
        sqlite3_close_v2(h->db);
    free(h->path);
    free(h);
}

/* ---- writing ---- */

static int finish_write(history *h, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    int out = rc == SQLITE_DONE ? 0 : give_up(h, "sqlite3_step", rc);
    sqlite3_finalize(st);
    return out;
}

static long long now_or(long long when) { return when > 0 ? when : (long long)time(NULL); }

int history_record_attempt(history *h, const history_attempt *a)
{
    sqlite3_stmt *st;
    if (!a || !a->slug || a->v == VERDICT_IE ||
        prepare(h,
                "INSERT INTO attempts (slug, time, verdict, passed, total, "
                "cpu_ms, source_hash, hints, file, flags, uncounted) VALUES (?1, ?2, ?3, ?4, ?5,"
                " ?6, ?7, (SELECT coalesce(max(number), 0) FROM hints WHERE slug = ?1 AND"
                " time <= ?2), ?8, ?9, ?10)",
                &st) < 0)
        return ERR_INTERNAL;
    sqlite3_bind_text(st, 1, a->slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, now_or(a->time));
    sqlite3_bind_text(st, 3, verdict_code(a->v), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, a->passed);
    sqlite3_bind_int64(st, 5, a->total);
    sqlite3_bind_int64(st, 6, a->cpu_ms);
    sqlite3_bind_text(st, 7, a->source_hash ? a->source_hash : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, a->file ? a->file : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, a->flags ? a->flags : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, a->uncounted ? a->uncounted : "", -1, SQLITE_STATIC);
    return finish_write(h, st);
}

int history_record_hint(history *h, const char *slug, int number, long long when)
{
    sqlite3_stmt *st;
    if (!slug || number < 1 ||
        prepare(h, "INSERT INTO hints (slug, number, time) VALUES (?, ?, ?)", &st) < 0)
        return ERR_INTERNAL;
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, number);
    sqlite3_bind_int64(st, 3, now_or(when));
    return finish_write(h, st);
}

int history_hints_seen(history *h, const char *slug)
{
    sqlite3_stmt *st;
    if (!slug || prepare(h, "SELECT coalesce(max(number), 0) FROM hints WHERE slug = ?", &st) < 0)
        return 0;
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st), seen = 0;
    if (rc == SQLITE_ROW)
        seen = sqlite3_column_int(st, 0);
    else
        give_up(h, "sqlite3_step", rc);
    sqlite3_finalize(st);
    return seen;
}

int history_record_start(history *h, const char *slug, long long when)
{
    sqlite3_stmt *st;
    if (!slug || prepare(h, "INSERT INTO starts (slug, time) VALUES (?, ?)", &st) < 0)
        return ERR_INTERNAL;
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, now_or(when));
    return finish_write(h, st);
}

void history_source_hash(const char *path, char hex[33])
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    hex[0] = '\0';
    if (!f)
        return;
    hash_state hs;
    hash_init(&hs);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        hash_update(&hs, chunk, n);
    if (!ferror(f))
        hash_hex(&hs, hex);
    fclose(f);
}

/* ---- reading ---- */

/* Over the attempts only: runs kept with a reason in uncounted count nowhere. */
static const char facts_sql[] =
    "SELECT count(*), min(CASE WHEN verdict = 'AC' THEN time END),"
    " (SELECT verdict = 'AC' FROM attempts WHERE slug = ?1 AND uncounted = ''"
    "  ORDER BY time, id LIMIT 1),"
    " (SELECT min(time) FROM starts WHERE slug = ?1),"
    " (SELECT coalesce(max(number), 0) FROM hints WHERE slug = ?1),"
    " (SELECT hints FROM attempts WHERE slug = ?1 AND verdict = 'AC' AND uncounted = ''"
    "  ORDER BY time, id LIMIT 1)"
    " FROM attempts WHERE slug = ?1 AND uncounted = ''";

/* What the history knows of one slug, through a prepared facts_sql; all zero when
 * there is no history (st NULL) or the query fails. */
static void facts_of(history *h, sqlite3_stmt *st, const char *slug, history_facts *f)
{
    *f = (history_facts){0};
    if (!st || !h->db)
        return;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        give_up(h, "sqlite3_step", rc);
        return;
    }
    f->attempts = (long)sqlite3_column_int64(st, 0);
    f->solved = sqlite3_column_type(st, 1) != SQLITE_NULL;
    f->first_ac = sqlite3_column_int64(st, 1);
    f->first_try = sqlite3_column_int(st, 2) == 1;
    f->started = sqlite3_column_type(st, 3) != SQLITE_NULL;
    f->start = sqlite3_column_int64(st, 3);
    f->hints_seen = sqlite3_column_int(st, 4);
    f->ac_hints = sqlite3_column_int(st, 5);
}

history_status history_status_from(const history_facts *f)
{
    return f->solved ? HISTORY_SOLVED : f->attempts ? HISTORY_TRIED : HISTORY_NEW;
}

history_status history_status_of(history *h, const char *slug)
{
    sqlite3_stmt *st;
    history_facts f = {0};
    if (slug && prepare(h, facts_sql, &st) == 0)
        facts_of(h, st, slug, &f);
    else
        st = NULL;
    sqlite3_finalize(st);
    return history_status_from(&f);
}

bool history_solved(history *h, const char *slug)
{
    return history_status_of(h, slug) == HISTORY_SOLVED;
}

/* The attempts of slug, newest first; none when there is no history. */
int history_log_of(history *h, const char *slug, history_log *out)
{
    *out = (history_log){0};
    sqlite3_stmt *st;
    if (prepare(h, facts_sql, &st) == 0)
        facts_of(h, st, slug, &out->facts);
    sqlite3_finalize(st);
    if (prepare(h,
                "SELECT time, verdict, passed, total, cpu_ms, source_hash, hints, file, flags,"
                " uncounted FROM attempts"
                " WHERE slug = ? ORDER BY time DESC, id DESC",
                &st) < 0) {
        out->facts.attempts = 0, out->facts.solved = false; /* stay consistent */
        return 0;
    }
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    int rc, err = 0;
    size_t cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (out->nrows == cap) {
            size_t more = cap ? 2 * cap : 16;
            history_row *rows = realloc(out->rows, more * sizeof *rows);
            if (!rows) {
                err = ERR_NOMEM;
                break;
            }
            out->rows = rows;
            cap = more;
        }
        history_row *r = &out->rows[out->nrows++];
        const char *v = (const char *)sqlite3_column_text(st, 1);
        const char *hash = (const char *)sqlite3_column_text(st, 5);
        *r = (history_row){.time = sqlite3_column_int64(st, 0),
                           .passed = sqlite3_column_int64(st, 2),
                           .total = sqlite3_column_int64(st, 3),
                           .cpu_ms = sqlite3_column_int64(st, 4),
                           .hints = sqlite3_column_int64(st, 6)};
        snprintf(r->verdict, sizeof r->verdict, "%s", v ? v : "?");
        snprintf(r->source_hash, sizeof r->source_hash, "%s", hash ? hash : "");
        const char *file = (const char *)sqlite3_column_text(st, 7),
                   *flags = (const char *)sqlite3_column_text(st, 8),
                   *uncounted = (const char *)sqlite3_column_text(st, 9);
        snprintf(r->file, sizeof r->file, "%s", file ? file : "");
        snprintf(r->flags, sizeof r->flags, "%s", flags ? flags : "");
        snprintf(r->uncounted, sizeof r->uncounted, "%s", uncounted ? uncounted : "");
    }
    if (!err && rc != SQLITE_DONE) {
        give_up(h, "sqlite3_step", rc);
        out->nrows = 0; /* half a listing would mislead */
    }
    sqlite3_finalize(st);
    if (out->nrows == 0) /* the query failed after the facts: stay consistent */
        out->facts.attempts = 0, out->facts.solved = false;
    return err;
}

void history_log_release(history_log *l)
{
    free(l->rows);
    *l = (history_log){0};
}

/* ---- stats ---- */

static int tally_add(history_tally_list *l, const char *name, const history_facts *f)
{
    size_t i = 0;
    while (i < l->n && strcmp(l->items[i].name, name) != 0)
        i++;
    if (i == l->n) {
        if (l->n == l->cap) {
            size_t cap = l->cap ? 2 * l->cap : 8;
            history_tally *items = realloc(l->items, cap * sizeof *items);
            if (!items)
                return ERR_NOMEM;
            l->items = items;
            l->cap = cap;
        }
        l->items[l->n++] = (history_tally){.name = name};
    }
    history_tally *t = &l->items[i];
    t->total++;
    t->attempts += f->attempts;
    t->solved += history_status_from(f) == HISTORY_SOLVED;
    t->tried += history_status_from(f) == HISTORY_TRIED;
    return 0;
}

static int level_rank(const char *difficulty)
{
    static const char *const levels[] = {"easy", "medium", "hard"};
    for (int i = 0; i < 3; i++)
        if (strcmp(difficulty, levels[i]) == 0)
            return i;
    return 3;
}

static int by_level(const void *a, const void *b)
{
    const history_tally *x = a, *y = b;
    int d = level_rank(x->name) - level_rank(y->name);
    return d ? d : strcmp(x->name, y->name);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const history_tally *)a)->name, ((const history_tally *)b)->name);
}

static int by_value(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int history_stats_gather(history *h, const history_problem *problems, size_t n, history_stats *s)
{
    *s = (history_stats){.problems = problems, .n = n};
    s->facts = calloc(n ? n : 1, sizeof *s->facts);
    s->waits = calloc(n ? n : 1, sizeof *s->waits);
    if (!s->facts || !s->waits)
        return ERR_NOMEM;
    sqlite3_stmt *st;
    if (prepare(h, facts_sql, &st) < 0)
        st = NULL;
    for (size_t i = 0; i < n; i++)
        facts_of(h, st, problems[i].slug, &s->facts[i]);
    sqlite3_finalize(st);
    if (h && !h->db) /* it failed part way: show no history rather than half of it */
        memset(s->facts, 0, n * sizeof *s->facts);
    for (size_t i = 0; i < n; i++) {
        const history_facts *f = &s->facts[i];
        const history_problem *p = &problems[i];
        s->attempts += f->attempts;
        s->solved += history_status_from(f) == HISTORY_SOLVED;
        s->tried += history_status_from(f) == HISTORY_TRIED;
        if (tally_add(&s->levels, p->difficulty ? p->difficulty : "?", f) < 0)
            return ERR_NOMEM;
        for (size_t t = 0; t < p->ntags; t++)
            if (tally_add(&s->tags, p->tags[t], f) < 0)
                return ERR_NOMEM;
        if (f->solved && f->started && f->start <= f->first_ac)
            s->waits[s->nwaits++] = f->first_ac - f->start;
    }
    /* qsort of a NULL array, even empty, is undefined: none without problems */
    if (s->levels.n > 1)
        qsort(s->levels.items, s->levels.n, sizeof *s->levels.items, by_level);
    if (s->tags.n > 1)
        qsort(s->tags.items, s->tags.n, sizeof *s->tags.items, by_name);
    if (s->nwaits) {
        long long *sorted = malloc(s->nwaits * sizeof *sorted);
        if (!sorted)
            return ERR_NOMEM;
        memcpy(sorted, s->waits, s->nwaits * sizeof *sorted);
        qsort(sorted, s->nwaits, sizeof *sorted, by_value);
        size_t m = s->nwaits / 2;
        s->median = s->nwaits % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        s->has_median = true;
        free(sorted);
    }
    return 0;
}

void history_stats_release(history_stats *s)
{
    free(s->facts);
    free(s->waits);
    free(s->levels.items);
    free(s->tags.items);
}
