/* Known-bad (time limit exceeded): breadth-first search by levels without a queue.
 * For d = 0, 1, 2, ... it scans the whole grid for the cells at distance d and
 * gives their unreached open neighbours distance d + 1, until G has a distance or
 * a scan finds nothing new. The answers are right, but every level costs a full
 * scan: rows * cols * (length + 1) steps, about 1.6 * 10^10 across an open
 * 2000 x 2000 grid and 8 * 10^12 along a serpentine one. A queue visits each cell
 * once instead. */
#include "grid_bfs.h"

#include <stdbool.h>
#include <stdlib.h>

long long grid_bfs(const char *grid, size_t rows, size_t cols, char *moves)
{
    size_t n = rows * cols, start = 0, goal = 0;
    int *dist = malloc(n * sizeof *dist);
    if (!dist)
        abort();
    for (size_t i = 0; i < n; i++) {
        dist[i] = -1;
        if (grid[i] == 'S')
            start = i;
        if (grid[i] == 'G')
            goal = i;
    }
    dist[start] = 0;
    for (int d = 0; dist[goal] < 0; d++) {
        bool grew = false;
        for (size_t at = 0; at < n; at++) { /* the bug: the whole grid, every level */
            if (dist[at] != d)
                continue;
            size_t r = at / cols, c = at % cols, next[4];
            int k = 0;
            if (r > 0)
                next[k++] = at - cols;
            if (r + 1 < rows)
                next[k++] = at + cols;
            if (c > 0)
                next[k++] = at - 1;
            if (c + 1 < cols)
                next[k++] = at + 1;
            for (int i = 0; i < k; i++)
                if (dist[next[i]] < 0 && grid[next[i]] != '#') {
                    dist[next[i]] = d + 1;
                    grew = true;
                }
        }
        if (!grew)
            break;
    }
    long long len = dist[goal];
    if (len >= 0) {
        moves[len] = '\0';
        size_t at = goal;
        for (int d = dist[goal]; d > 0; d--) {
            size_t r = at / cols, c = at % cols;
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
