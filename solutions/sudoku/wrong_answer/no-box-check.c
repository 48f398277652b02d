/* Known-bad (WA): backtracking whose validity check looks at the row and the
 * column but forgets the 3x3 box. Every row and column of its answer holds 1..9,
 * so the board looks right at a glance, yet some box repeats a digit: the rows and
 * columns alone leave several ways to fill a board. */
#include "sudoku.h"

#include <string.h>

static bool allowed(char g[9][9], int r, int c, char d)
{
    for (int i = 0; i < 9; i++)
        if (g[r][i] == d || g[i][c] == d)
            return false;
    return true;
}

static bool fill(char g[9][9], int at)
{
    while (at < 81 && g[at / 9][at % 9] != '*')
        at++;
    if (at == 81)
        return true;
    int r = at / 9, c = at % 9;
    for (char d = '1'; d <= '9'; d++) {
        if (allowed(g, r, c, d)) {
            g[r][c] = d;
            if (fill(g, at + 1))
                return true;
            g[r][c] = '*';
        }
    }
    return false;
}

bool sudoku_solve(char board[9][9])
{
    char g[9][9];
    memcpy(g, board, sizeof g);
    if (!fill(g, 0))
        return false;
    memcpy(board, g, sizeof g);
    return true;
}
