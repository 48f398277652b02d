/* Known-bad (wrong answer): depth-first search. The first time the recursion
 * reaches a cell, its depth is taken as the cell's distance and the cell is marked
 * seen, so a long detour found first blocks the short way: on an open grid the
 * search snakes through row after row before it finds a G two cells away. (On a
 * tree-shaped maze, where the path is unique, it is right.) */
#include "grid_bfs.h"

#include <stdlib.h>

static const char *g;
static size_t R, C, goal;
static char *came; /* the move that first reached a cell; 0: not yet */

static void dfs(size_t at)
{
    size_t r = at / C, c = at % C;
    if (at == goal)
        return;
    if (r > 0 && !came[at - C] && g[at - C] != '#') {
        came[at - C] = 'U';
        dfs(at - C);
    }
    if (r + 1 < R && !came[at + C] && g[at + C] != '#') {
        came[at + C] = 'D';
        dfs(at + C);
    }
    if (c > 0 && !came[at - 1] && g[at - 1] != '#') {
        came[at - 1] = 'L';
        dfs(at - 1);
    }
    if (c + 1 < C && !came[at + 1] && g[at + 1] != '#') {
        came[at + 1] = 'R';
        dfs(at + 1);
    }
}

static size_t undo(size_t at, char move)
{
    return move == 'U' ? at + C : move == 'D' ? at - C : move == 'L' ? at + 1 : at - 1;
}

long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves)
{
    size_t n = rows * cols, start = 0;
    g = grid;
    R = rows;
    C = cols;
    for (size_t i = 0; i < n; i++) {
        if (grid[i] == 'S')
            start = i;
        if (grid[i] == 'G')
            goal = i;
    }
    came = calloc(n, 1);
    if (!came)
        abort();
    came[start] = 'S';
    dfs(start);
    long long len = -1;
    if (came[goal]) {
        size_t steps = 0;
        for (size_t at = goal; at != start; at = undo(at, came[at]))
            steps++;
        moves[steps] = '\0';
        for (size_t at = goal, k = steps; at != start; at = undo(at, came[at]))
            moves[--k] = came[at];
        len = (long long)steps;
    }
    free(came);
    return len;
}
