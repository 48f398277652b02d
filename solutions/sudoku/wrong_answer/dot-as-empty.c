/* Known-bad (WA): the empty-cell mark of other judges. LeetCode writes an empty
 * cell as '.', some puzzle files as '0'; this statement's mark is '*'. A solver that
 * looks for '.' or '0' finds no empty cell at all, takes the board for solved and
 * returns true with every '*' still in place. */
#include "sudoku.h"

#include <string.h>

static bool is_empty(char ch) { return ch == '.' || ch == '0'; }

static bool allowed(char g[9][9], int r, int c, char d)
{
    for (int i = 0; i < 9; i++) {
        if (g[r][i] == d || g[i][c] == d)
            return false;
        if (g[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == d)
            return false;
    }
    return true;
}

static bool fill(char g[9][9], int at)
{
    while (at < 81 && !is_empty(g[at / 9][at % 9]))
        at++;
    if (at == 81)
        return true;
    int r = at / 9, c = at % 9;
    char was = g[r][c];
    for (char d = '1'; d <= '9'; d++) {
        if (allowed(g, r, c, d)) {
            g[r][c] = d;
            if (fill(g, at + 1))
                return true;
            g[r][c] = was;
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
