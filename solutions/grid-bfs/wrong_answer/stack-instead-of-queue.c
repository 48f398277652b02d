/* Known-bad (wrong answer): the breadth-first search with a stack where the queue
 * should be. Taking the newest cell instead of the oldest makes it a depth-first
 * search: a cell is first reached along whatever winding route the stack happens
 * to follow, and marking it seen there locks that route in. Nothing crashes, the
 * moves are a real path from S to G, just not a shortest one. */
#include "grid_bfs.h"

#include <stdint.h>
#include <stdlib.h>

static size_t undo(size_t at, char move, size_t cols)
{
    return move == 'U' ? at + cols : move == 'D' ? at - cols : move == 'L' ? at + 1 : at - 1;
}

long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves)
{
    size_t n = rows * cols, start = 0, goal = 0;
    for (size_t i = 0; i < n; i++) {
        if (grid[i] == 'S')
            start = i;
        else if (grid[i] == 'G')
            goal = i;
    }
    char *came = calloc(n, 1);
    uint32_t *stack = malloc(n * sizeof *stack);
    if (!came || !stack)
        abort();
    came[start] = 'S';
    size_t top = 0;
    stack[top++] = (uint32_t)start;
    while (top > 0 && !came[goal]) {
        size_t at = stack[--top], r = at / cols, c = at % cols; /* the bug: newest first */
        size_t next[4];
        char move[4];
        int k = 0;
        if (r > 0) {
            next[k] = at - cols;
            move[k++] = 'U';
        }
        if (r + 1 < rows) {
            next[k] = at + cols;
            move[k++] = 'D';
        }
        if (c > 0) {
            next[k] = at - 1;
            move[k++] = 'L';
        }
        if (c + 1 < cols) {
            next[k] = at + 1;
            move[k++] = 'R';
        }
        for (int i = 0; i < k; i++)
            if (!came[next[i]] && grid[next[i]] != '#') {
                came[next[i]] = move[i];
                stack[top++] = (uint32_t)next[i];
            }
    }
    long long len = -1;
    if (came[goal]) {
        size_t steps = 0;
        for (size_t at = goal; at != start; at = undo(at, came[at], cols))
            steps++;
        moves[steps] = '\0';
        for (size_t at = goal, k = steps; at != start; at = undo(at, came[at], cols))
            moves[--k] = came[at];
        len = (long long)steps;
    }
    free(stack);
    free(came);
    return len;
}
