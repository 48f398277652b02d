/* Known-bad (WA): state kept between calls. The row, column and box masks are
 * globals that each call adds its givens to but never clears. The first board is
 * solved; the second call starts with the first board's digits still marked in
 * every row, column and box, sees its own givens as repeats and answers "no
 * solution" for a board that has one. */
#include "sudoku.h"

enum { ALL = 0x1ff };

static unsigned row[9], col[9], box[9];
static unsigned char empty[81];
static int count;

static unsigned candidates(int cell)
{
    return ALL & ~(row[cell / 9] | col[cell % 9] | box[cell / 27 * 3 + cell % 9 / 3]);
}

static bool search(char *g, int done)
{
    if (done == count)
        return true;
    int pick = done, fewest = 10;
    for (int i = done; i < count; i++) {
        int n = __builtin_popcount(candidates(empty[i]));
        if (n < fewest) {
            fewest = n;
            pick = i;
        }
    }
    unsigned char cell = empty[pick];
    empty[pick] = empty[done];
    empty[done] = cell;
    int r = cell / 9, c = cell % 9, b = r / 3 * 3 + c / 3;
    for (unsigned left = candidates(cell); left; left &= left - 1) {
        unsigned bit = left & -left;
        row[r] |= bit;
        col[c] |= bit;
        box[b] |= bit;
        if (search(g, done + 1)) {
            g[cell] = (char)('1' + __builtin_ctz(bit));
            return true;
        }
        row[r] &= ~bit;
        col[c] &= ~bit;
        box[b] &= ~bit;
    }
    return false;
}

bool sudoku_solve(char board[9][9])
{
    char *g = &board[0][0];
    count = 0;
    for (int i = 0; i < 81; i++) {
        if (g[i] == '*') {
            empty[count++] = (unsigned char)i;
            continue;
        }
        unsigned bit = 1u << (g[i] - '1');
        int b = i / 27 * 3 + i % 9 / 3;
        if ((row[i / 9] | col[i % 9] | box[b]) & bit)
            return false;
        row[i / 9] |= bit;
        col[i % 9] |= bit;
        box[b] |= bit;
    }
    return search(g, 0);
}
