/* Brute-force oracle for sudoku: the rules as written, checked by scanning. Every
 * given must be the only one of its digit in its row, column and box; then the
 * first empty cell takes each digit 1..9 that its row, column and box do not hold,
 * and the rest is solved the same way. No bit masks, no cell ordering: too slow
 * for hard boards, too simple to be wrong. It works on a copy, so a board without
 * a solution is left untouched. */
#include "sudoku.h"

#include <string.h>

/* Whether digit d may stand at (r, c): no other cell of its row, column or box
 * holds it. */
static bool allowed(char g[9][9], int r, int c, char d)
{
    for (int i = 0; i < 9; i++) {
        if (i != c && g[r][i] == d)
            return false;
        if (i != r && g[i][c] == d)
            return false;
        int br = r / 3 * 3 + i / 3, bc = c / 3 * 3 + i % 3;
        if ((br != r || bc != c) && g[br][bc] == d)
            return false;
    }
    return true;
}

static bool fill(char g[9][9], int from)
{
    int at = from;
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
        }
    }
    g[r][c] = '*';
    return false;
}

bool sudoku_solve(char board[9][9])
{
    char g[9][9];
    memcpy(g, board, sizeof g);
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            if (g[r][c] != '*' && !allowed(g, r, c, g[r][c]))
                return false;
    if (!fill(g, 0))
        return false;
    memcpy(board, g, sizeof g);
    return true;
}
