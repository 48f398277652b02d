/* Known-bad (WA): treats the board as a string. The solver is right, but it copies
 * the solution back with strcpy from an 81-character string, which writes 82
 * bytes: the terminating '\0' lands one byte past the last cell, in the caller's
 * memory. The board has no room for a '\0'. */
#include "sudoku.h"

#include <string.h>

enum { ALL = 0x1ff };

typedef struct {
    unsigned row[9], col[9], box[9];
    unsigned char empty[81]; /* cell indices; empty[done..count-1] are unfilled */
    int count;
    char cell[81];
} search;

static int box_of(int cell) { return cell / 27 * 3 + cell % 9 / 3; }

static unsigned candidates(const search *s, int cell)
{
    return ALL & ~(s->row[cell / 9] | s->col[cell % 9] | s->box[box_of(cell)]);
}

static bool solve_from(search *s, int done)
{
    if (done == s->count)
        return true;
    int pick = done, fewest = 10;
    for (int i = done; i < s->count && fewest > 1; i++) {
        int n = __builtin_popcount(candidates(s, s->empty[i]));
        if (n < fewest) {
            fewest = n;
            pick = i;
        }
    }
    if (fewest == 0)
        return false;
    unsigned char cell = s->empty[pick];
    s->empty[pick] = s->empty[done];
    s->empty[done] = cell;
    int r = cell / 9, c = cell % 9, b = box_of(cell);
    for (unsigned left = candidates(s, cell); left; left &= left - 1) {
        unsigned bit = left & -left;
        s->row[r] |= bit;
        s->col[c] |= bit;
        s->box[b] |= bit;
        if (solve_from(s, done + 1)) {
            s->cell[cell] = (char)('1' + __builtin_ctz(bit));
            return true;
        }
        s->row[r] &= ~bit;
        s->col[c] &= ~bit;
        s->box[b] &= ~bit;
    }
    return false;
}

bool sudoku_solve(char board[9][9])
{
    search s;
    memset(&s, 0, sizeof s);
    memcpy(s.cell, board, sizeof s.cell);
    for (int i = 0; i < 81; i++) {
        if (s.cell[i] == '*') {
            s.empty[s.count++] = (unsigned char)i;
            continue;
        }
        unsigned bit = 1u << (s.cell[i] - '1');
        if ((s.row[i / 9] | s.col[i % 9] | s.box[box_of(i)]) & bit)
            return false; /* a given repeats a digit: no solution */
        s.row[i / 9] |= bit;
        s.col[i % 9] |= bit;
        s.box[box_of(i)] |= bit;
    }
    if (!solve_from(&s, 0))
        return false;
    char text[82];
    memcpy(text, s.cell, 81);
    text[81] = '\0';
    strcpy(&board[0][0], text); /* 82 bytes: the '\0' lands past the last cell */
    return true;
}
