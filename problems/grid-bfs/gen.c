/* Test generator of grid-bfs: `gen <seed> <size> [mode]` prints one valid .in, a
 * grid of at most size x size cells (a size of 1 gives the 1 x 2 grid "SG", the
 * smallest that holds both S and G). Deterministic (splitmix64, never rand() or
 * the clock). `gen --modes` lists the modes `judge stress` draws from. Modes:
 *   random      rows and cols each in 1..size, walls with a random density up to
 *               45%, S and G anywhere: often unreachable at high densities
 *   open        size x size, no walls, S and G at random cells: every DFS order
 *               wanders far from a shortest path
 *   scatter     size x size, walls with a random density of 10% to 35% (below the
 *               percolation threshold: one big open region), S and G at random
 *   corners     size x size, no walls, S and G in opposite corners: a recursive
 *               flood fill goes about rows * cols calls deep
 *   strip       size rows of min(size, 300) columns split by a wall down the
 *               middle with one gap in the last row, S and G on either side of it
 *               in the top row: a tall grid (rows and cols differ) whose path goes
 *               down and back up, 2 * size moves, so that the cell count and the
 *               path length both grow like size (the `judge scale` ladder: a scan
 *               per BFS level grows like size^2 there)
 *   sealed      size x size, no walls except the four around G, S in a corner:
 *               unreachable, and a search must visit every other cell to find out
 *   serpentine  corridors of width 1, the path zigzags through all of them: about
 *               size^2 / 2 moves, so as many BFS levels (rows or columns, by seed)
 *   maze        a perfect maze (one path between any two cells) carved by a
 *               randomised depth-first walk on the even cells
 *   braid       that maze with a fifth of its inner walls knocked out: loops, so
 *               the first path a DFS finds is rarely the shortest
 *   rings       nested square walls, each with one gap on the side opposite the
 *               last: S in the centre, G in a corner, about size^2 / 4 moves
 *   trap        a wall between S and G that is long on the side towards G and
 *               short on the other: heading towards G is the long way round */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_SIDE = 2000 };

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
    unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is far below anything a test can see. */
static size_t rnd(size_t lo, size_t hi)
{
    return lo + (size_t)(next_u64() % (unsigned long long)(hi - lo + 1));
}

static char *cell;
static size_t rows, cols;

#define AT(r, c) cell[(r)*cols + (c)]

static void fill(char ch) { memset(cell, ch, rows * cols); }

/* Puts S and G on two different random cells (whatever was there). */
static void place_random(void)
{
    size_t s = rnd(0, rows * cols - 1), g = rnd(0, rows * cols - 2);
    if (g >= s)
        g++;
    cell[s] = 'S';
    cell[g] = 'G';
}

static void gen_random(size_t size)
{
    do {
        rows = rnd(1, size);
        cols = rnd(1, size + (size == 1)); /* size 1: 1 x 2 */
    } while (rows * cols < 2);
    size_t density = rnd(0, 45);
    for (size_t i = 0; i < rows * cols; i++)
        cell[i] = rnd(0, 99) < density ? '#' : '.';
    place_random();
}

static void gen_scatter(void)
{
    size_t density = rnd(10, 35);
    for (size_t i = 0; i < rows * cols; i++)
        cell[i] = rnd(0, 99) < density ? '#' : '.';
    place_random();
}

static void gen_corners(void)
{
    fill('.');
    size_t which = rnd(0, 3);
    size_t sr = which & 1 ? rows - 1 : 0, sc = which & 2 ? cols - 1 : 0;
    AT(sr, sc) = 'S';
    AT(rows - 1 - sr, cols - 1 - sc) = 'G';
}

/* The wall in the middle column, open only in the last row; S and G in the top
 * row on either side of it (which side holds S by seed), so that the shortest
 * path is 2 * rows moves, with no term in cols to flatten its growth. A grid too
 * small for the wall (one row, or fewer than three columns) gets opposite corners
 * instead. */
static void gen_strip(void)
{
    if (rows < 2 || cols < 3) {
        gen_corners();
        return;
    }
    fill('.');
    for (size_t r = 0; r + 1 < rows; r++)
        AT(r, cols / 2) = '#';
    size_t left = cols / 2 - 1, right = cols / 2 + 1;
    int swap = (int)rnd(0, 1);
    AT(0, swap ? right : left) = 'S';
    AT(0, swap ? left : right) = 'G';
}

