/* Brute-force oracle for grid-bfs: Bellman-Ford on the grid. Every open cell's
 * distance starts unknown (S's is 0); sweep the whole grid, forwards and then
 * backwards, setting each cell to one more than its smallest known neighbour,
 * until a round changes nothing. Then walk back from G, each time to a neighbour
 * one step closer to S, writing the moves from the end. O(rows * cols * rounds)
 * time: slow on winding mazes, and too simple to be wrong, since a distance only
 * ever drops to the length of a real walk and the sweeps stop only when no
 * neighbour can improve any cell. */
#include "grid_bfs.h"

#include <stdbool.h>
#include <stdlib.h>

#define UNKNOWN 0x7fffffff

/* Lowers dist[at] to one more than its smallest known neighbour; true if it did. */
static bool relax(const char *grid, size_t rows, size_t cols, int *dist, size_t at)
{
    size_t r = at / cols, c = at % cols;
    if (grid[at] == '#')
        return false;
    int best = dist[at];
    if (r > 0 && dist[at - cols] != UNKNOWN && dist[at - cols] + 1 < best)
        best = dist[at - cols] + 1;
    if (r + 1 < rows && dist[at + cols] != UNKNOWN && dist[at + cols] + 1 < best)
        best = dist[at + cols] + 1;
    if (c > 0 && dist[at - 1] != UNKNOWN && dist[at - 1] + 1 < best)
        best = dist[at - 1] + 1;
    if (c + 1 < cols && dist[at + 1] != UNKNOWN && dist[at + 1] + 1 < best)
        best = dist[at + 1] + 1;
    if (best == dist[at])
        return false;
    dist[at] = best;
    return true;
}

long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves)
{
    size_t n = rows * cols, start = 0, goal = 0;
    int *dist = malloc(n * sizeof *dist);
    if (!dist)
        abort();
    for (size_t i = 0; i < n; i++) {
        dist[i] = UNKNOWN;
        if (grid[i] == 'S')
            start = i;
        if (grid[i] == 'G')
            goal = i;
    }
    dist[start] = 0;
    /* sweep forwards then backwards, so that both directions spread in one round */
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t at = 0; at < n; at++)
            changed |= relax(grid, rows, cols, dist, at);
        for (size_t at = n; at-- > 0;)
            changed |= relax(grid, rows, cols, dist, at);
    }
    long long len = dist[goal] == UNKNOWN ? -1 : dist[goal];
    if (len >= 0) {
        moves[len] = '\0';
        size_t at = goal;
        for (int d = dist[goal]; d > 0; d--) {
            size_t r = at / cols, c = at % cols;
            /* the move into `at` came from a neighbour at distance d - 1 */
            if (r > 0 && dist[at - cols] == d - 1) {
                moves[d - 1] = 'D';
                at -= cols;
            } else if (r + 1 < rows && dist[at + cols] == d - 1) {
                moves[d - 1] = 'U';
                at += cols;
            } else if (c > 0 && dist[at - 1] == d - 1) {
                moves[d - 1] = 'R';
                at -= 1;
            } else {
                moves[d - 1] = 'L';
                at += 1;
            }
        }
    }
    free(dist);
    return len;
}
