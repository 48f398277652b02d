/* Known-bad (run-time error): first a recursive flood fill from S to find out
 * whether G can be reached at all (and return -1 early if not), then a correct
 * breadth-first search. Right on every answer, but the fill recurses once per cell
 * it enters: on an open 2000 x 2000 grid the recursion is about four million calls
 * deep, some 190 MB of stack at 48 bytes a call, and the stack overflows
 * (SIGSEGV). The search itself needs no recursion: a queue does the same work. */
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

static const char *fill_grid;
static size_t fill_rows, fill_cols;
static char *filled;

/* Marks every open cell reachable from (r, c). */
static void flood(size_t r, size_t c)
{
    if (r >= fill_rows || c >= fill_cols) /* r - 1 from row 0 wraps to SIZE_MAX */
        return;
    size_t at = r * fill_cols + c;
    if (filled[at] || fill_grid[at] == '#')
        return;
    filled[at] = 1;
    flood(r - 1, c);
    flood(r + 1, c);
    flood(r, c - 1);
    flood(r, c + 1);
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
    filled = calloc(n, 1);
    if (!filled)
        abort();
    fill_grid = grid;
    fill_rows = rows;
    fill_cols = cols;
    flood(start / cols, start % cols);
    char reachable = filled[goal];
    free(filled);
    if (!reachable)
        return -1;

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