/* S in a random corner, G on a random cell at least three moves away (so that G's
 * walls do not box S into its corner too; two in a grid too small for that) with
 * walls on its (up to four) neighbours: unreachable, and S in a corner of an
 * otherwise open grid makes a depth-first fill snake through nearly every cell
 * before it can return. A grid of two cells cannot separate them: there S and G
 * are neighbours. */
static void gen_sealed(void)
{
    fill('.');
    size_t sr = rnd(0, 1) ? rows - 1 : 0, sc = rnd(0, 1) ? cols - 1 : 0;
    if (rows * cols == 2) {
        cell[0] = 'S';
        cell[1] = 'G';
        return;
    }
    size_t gr, gc, apart = rows + cols - 2 >= 3 ? 3 : 2;
    do {
        gr = rnd(0, rows - 1);
        gc = rnd(0, cols - 1);
    } while ((gr > sr ? gr - sr : sr - gr) + (gc > sc ? gc - sc : sc - gc) < apart);
    if (gr > 0)
        AT(gr - 1, gc) = '#';
    if (gr + 1 < rows)
        AT(gr + 1, gc) = '#';
    if (gc > 0)
        AT(gr, gc - 1) = '#';
    if (gc + 1 < cols)
        AT(gr, gc + 1) = '#';
    AT(gr, gc) = 'G';
    AT(sr, sc) = 'S';
}

/* Corridors on the even rows, wall rows between them with one gap at alternating
 * ends; the seed picks rows or columns. */
static void gen_serpentine(void)
{
    int by_cols = rows * cols > 2 && rnd(0, 1);                  /* 1 x 2 has no column corridors */
    size_t a = by_cols ? cols : rows, b = by_cols ? rows : cols; /* a: across, b: along */
    fill('.');
    size_t last = 0;
    for (size_t i = 0; i < a; i++) {
        if (i % 2 == 0) {
            last = i;
            continue;
        }
        size_t gap = (i / 2) % 2 == 0 ? b - 1 : 0;
        for (size_t j = 0; j < b; j++)
            if (j != gap || i + 1 == a) /* a wall row at the very end needs no gap */
                cell[by_cols ? j * cols + i : i * cols + j] = '#';
    }
    size_t end = (last / 2) % 2 == 0 ? b - 1 : 0;
    cell[0] = 'S';
    cell[by_cols ? end * cols + last : last * cols + end] = 'G';
}

/* A perfect maze on the cells with both coordinates even: a randomised DFS with an
 * explicit stack knocks down the wall cell between a cell and an unvisited
 * neighbour. Then S and G go on two random maze cells. */
static void gen_maze(int braid)
{
    fill('#');
    size_t mr = (rows + 1) / 2, mc = (cols + 1) / 2; /* maze cells per column, row */
    if (mr * mc < 2) {                               /* 1 x 2: no room for a maze */
        fill('.');
        place_random();
        return;
    }
    size_t *stack = malloc(mr * mc * sizeof *stack);
    if (!stack)
        exit(1);
    size_t top = 0, first = rnd(0, mr * mc - 1);
    AT(first / mc * 2, first % mc * 2) = '.';
    stack[top++] = first;
    while (top > 0) {
        size_t at = stack[top - 1], r = at / mc, c = at % mc;
        size_t next[4], k = 0;
        if (r > 0 && AT(2 * r - 2, 2 * c) == '#')
            next[k++] = at - mc;
        if (r + 1 < mr && AT(2 * r + 2, 2 * c) == '#')
            next[k++] = at + mc;
        if (c > 0 && AT(2 * r, 2 * c - 2) == '#')
            next[k++] = at - 1;
        if (c + 1 < mc && AT(2 * r, 2 * c + 2) == '#')
            next[k++] = at + 1;
        if (k == 0) {
            top--;
            continue;
        }
        size_t to = next[rnd(0, k - 1)], tr = to / mc, tc = to % mc;
        AT(r + tr, c + tc) = '.'; /* the wall cell between (2r, 2c) and (2tr, 2tc) */
        AT(2 * tr, 2 * tc) = '.';
        stack[top++] = to;
    }
    free(stack);
    if (braid) /* knock out a fifth of the walls between two maze cells */
        for (size_t r = 0; r < rows; r++)
            for (size_t c = 0; c < cols; c++)
                if ((r + c) % 2 == 1 && AT(r, c) == '#' && rnd(0, 4) == 0)
                    AT(r, c) = '.';
    size_t s = rnd(0, mr * mc - 1), g = rnd(0, mr * mc - 2);
    if (g >= s)
        g++;
    AT(s / mc * 2, s % mc * 2) = 'S';
    AT(g / mc * 2, g % mc * 2) = 'G';
}

