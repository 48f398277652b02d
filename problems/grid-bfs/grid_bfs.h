/* Shortest path through a maze on a grid: the API a solution implements (see
 * statement.md for the full contract). */
#ifndef GRID_BFS_H
#define GRID_BFS_H

#include <stddef.h>

/* grid holds rows * cols cells, row by row: the cell in row r and column c (both
 * from 0) is grid[r * cols + c], one of '.' (open), '#' (wall), 'S' (the start)
 * and 'G' (the goal). There is exactly one 'S' and one 'G', on different cells;
 * both are open.
 *
 * Finds a shortest path from S to G that moves one cell up, down, left or right at
 * a time, never onto a wall and never off the grid. Returns its length (the number
 * of moves, at least 1) and writes its moves into moves[0..len): 'U' (row - 1),
 * 'D' (row + 1), 'L' (column - 1), 'R' (column + 1), then '\0' at moves[len].
 * When no path exists, returns -1 and leaves moves exactly as it was.
 *
 * Ownership: grid belongs to the caller and must not be modified; it is not a
 * string (no newlines, no '\0' at its end). moves is allocated by the caller with
 * rows * cols + 1 bytes (room for any path and its '\0'), is never NULL, and is
 * only written; bytes after the '\0' are ignored. Anything the function
 * allocates, it frees before returning. */
long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves);

#endif
