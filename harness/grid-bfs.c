/* Harness of the grid-bfs problem: reads `rows cols` and the rows of the grid,
 * calls the learner's grid_bfs() once with a moves buffer of exactly rows * cols + 1
 * bytes (its start marked with a pattern, plus a guard zone past its end), checks the
 * contract (grid untouched, nothing leaked, nothing written past the buffer, -1
 * only with the buffer as it was, otherwise a length whose moves end at a '\0'
 * there), then writes the length and the moves for the checker, which replays
 * them through the grid. */
#include "grid_bfs.h"
#include "harness.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_SIDE = 2000, GUARD = 64, MARKED = 4096 };

/* What the buffer holds at position i before the call. The first MARKED bytes and
 * the guard zone hold a pattern: never a move letter, never '\0', and
 * position-dependent so that a shifted copy is caught too. The rest is calloc's
 * zeros, left untouched so that those pages are not resident: the harness's own
 * memory then stays small beside the stack, which the judge sizes to 7/8 of the
 * memory limit, and a recursion that overflows the stack is a run-time error
 * rather than a memory one. A learner who returns -1 after writing anything but
 * '\0' anywhere, or anything at all at the start, is still caught. */
static unsigned char before_call(size_t i, size_t room)
{
    if (i >= MARKED && i < room)
        return 0;
    return (unsigned char)(0x80 | ((i * 37 + 11) & 0x7f));
}

static size_t read_side(const char *what)
{
    size_t v;
    if (harness_read_size(&v) < 0)
        harness_bad_input("expected %s", what);
    if (v < 1 || v > MAX_SIDE)
        harness_bad_input("%s = %zu is not in 1..%d", what, v, MAX_SIDE);
    return v;
}

/* Reads the rows lines into one rows * cols array (not NUL-terminated, as the
 * contract says, so a learner who treats it as a string is not helped). */
static char *read_grid(size_t rows, size_t cols)
{
    size_t len;
    char *rest = harness_read_line(&len); /* what follows cols on the first line */
    if (!rest || len != 0)
        harness_bad_input("expected the end of the line after cols");
    free(rest);
    char *grid = malloc(rows * cols);
    if (!grid)
        harness_bad_input("out of memory for a %zu x %zu grid", rows, cols);
    size_t starts = 0, goals = 0;
    for (size_t r = 0; r < rows; r++) {
        char *line = harness_read_line(&len);
        if (!line || len != cols)
            harness_bad_input("row %zu: expected %zu characters", r, cols);
        for (size_t c = 0; c < cols; c++) {
            char ch = line[c];
            if (ch != '.' && ch != '#' && ch != 'S' && ch != 'G')
                harness_bad_input("row %zu, column %zu is not one of . # S G", r, c);
            starts += ch == 'S';
            goals += ch == 'G';
        }
        memcpy(grid + r * cols, line, cols);
        free(line);
    }
    if (starts != 1 || goals != 1)
        harness_bad_input("the grid must hold exactly one S and one G");
    return grid;
}

/* A position-dependent hash of the grid, eight cells at a time: cheaper than a
 * second copy, and a learner who marks visited cells in it changes it unless every
 * mark is undone. */
static uint64_t grid_hash(const char *grid, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, grid + i, 8);
        h ^= w + i;
        h *= 0xbf58476d1ce4e5b9u;
        h ^= h >> 29;
    }
    for (; i < n; i++) {
        h ^= (unsigned char)grid[i] + (i << 8);
        h *= 0xbf58476d1ce4e5b9u;
        h ^= h >> 29;
    }
    return h;
}

/* Checks the buffer after the call; returns how many move characters to print. */
static size_t check_moves(const char *moves, size_t room, long long len)
{
    for (size_t i = room; i < room + GUARD; i++)
        if ((unsigned char)moves[i] != before_call(i, room)) {
            harness_fail("grid_bfs wrote past the end of moves (it has rows * cols + 1 = "
                         "%zu bytes)",
                         room);
            return 0;
        }
    if (len == -1) {
        for (size_t i = 0; i < room; i++)
            if ((unsigned char)moves[i] != before_call(i, room)) {
                harness_fail("grid_bfs returned -1 but changed moves[%zu]: when there is no "
                             "path, leave moves exactly as it was",
                             i);
                return 0;
            }
        return 0;
    }
    if (len == 0) {
        harness_fail("grid_bfs returned 0, but S and G are different cells: a path has at "
                     "least one move (or return -1 when there is none)");
        return 0;
    }
    if (len < -1 || (unsigned long long)len >= room) {
        harness_fail("grid_bfs returned %lld: a length is in 1..rows * cols - 1 = %zu, or "
                     "-1 when there is no path",
                     len, room - 2);
        return 0;
    }
    size_t n = (size_t)len;
    for (size_t i = 0; i < n; i++) {
        char ch = moves[i];
        if (ch == '\0') {
            harness_fail("grid_bfs returned %lld but moves holds only %zu characters before "
                         "its '\\0'",
                         len, i);
            return 0;
        }
        if (ch != 'U' && ch != 'D' && ch != 'L' && ch != 'R') {
            if ((unsigned char)ch == before_call(i, room))
                harness_fail("grid_bfs returned %lld but never wrote moves[%zu]", len, i);
            else
                harness_fail("moves[%zu] is byte 0x%02x, not one of U D L R", i, (unsigned char)ch);
            return 0;
        }
    }
    if (moves[n] != '\0') {
        harness_fail("grid_bfs returned %lld but moves[%lld] is not the '\\0' that ends the "
                     "moves",
                     len, len);
        return 0;
    }
    return n;
}

int main(void)
{
    size_t rows = read_side("rows");
    size_t cols = read_side("cols");
    if (rows * cols < 2)
        harness_bad_input("a 1 x 1 grid cannot hold both S and G");
    char *grid = read_grid(rows, cols);
    size_t n = rows * cols, room = n + 1;
    uint64_t before = grid_hash(grid, n);

    char *moves = calloc(room + GUARD, 1);
    if (!moves)
        harness_bad_input("out of memory for the moves");
    for (size_t i = 0; i < room + GUARD; i++)
        if (i < MARKED || i >= room)
            moves[i] = (char)before_call(i, room);

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    long long len = grid_bfs(grid, rows, cols, moves);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;

    size_t shown = 0;
    if (left > 0)
        harness_fail("grid_bfs left %ld block%s (%lld bytes) allocated: free everything you "
                     "allocate before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("grid_bfs freed memory it does not own: grid and moves belong to the "
                     "caller");
    else if (grid_hash(grid, n) != before)
        harness_fail("grid_bfs modified the grid (it belongs to the caller and is read-only)");
    else
        shown = check_moves(moves, room, len);

    FILE *out = harness_answer();
    fprintf(out, "%lld\n", len);
    fwrite(moves, 1, shown, out);
    fputc('\n', out);
    if (left >= 0) { /* else one of them is already freed: a second free would abort */
        free(moves);
        free(grid);
    }
    return harness_finish();
}
