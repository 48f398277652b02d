/* Known-bad (MLE): breadth-first search over partial boards. It keeps a queue of
 * boards, and each one taken from the queue adds a copy for every digit that fits
 * its first empty cell. Depth-first search needs one board and a stack of 81
 * frames; breadth-first holds a whole level of the search tree at once, and on a
 * hard board a level has millions of boards of 81 bytes: far past the memory
 * limit. */
#include "sudoku.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    char cell[81];
} state;

static bool allowed(const char *g, int at, char d)
{
    int r = at / 9, c = at % 9;
    for (int i = 0; i < 9; i++) {
        if (g[r * 9 + i] == d || g[i * 9 + c] == d)
            return false;
        if (g[(r / 3 * 3 + i / 3) * 9 + c / 3 * 3 + i % 3] == d)
            return false;
    }
    return true;
}

static bool givens_ok(char *g)
{
    for (int at = 0; at < 81; at++) {
        char d = g[at];
        if (d == '*')
            continue;
        g[at] = '*';
        bool ok = allowed(g, at, d);
        g[at] = d;
        if (!ok)
            return false;
    }
    return true;
}

bool sudoku_solve(char board[9][9])
{
    size_t cap = 1024, head = 0, tail = 0;
    state *queue = malloc(cap * sizeof *queue);
    if (!queue)
        return false;
    memcpy(queue[tail++].cell, board, 81);
    if (!givens_ok(queue[0].cell))
        tail = 0;
    bool found = false;
    while (head < tail && !found) {
        state s = queue[head++];
        char *at = memchr(s.cell, '*', 81);
        if (!at) {
            memcpy(board, s.cell, 81);
            found = true;
            break;
        }
        for (char d = '1'; d <= '9'; d++) {
            if (!allowed(s.cell, (int)(at - s.cell), d))
                continue;
            if (tail == cap) {
                state *grown = realloc(queue, 2 * cap * sizeof *queue);
                if (!grown) {
                    free(queue);
                    return false;
                }
                queue = grown;
                cap *= 2;
            }
            *at = d;
            queue[tail++] = s;
        }
    }
    free(queue);
    return found;
}
