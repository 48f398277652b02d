/* Reference solution of grid-bfs.
 *
 * Idea: breadth-first search from S. A FIFO queue hands out the cells in order of
 * their distance from S, so the first time a cell is reached is along a shortest
 * path. For every cell keep the move that first reached it ('U', 'D', 'L', 'R';
 * 0 while unreached): that marks it as seen and is all the path needs. Mark a cell
 * when it is pushed, so each cell enters the queue once and the queue needs
 * rows * cols slots (marking on pop is right and linear too, but then a cell can
 * be queued once per neighbour: up to four times the queue). Stop once G is
 * reached, then walk back from G, undoing the recorded moves, once to count them
 * and once to write them from the end of the path towards its start.
 *
 * Complexity: each cell is pushed and popped at most once and looks at four
 * neighbours: O(rows * cols) time, and a byte plus a 4-byte queue entry per cell,
 * O(rows * cols) memory.
 *
 * Traps: a depth-first search reaches cells along long detours, and marking them
 * seen locks those detours in (wrong lengths); a recursive flood fill on an open
 * 2000 x 2000 grid is about four million calls deep and overflows the stack;
 * re-scanning the whole grid for each distance d costs rows * cols * (length + 1),
 * 1.6 * 10^10 across an open grid and 8 * 10^12 along a serpentine; the walk back
 * from G yields the moves last first, so they must be stored from the end (or
 * reversed); with a flat index, the last cell of a row and the first of the next
 * are not neighbours: check the column before stepping left or right. */
#include "grid_bfs.h"

#include <stdint.h>
#include <stdlib.h>

/* The cell a move into `at` came from. */
static size_t undo(size_t at, char move, size_t cols)
{
    switch (move) {
    case 'U':
        return at + cols;
    case 'D':
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
            reach(grid, came, queue, &tail, at - cols, 'U');
        if (r + 1 < rows)
            reach(grid, came, queue, &tail, at + cols, 'D');
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
