/* Known-bad (WA): constraint propagation without search. It fills naked singles (a
 * cell with one candidate) and hidden singles (a digit with one place in a row,
 * column or box) until neither rule applies, then gives up: true if the board is
 * full, false otherwise. Easy boards fall to these two rules; hard ones get stuck
 * with empty cells left, and it answers "no solution" for a board that has one. */
#include "sudoku.h"

#include <string.h>

enum { ALL = 0x1ff };

static int unit_cell(int u, int i)
{
    if (u < 9)
        return u * 9 + i;
    if (u < 18)
        return i * 9 + (u - 9);
    int b = u - 18;
    return (b / 3 * 3 + i / 3) * 9 + b % 3 * 3 + i % 3;
}

static unsigned candidates(const char *g, int cell)
{
    int r = cell / 9, c = cell % 9, br = r / 3 * 3, bc = c / 3 * 3;
    unsigned used = 0;
    for (int i = 0; i < 9; i++) {
        const char seen[3] = {g[r * 9 + i], g[i * 9 + c], g[(br + i / 3) * 9 + bc + i % 3]};
        for (int k = 0; k < 3; k++)
            if (seen[k] != '*')
                used |= 1u << (seen[k] - '1');
    }
    return ALL & ~used;
}

/* One rule applied once: 1 if it placed a digit, 0 if stuck, -1 on a contradiction. */
static int step(char *g)
{
    for (int cell = 0; cell < 81; cell++) {
        if (g[cell] != '*')
            continue;
        unsigned m = candidates(g, cell);
        if (m == 0)
            return -1;
        if ((m & (m - 1)) == 0) {
            g[cell] = (char)('1' + __builtin_ctz(m));
            return 1;
        }
    }
    for (int u = 0; u < 27; u++) {
        for (int d = 0; d < 9; d++) {
            int places = 0, where = -1;
            bool present = false;
            for (int i = 0; i < 9; i++) {
                int cell = unit_cell(u, i);
                if (g[cell] == '1' + d)
                    present = true;
                else if (g[cell] == '*' && (candidates(g, cell) >> d & 1)) {
                    places++;
                    where = cell;
                }
            }
            if (present)
                continue;
            if (places == 0)
                return -1;
            if (places == 1) {
                g[where] = (char)('1' + d);
                return 1;
            }
        }
    }
    return 0;
}

bool sudoku_solve(char board[9][9])
{
    char g[81];
    memcpy(g, board, sizeof g);
    for (int cell = 0; cell < 81; cell++) {
        if (g[cell] == '*')
            continue;
        char d = g[cell];
        g[cell] = '*';
        bool repeats = !(candidates(g, cell) >> (d - '1') & 1);
        g[cell] = d;
        if (repeats)
            return false;
    }
    int r;
    while ((r = step(g)) == 1)
        ;
    if (r < 0 || memchr(g, '*', sizeof g))
        return false;
    memcpy(board, g, sizeof g);
    return true;
}
