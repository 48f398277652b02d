/* Harness of the sudoku problem: reads q boards and calls the learner's
 * sudoku_solve() once per board, on a fresh copy between two guard zones. It checks
 * the contract (nothing written outside the 81 cells, nothing left allocated, the
 * board untouched when the answer is false, only digits in a board returned as
 * solved) and writes each board as returned, or "no solution", for the checker,
 * which judges the digits. Boards, rows and columns are numbered from 1 in every
 * message. */
#include "harness.h"
#include "sudoku.h"

#include <stdlib.h>
#include <string.h>

enum { CELLS = 81, MAX_BOARDS = 10000, GUARD = 32, GUARD_BYTE = 0x5a };

/* The board the learner gets, with guard bytes on both sides: a write past its
 * 81 chars (a row's '\0', an index off by one) lands in a guard, not in silence.
 * Char arrays pack without padding, so the guards touch the board. */
static struct {
    unsigned char before[GUARD];
    char cells[9][9];
    unsigned char after[GUARD];
} slot;

static size_t read_count(void)
{
    size_t len;
    char *line = harness_read_line(&len);
    if (!line)
        harness_bad_input("expected the number of boards q on the first line");
    char *end;
    long q = strtol(line, &end, 10);
    if (end == line || *end != '\0' || q < 1 || q > MAX_BOARDS)
        harness_bad_input("line 1: expected q in 1..%d, got '%.20s'", MAX_BOARDS, line);
    free(line);
    return (size_t)q;
}

static char *read_boards(size_t q)
{
    char *boards = malloc(q * CELLS);
    if (!boards)
        harness_bad_input("out of memory for %zu boards", q);
    for (size_t i = 0; i < q; i++) {
        size_t len;
        char *line = harness_read_line(&len);
        if (!line)
            harness_bad_input("the input ends after %zu of its %zu boards", i, q);
        if (len != CELLS)
            harness_bad_input("board %zu has %zu characters, not 81", i + 1, len);
        for (size_t k = 0; k < CELLS; k++)
            if (line[k] != '*' && (line[k] < '1' || line[k] > '9'))
                harness_bad_input("board %zu: character %zu is not 1-9 or '*'", i + 1, k + 1);
        memcpy(boards + i * CELLS, line, CELLS);
        free(line);
    }
    return boards;
}

/* Describes a byte for a message: 'x' when printable, else its code. */
static const char *show(char ch, char *buf, size_t size)
{
    unsigned char u = (unsigned char)ch;
    if (u >= 0x20 && u < 0x7f)
        snprintf(buf, size, "'%c'", ch);
    else
        snprintf(buf, size, "the byte 0x%02x", u);
    return buf;
}

static bool guards_intact(void)
{
    for (int i = 0; i < GUARD; i++)
        if (slot.before[i] != GUARD_BYTE || slot.after[i] != GUARD_BYTE)
            return false;
    return true;
}

/* After a false answer: the board must be exactly the input. */
static void check_unchanged(size_t board, const char *given)
{
    const char *now = &slot.cells[0][0];
    for (int k = 0; k < CELLS; k++) {
        if (now[k] != given[k]) {
            char was[24], is[24];
            harness_fail("board %zu: sudoku_solve returned false but changed cell (%d, %d) "
                         "from %s to %s; leave the board as it was when there is no solution",
                         board, k / 9 + 1, k % 9 + 1, show(given[k], was, sizeof was),
                         show(now[k], is, sizeof is));
            return;
        }
    }
}

/* After a true answer: every cell must hold a digit or, left unfilled, '*' (the
 * checker then names the empty cell). Anything else is replaced by '?' in the
 * answer, so the line stays 81 printable characters. */
static void check_digits(size_t board, char *line)
{
    for (int k = 0; k < CELLS; k++) {
        char ch = line[k];
        if ((ch >= '1' && ch <= '9') || ch == '*')
            continue;
        char what[24];
        harness_fail("board %zu: sudoku_solve returned true, but cell (%d, %d) holds %s, "
                     "not a digit 1-9",
                     board, k / 9 + 1, k % 9 + 1, show(ch, what, sizeof what));
        line[k] = '?';
    }
}

int main(void)
{
    size_t q = read_count();
    char *boards = read_boards(q);
    FILE *out = harness_answer();
    memset(slot.before, GUARD_BYTE, GUARD);
    memset(slot.after, GUARD_BYTE, GUARD);

    bool foreign_free = false;
    for (size_t i = 0; i < q; i++) {
        const char *given = boards + i * CELLS;
        memcpy(slot.cells, given, CELLS);
        long blocks = harness_live_blocks();
        harness_timer_start();
        bool solved = sudoku_solve(slot.cells);
        harness_timer_stop();
        long left = harness_live_blocks() - blocks;

        if (!guards_intact()) {
            harness_fail("board %zu: sudoku_solve wrote outside the board: it has exactly "
                         "9 x 9 chars, and no '\\0' after a row",
                         i + 1);
            memset(slot.before, GUARD_BYTE, GUARD);
            memset(slot.after, GUARD_BYTE, GUARD);
        }
        if (left > 0)
            harness_fail("board %zu: sudoku_solve left %ld block%s allocated: free what you "
                         "allocate before returning",
                         i + 1, left, left == 1 ? "" : "s");
        else if (left < 0) {
            harness_fail("board %zu: sudoku_solve freed memory it did not allocate", i + 1);
            foreign_free = true;
        }

        if (!solved) {
            check_unchanged(i + 1, given);
            fputs("no solution\n", out);
            continue;
        }
        char line[CELLS + 1];
        memcpy(line, slot.cells, CELLS);
        check_digits(i + 1, line);
        line[CELLS] = '\n';
        fwrite(line, 1, sizeof line, out);
    }
    if (!foreign_free) /* else boards may be what it freed: a second free would abort */
        free(boards);
    return harness_finish();
}
