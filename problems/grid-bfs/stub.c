/* Starting point for grid_bfs: return the length of a shortest path from S to G
 * and write its moves into moves, or return -1 (moves untouched) when there is
 * none. This placeholder claims that G is never reachable. */
#include "grid_bfs.h"

long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves)
{
    (void)grid;
    (void)rows;
    (void)cols;
    (void)moves;
    return -1;
}