/* Ring k (k = 1, 2, ...) is the square boundary at distance 2k - 1 from the
 * border, a wall with one gap at a random column: on the top side for odd k, on
 * the bottom side for even k, so every ring must be walked half round. Rings stop
 * when the next one would enclose nothing; the centre is then inside the last. */
static void gen_rings(void)
{
    fill('.');
    for (size_t k = 1;; k++) {
        size_t d = 2 * k - 1;
        if (rows < 2 * d + 3 || cols < 2 * d + 3)
            break;
        size_t top = d, bottom = rows - 1 - d, left = d, right = cols - 1 - d;
        for (size_t c = left; c <= right; c++)
            AT(top, c) = AT(bottom, c) = '#';
        for (size_t r = top; r <= bottom; r++)
            AT(r, left) = AT(r, right) = '#';
        AT(k % 2 ? top : bottom, rnd(left + 1, right - 1)) = '.';
    }
    AT(rows / 2, cols / 2) = 'S';
    cell[0] = 'G'; /* never the centre: cols >= 2 */
}

/* G just above a horizontal wall, S just below it and one column to G's right.
 * The wall runs from column 1 to two columns right of S: open at column 0 (far
 * from S) and right of the wall (near S). Heading towards G (left) from S is the
 * long way round. */
static void gen_trap(void)
{
    fill('.');
    if (rows < 3 || cols < 4) {
        place_random();
        return;
    }
    size_t w = rnd(1, rows - 2);                                          /* the wall row */
    size_t gc = rnd(cols / 2 < cols - 4 ? cols / 2 : cols - 4, cols - 4); /* S: gc + 1 */
    for (size_t c = 1; c <= gc + 2; c++)
        AT(w, c) = '#';
    AT(w - 1, gc) = 'G';
    AT(w + 1, gc + 1) = 'S';
}

static void print(void)
{
    printf("%zu %zu\n", rows, cols);
    char *line = malloc(cols + 1);
    if (!line)
        exit(1);
    line[cols] = '\n';
    for (size_t r = 0; r < rows; r++) {
        memcpy(line, cell + r * cols, cols);
        fwrite(line, 1, cols + 1, stdout);
    }
    free(line);
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random open scatter corners strip sealed serpentine maze braid rings trap");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr,
                "usage: gen <seed> <size> "
                "[random|open|scatter|corners|strip|sealed|serpentine|maze|braid|rings|trap]\n");
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long size = atoll(argv[2]);
    const char *mode = argc == 4 ? argv[3] : "random";
    if (size < 1 || size > MAX_SIDE) {
        fprintf(stderr, "gen: size must be in 1..%d\n", MAX_SIDE);
        return 1;
    }
    cell = malloc((size_t)size * (size_t)size + 2);
    if (!cell)
        return 1;
    rows = (size_t)size;
    cols = size == 1 ? 2 : (size_t)size;
    if (strcmp(mode, "random") == 0)
        gen_random((size_t)size);
    else if (strcmp(mode, "open") == 0) {
        fill('.');
        place_random();
    } else if (strcmp(mode, "scatter") == 0)
        gen_scatter();
    else if (strcmp(mode, "corners") == 0)
        gen_corners();
    else if (strcmp(mode, "strip") == 0) {
        if (cols > 300)
            cols = 300;
        gen_strip();
    } else if (strcmp(mode, "sealed") == 0)
        gen_sealed();
    else if (strcmp(mode, "serpentine") == 0)
        gen_serpentine();
    else if (strcmp(mode, "maze") == 0)
        gen_maze(0);
    else if (strcmp(mode, "braid") == 0)
        gen_maze(1);
    else if (strcmp(mode, "rings") == 0)
        gen_rings();
    else if (strcmp(mode, "trap") == 0)
        gen_trap();
    else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    print();
    free(cell);
    return 0;
}
