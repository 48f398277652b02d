/* Custom checker of grid-bfs (Kattis protocol): accepts any shortest path.
 * `checker input answer feedback_dir < output`: the learner's first line is the
 * length, which must equal the expected one (-1 exactly when G is unreachable);
 * with a path, the second line must hold exactly that many moves from "UDLR", and
 * replaying them from S must stay on the grid, never step onto a wall and end on
 * G. Exit 42 accepts, 43 rejects with judgemessage.txt; anything else means the
 * test itself is broken. Linear in the grid's size. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_SIDE = 2000, AC = 42, WA = 43, BROKEN = 1 };
/* The input is at most 2000 lines of 2001 bytes plus a header; an honest output
 * is a length and at most rows * cols - 1 moves. Past this, the output is garbage. */
enum { INPUT_CAP = MAX_SIDE * (MAX_SIDE + 1) + 64, OUTPUT_CAP = MAX_SIDE * MAX_SIDE + 64 };

typedef struct {
    char *data;
    size_t len, pos;
} text;

static const char *feedback_dir;

static void reject(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void reject(const char *fmt, ...)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    FILE *f = fopen(path, "w");
    va_list ap;
    va_start(ap, fmt);
    if (f) {
        vfprintf(f, fmt, ap);
        fputc('\n', f);
        fclose(f);
    }
    va_end(ap);
    exit(WA);
}

static void broken(const char *what) __attribute__((noreturn));
static void broken(const char *what)
{
    fprintf(stderr, "checker: %s\n", what);
    exit(BROKEN);
}

/* Reads at most cap bytes; *more says whether the stream had anything beyond. */
static text slurp(FILE *f, size_t cap, bool *more)
{
    text t = {malloc(cap + 1), 0, 0};
    if (!t.data)
        broken("out of memory");
    t.len = fread(t.data, 1, cap, f);
    t.data[t.len] = '\0';
    if (more)
        *more = fgetc(f) != EOF;
    return t;
}

static text slurp_file(const char *path, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        broken("cannot open an input or answer file");
    text t = slurp(f, cap, NULL);
    fclose(f);
    return t;
}

/* Returns the next line without its '\n' (and a trailing '\r'); NULL at the end. */
static char *next_line(text *t, size_t *len)
{
    if (t->pos >= t->len)
        return NULL;
    char *start = t->data + t->pos;
    char *nl = memchr(start, '\n', t->len - t->pos);
    size_t n = nl ? (size_t)(nl - start) : t->len - t->pos;
    t->pos += n + (nl != NULL);
    if (n > 0 && start[n - 1] == '\r')
        n--;
    start[n] = '\0';
    *len = n;
    return start;
}

/* Parses an optional '-' and at most 9 digits, surrounded by blanks only. */
static bool parse_length(const char *s, long *out)
{
    while (*s == ' ' || *s == '\t')
        s++;
    bool negative = *s == '-';
    s += negative;
    long v = 0;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        if (digits == 9)
            return false;
        v = v * 10 + (*s - '0');
    }
    while (*s == ' ' || *s == '\t')
        s++;
    *out = negative ? -v : v;
    return digits > 0 && *s == '\0';
}

static void trim_blanks(const char *s, size_t *len)
{
    while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
        (*len)--;
}

/* The test's grid, as the validator guarantees it (a broken one is reported). */
typedef struct {
    char *cells;
    size_t rows, cols, start, goal;
} grid;

static grid read_grid(const char *path)
{
    text in = slurp_file(path, INPUT_CAP);
    grid g = {0};
    size_t len;
    char *first = next_line(&in, &len);
    unsigned long rows, cols;
    char extra;
    if (!first || sscanf(first, "%lu %lu %c", &rows, &cols, &extra) != 2 || rows < 1 || cols < 1 ||
        rows > MAX_SIDE || cols > MAX_SIDE)
        broken("the input does not start with `rows cols`");
    g.rows = rows;
    g.cols = cols;
    g.cells = malloc(rows * cols);
    if (!g.cells)
        broken("out of memory");
    bool have_start = false, have_goal = false;
    for (size_t r = 0; r < rows; r++) {
        char *line = next_line(&in, &len);
        if (!line || len != cols)
            broken("a row of the input's grid has the wrong length");
        for (size_t c = 0; c < cols; c++) {
            if (line[c] == 'S') {
                g.start = r * cols + c;
                have_start = true;
            } else if (line[c] == 'G') {
                g.goal = r * cols + c;
                have_goal = true;
            }
        }
        memcpy(g.cells + r * cols, line, cols);
    }
    if (!have_start || !have_goal)
        broken("the input's grid lacks S or G");
    free(in.data);
    return g;
}

