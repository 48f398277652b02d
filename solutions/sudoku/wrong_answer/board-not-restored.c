/* Known-bad (WA): a good solver (bit masks, fewest candidates first) that searches
 * in the caller's board itself and, on backtracking, undoes its masks but not the
 * cell. A solved board comes out right, since every cell on the winning path is
 * written last; but when there is no solution it returns false with the board
 * full of its guesses, and the contract says the board must be left as it was. */
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
        g[cell] = (char)('1' + __builtin_ctz(bit));
        row[r] |= bit;
        col[c] |= bit;
        box[b] |= bit;
        if (search(g, done + 1))
            return true;
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
    for (int i = 0; i < 9; i++)
        row[i] = col[i] = box[i] = 0;
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
