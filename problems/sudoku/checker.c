/* Custom checker of sudoku (Kattis protocol): says what is wrong with a board, not
 * only that it differs. `checker input answer feedback_dir < output`: the output
 * must hold one line per board, "no solution" exactly where the answer says so and
 * elsewhere a filled board that keeps every given and repeats no digit in a row, a
 * column or a box. Boards, rows, columns and boxes are numbered from 1, boxes left
 * to right, then top to bottom. Exit 42 accepts, 43 rejects with one line in
 * judgemessage.txt; anything else means the test itself is broken. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CELLS = 81, MAX_BOARDS = 10000, AC = 42, WA = 43, BROKEN = 1 };
/* Twice an honest output, and bounded so garbage cannot exhaust memory. */
enum { FILE_CAP = (CELLS + 1) * MAX_BOARDS + 64, OUTPUT_CAP = 2 * FILE_CAP };

static const char NO_SOLUTION[] = "no solution";

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

static void broken(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void broken(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("checker: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
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

static text slurp_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        broken("cannot open '%s'", path);
    text t = slurp(f, FILE_CAP, NULL);
    fclose(f);
    return t;
}

/* Returns the next line without its '\n' and trailing blanks or '\r'; NULL at the
 * end. The line is NUL-terminated in place; *len excludes the terminator. */
static char *next_line(text *t, size_t *len)
{
    if (t->pos >= t->len)
        return NULL;
    char *start = t->data + t->pos;
    char *nl = memchr(start, '\n', t->len - t->pos);
    size_t n = nl ? (size_t)(nl - start) : t->len - t->pos;
    t->pos += n + (nl != NULL);
    while (n > 0 && (start[n - 1] == '\r' || start[n - 1] == ' ' || start[n - 1] == '\t'))
        n--;
    start[n] = '\0';
    *len = n;
    return start;
}

/* The first 30 characters of s, non-printable ones as '?', for a message. */
static const char *excerpt(const char *s, size_t len)
{
    static char out[40];
    size_t n = len < 30 ? len : 30, k = 0;
    for (size_t i = 0; i < n; i++)
        out[k++] = s[i] >= 0x20 && s[i] < 0x7f ? s[i] : '?';
    if (len > n) {
        memcpy(out + k, "...", 3);
        k += 3;
    }
    out[k] = '\0';
    return out;
}

static bool is_digit(char ch) { return ch >= '1' && ch <= '9'; }

/* Why board (81 chars) is not a solution of given, in why; false when it is one. */
static bool find_fault(const char *given, const char *board, char *why, size_t size)
{
    for (int k = 0; k < CELLS; k++) {
        char ch = board[k];
        if (!is_digit(ch) && ch != '*') {
            snprintf(why, size, "cell (%d, %d) holds '%c', not a digit 1-9", k / 9 + 1, k % 9 + 1,
                     ch >= 0x20 && ch < 0x7f ? ch : '?');
            return true;
        }
    }
    for (int k = 0; k < CELLS; k++) {
        if (is_digit(given[k]) && board[k] != given[k]) {
            if (board[k] == '*')
                snprintf(why, size, "the given %c at row %d, column %d was erased", given[k],
                         k / 9 + 1, k % 9 + 1);
            else
                snprintf(why, size, "the given %c at row %d, column %d was changed to %c", given[k],
                         k / 9 + 1, k % 9 + 1, board[k]);
            return true;
        }
    }
    int empty = 0, first = -1;
    for (int k = 0; k < CELLS; k++) {
        if (board[k] == '*') {
            if (first < 0)
                first = k;
            empty++;
        }
    }
    if (empty == 1)
        snprintf(why, size, "cell (%d, %d) is still empty", first / 9 + 1, first % 9 + 1);
    if (empty > 1)
        snprintf(why, size, "cell (%d, %d) is still empty, and %d more", first / 9 + 1,
                 first % 9 + 1, empty - 1);
    if (empty)
        return true;
    for (int t = 0; t < 3; t++) { /* rows, then columns, then boxes */
        for (int u = 0; u < 9; u++) {
            int seen[10];
            for (int d = 0; d < 10; d++)
                seen[d] = -1;
            for (int i = 0; i < 9; i++) {
                int k = t == 0   ? u * 9 + i
                        : t == 1 ? i * 9 + u
                                 : (u / 3 * 3 + i / 3) * 9 + u % 3 * 3 + i % 3;
                int d = board[k] - '0';
                if (seen[d] < 0) {
                    seen[d] = k;
                    continue;
                }
                int a = seen[d];
                if (t == 0)
                    snprintf(why, size, "row %d has two %ds (columns %d and %d)", u + 1, d,
                             a % 9 + 1, k % 9 + 1);
                else if (t == 1)
                    snprintf(why, size, "column %d has two %ds (rows %d and %d)", u + 1, d,
                             a / 9 + 1, k / 9 + 1);
                else
                    snprintf(why, size,
                             "box %d (rows %d-%d, columns %d-%d) has two %ds, at (%d, %d) and "
                             "(%d, %d)",
                             u + 1, u / 3 * 3 + 1, u / 3 * 3 + 3, u % 3 * 3 + 1, u % 3 * 3 + 3, d,
                             a / 9 + 1, a % 9 + 1, k / 9 + 1, k % 9 + 1);
                return true;
            }
        }
    }
    return false;
}

static long read_count(text *t, const char *what)
{
    size_t len;
    const char *line = next_line(t, &len);
    char *end;
    long q = line ? strtol(line, &end, 10) : 0;
    if (!line || end == line || *end != '\0' || q < 1 || q > MAX_BOARDS)
        broken("%s does not start with a board count", what);
    return q;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        broken("usage: checker input answer feedback_dir < output");
    feedback_dir = argv[3];

    text in = slurp_file(argv[1]);
    long q = read_count(&in, "the input");
    char *given = malloc((size_t)q * CELLS);
    char(*expected)[CELLS] = malloc((size_t)q * sizeof *expected);
    bool *solvable = malloc((size_t)q * sizeof *solvable);
    if (!given || !expected || !solvable)
        broken("out of memory");
    text ans = slurp_file(argv[2]);
    for (long i = 0; i < q; i++) {
        size_t len;
        const char *g = next_line(&in, &len);
        if (!g || len != CELLS)
            broken("input board %ld is not 81 characters", i + 1);
        memcpy(given + i * CELLS, g, CELLS);
        const char *a = next_line(&ans, &len);
        if (!a)
            broken("the answer file has fewer than %ld lines", q);
        solvable[i] = strcmp(a, NO_SOLUTION) != 0;
        if (solvable[i] && len != CELLS)
            broken("answer %ld is neither 81 digits nor '%s'", i + 1, NO_SOLUTION);
        if (solvable[i])
            memcpy(expected[i], a, CELLS);
    }

    bool more;
    text out = slurp(stdin, OUTPUT_CAP, &more);
    if (more)
        reject("the output is longer than %d bytes: far more than %ld boards need", OUTPUT_CAP, q);
    for (long i = 0; i < q; i++) {
        size_t len;
        const char *line = next_line(&out, &len);
        if (!line)
            reject("board %ld: no answer: the output ends after %ld line%s for %ld boards", i + 1,
                   i, i == 1 ? "" : "s", q);
        if (len == sizeof NO_SOLUTION - 1 && memcmp(line, NO_SOLUTION, len) == 0) {
            if (solvable[i])
                reject("board %ld: sudoku_solve returned false, but this board has a solution",
                       i + 1);
            continue;
        }
        if (len != CELLS || memchr(line, '\0', len))
            reject("board %ld: expected 81 characters or '%s', got %zu: '%s'", i + 1, NO_SOLUTION,
                   len, excerpt(line, len));
        char why[160];
        bool faulty = find_fault(given + i * CELLS, line, why, sizeof why);
        if (faulty && !solvable[i])
            reject("board %ld: expected no solution, got a filled board: %s", i + 1, why);
        if (faulty)
            reject("board %ld: %s", i + 1, why);
        if (!solvable[i])
            broken("board %ld: the output solves a board whose answer is '%s'", i + 1, NO_SOLUTION);
        if (memcmp(line, expected[i], CELLS) != 0)
            broken("board %ld: the output is a second solution: the test breaks uniqueness", i + 1);
    }
    size_t len;
    const char *rest;
    while ((rest = next_line(&out, &len)) != NULL)
        if (len > 0)
            reject("unexpected output after the %ld boards: '%s'", q, excerpt(rest, len));
    free(given);
    free(expected);
    free(solvable);
    return AC;
}
