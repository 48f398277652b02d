/* Known-bad (wrong answer): a depth-first search that always tries first the
 * neighbour closest to G (by |row difference| + |column difference|), as if
 * heading for the goal were the shortest way. Around a wall it commits to the side
 * that looks closer; when that side is the long way round, the path it returns is
 * long, and the cells it marked seen on the way keep it from finding the short one. */
#include "grid_bfs.h"

#include <stdlib.h>

static const char *g;
static size_t R, C, goal;
static char *came;

static size_t gap(size_t a, size_t b) { return a > b ? a - b : b - a; }

static size_t to_goal(size_t at) { return gap(at / C, goal / C) + gap(at % C, goal % C); }

static void dfs(size_t at)
{
    if (at == goal)
        return;
    size_t r = at / C, c = at % C, next[4];
    char move[4];
    int k = 0;
    if (r > 0) {
        next[k] = at - C;
        move[k++] = 'U';
    }
    if (r + 1 < R) {
        next[k] = at + C;
        move[k++] = 'D';
    }
    if (c > 0) {
        next[k] = at - 1;
        move[k++] = 'L';
    }
    if (c + 1 < C) {
        next[k] = at + 1;
        move[k++] = 'R';
    }
    /* the bug: nearest to G first is a heuristic, not a shortest path */
    for (int i = 1; i < k; i++)
        for (int j = i; j > 0 && to_goal(next[j]) < to_goal(next[j - 1]); j--) {
            size_t t = next[j];
            char m = move[j];
            next[j] = next[j - 1];
            move[j] = move[j - 1];
            next[j - 1] = t;
            move[j - 1] = m;
        }
    for (int i = 0; i < k && !came[goal]; i++)
        if (!came[next[i]] && g[next[i]] != '#') {
            came[next[i]] = move[i];
            dfs(next[i]);
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