/* Replays the moves from S; rejects at the first one that leaves the grid or
 * steps onto a wall, or when the walk does not end on G. */
static void replay(const grid *g, const char *moves, size_t n)
{
    size_t r = g->start / g->cols, c = g->start % g->cols;
    for (size_t i = 0; i < n; i++) {
        size_t nr = r, nc = c;
        switch (moves[i]) {
        case 'U':
            nr = r - 1; /* wraps to SIZE_MAX from row 0: off the grid below */
            break;
        case 'D':
            nr = r + 1;
            break;
        case 'L':
            nc = c - 1;
            break;
        case 'R':
            nc = c + 1;
            break;
        default:
            reject("move %zu is '%c' (byte 0x%02x): moves are U, D, L and R only", i + 1,
                   moves[i] >= 32 && moves[i] < 127 ? moves[i] : '?', (unsigned char)moves[i]);
        }
        if (nr >= g->rows || nc >= g->cols)
            reject("move %zu ('%c') from row %zu, column %zu leaves the grid", i + 1, moves[i], r,
                   c);
        if (g->cells[nr * g->cols + nc] == '#')
            reject("move %zu ('%c') from row %zu, column %zu steps onto a wall at row %zu, "
                   "column %zu",
                   i + 1, moves[i], r, c, nr, nc);
        r = nr;
        c = nc;
    }
    if (r * g->cols + c != g->goal)
        reject("the %zu moves end at row %zu, column %zu, not on G (row %zu, column %zu)", n, r, c,
               g->goal / g->cols, g->goal % g->cols);
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];

    grid g = read_grid(argv[1]);

    text ans = slurp_file(argv[2], 64);
    size_t len;
    const char *first = next_line(&ans, &len);
    long expected;
    if (!first || !parse_length(first, &expected))
        broken("the answer file does not start with a length");
    if (expected < -1 || expected == 0 || (expected > 0 && (size_t)expected >= g.rows * g.cols))
        broken("the expected length is impossible for this grid");

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("output is longer than %d bytes", OUTPUT_CAP);
    if (memchr(out.data, '\0', out.len))
        reject("output holds a NUL byte");
    const char *line = next_line(&out, &len);
    long got;
    if (!line || len == 0)
        reject("output is empty: expected the length on the first line");
    if (!parse_length(line, &got))
        reject("first line is not a length: '%.40s'", line);
    if (expected == -1 && got != -1)
        reject("returned %ld, but G cannot be reached from S: expected -1", got);
    if (expected != -1 && got == -1)
        reject("returned -1, but G can be reached from S in %ld moves", expected);
    if (got > expected)
        reject("a path of %ld moves is not the shortest: the shortest has %ld", got, expected);
    if (got < expected)
        reject("length %ld is shorter than possible: the shortest path has %ld moves", got,
               expected);

    const char *path = next_line(&out, &len);
    if (!path) {
        path = "";
        len = 0;
    }
    trim_blanks(path, &len);
    if (expected == -1 && len != 0)
        reject("returned -1 but printed moves: '%.40s'", path);
    if (expected != -1) {
        if (len != (size_t)expected)
            reject("the length is %ld but the second line holds %zu moves", expected, len);
        replay(&g, path, len);
    }

    const char *rest;
    while ((rest = next_line(&out, &len)) != NULL)
        if (len > 0 && strspn(rest, " \t") != len)
            reject("unexpected output after the moves: '%.40s'", rest);
    free(out.data);
    free(ans.data);
    free(g.cells);
    return AC;
}
