/* Known-bad (wrong answer): a correct breadth-first search that names the moves
 * the way a y-axis points up: 'U' for row + 1 and 'D' for row - 1. The length is
 * right; the moves, replayed, go the wrong way up and down. */
#include "grid_bfs.h"

#include <stdint.h>
#include <stdlib.h>

/* The cell a move into `at` came from. */
static size_t undo(size_t at, char move, size_t cols)
{
    switch (move) {
    case 'D':
        return at + cols;
    case 'U':
        return at - cols;
    case 'L':
        return at + 1;
    default: /* 'R' */
        return at - 1;
    }
}

/* Queues `cell`, reached by `move`, unless it is a wall or was reached before. */
static void reach(const char *grid, char *came, uint32_t *queue, size_t *tail, size_t cell,
                  char move)
{
    if (!came[cell] && grid[cell] != '#') {
        came[cell] = move;
        queue[(*tail)++] = (uint32_t)cell;
    }
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
    char *came = calloc(n, 1);                   /* the move that first reached a cell */
    uint32_t *queue = malloc(n * sizeof *queue); /* rows * cols <= 4*10^6 < 2^32 */
    if (!came || !queue)
        abort();

    came[start] = 'S'; /* seen; never undone, the walk back stops there */
    size_t head = 0, tail = 0;
    queue[tail++] = (uint32_t)start;
    while (head < tail && !came[goal]) {
        size_t at = queue[head++], r = at / cols, c = at % cols;
        if (r > 0)
            reach(grid, came, queue, &tail, at - cols, 'D'); /* the bug: swapped */
        if (r + 1 < rows)
            reach(grid, came, queue, &tail, at + cols, 'U');
        if (c > 0) /* not at - 1 blindly: that is the previous row's last cell */
            reach(grid, came, queue, &tail, at - 1, 'L');
        if (c + 1 < cols)
            reach(grid, came, queue, &tail, at + 1, 'R');
    }

    long long len = -1;
    if (came[goal]) {
        size_t steps = 0;
        for (size_t at = goal; at != start; at = undo(at, came[at], cols))
            steps++;
        moves[steps] = '\0';
        size_t k = steps;
        for (size_t at = goal; at != start; at = undo(at, came[at], cols))
            moves[--k] = came[at];
        len = (long long)steps;
    }
    free(queue);
    free(came);
    return len;
}
