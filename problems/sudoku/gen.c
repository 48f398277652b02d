/* Test generator of sudoku: `gen <seed> <size> [mode]` prints one valid .in. Each
 * board is carved from a random full grid, one cell at a time, keeping a cell
 * empty only while the board still has exactly one solution; large tests reuse up
 * to BASES carved boards through the symmetries of the grid (relabel the digits,
 * shuffle bands, stacks, the rows of a band, the columns of a stack, transpose),
 * which keep the solution count. Deterministic (splitmix64). `gen --modes` lists
 * the modes `judge stress` draws from. Size is the number of boards (at most
 * 10^4) except in holes. Modes:
 *   random      one solution each, from 1 empty cell to as many as carving allows
 *   minimal     one solution each, carved until no cell can be emptied (about 55
 *               empty cells): these often need guessing
 *   hard        minimal boards with digits relabelled against trying 1..9 in order
 *               (the solution's first empty cells hold 9, 8, 7, ...)
 *   nosolution  no solution: a minimal board plus one given that breaks no rule
 *               by itself but is not the solution's digit
 *   conflict    no solution: the givens repeat a digit in a row, column or box
 *   mixed       all of the above, a full board and one-hole boards, shuffled
 *   holes       HOLE_BOARDS boards with size empty cells each (at most 64; past
 *               what carving reaches, about 56, as many as it reaches), emptied
 *               in reading order from the top left and relabelled as in hard:
 *               the difficulty ladder of `judge scale`, on which trying 1..9 in
 *               the first empty cell grows steeply and the fewest-candidates
 *               search barely at all */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CELLS = 81, ALL = 0x1ff, MAX_BOARDS = 10000, BASES = 48, HOLE_BOARDS = 1000 };

typedef struct {
    unsigned char v[CELLS]; /* 0 empty, else 1..9 */
} grid;

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
    unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int below(int n) { return (int)(next_u64() % (unsigned long long)n); }

static void shuffle(int *a, int n)
{
    for (int i = n - 1; i > 0; i--) {
        int j = below(i + 1), t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* unit u: rows 0-8, columns 9-17, boxes 18-26 */
static int unit_cell[27][9], cell_unit[CELLS][3];

static void init_units(void)
{
    for (int c = 0; c < CELLS; c++) {
        int r = c / 9, k = c % 9, b = r / 3 * 3 + k / 3;
        cell_unit[c][0] = r;
        cell_unit[c][1] = 9 + k;
        cell_unit[c][2] = 18 + b;
        unit_cell[r][k] = c;
        unit_cell[9 + k][r] = c;
        unit_cell[18 + b][r % 3 * 3 + k % 3] = c;
    }
}

/* The solution counter: fewest candidates first, and a digit with one place left in
 * a unit is placed without branching. Stops at limit; copies the first solution
 * to *first when first is not NULL. With random set, digits are tried in a random
 * order (to make random full grids). */
static grid *first;
static bool random_order;

static int search(grid *g, int limit)
{
    unsigned used[27] = {0}, cand[CELLS];
    for (int c = 0; c < CELLS; c++) {
        if (!g->v[c])
            continue;
        unsigned bit = 1u << (g->v[c] - 1);
        for (int k = 0; k < 3; k++) {
            if (used[cell_unit[c][k]] & bit)
                return 0;
            used[cell_unit[c][k]] |= bit;
        }
    }
    int best = -1, best_n = 10;
    for (int c = 0; c < CELLS; c++) {
        if (g->v[c])
            continue;
        cand[c] = ALL & ~(used[cell_unit[c][0]] | used[cell_unit[c][1]] | used[cell_unit[c][2]]);
        int n = __builtin_popcount(cand[c]);
        if (n == 0)
            return 0;
        if (n < best_n) {
            best_n = n;
            best = c;
        }
    }
    if (best < 0) {
        if (first) {
            *first = *g;
            first = NULL;
        }
        return 1;
    }
    unsigned options = cand[best];
    if (best_n > 1) {
        for (int u = 0; u < 27; u++) {
            unsigned once = 0, twice = 0;
            for (int k = 0; k < 9; k++) {
                int c = unit_cell[u][k];
                if (!g->v[c]) {
                    twice |= once & cand[c];
                    once |= cand[c];
                }
            }
            if ((once | used[u]) != ALL)
                return 0;
            unsigned single = once & ~twice;
            if (single) {
                single &= -single;
                for (int k = 0; k < 9; k++)
                    if (!g->v[unit_cell[u][k]] && (cand[unit_cell[u][k]] & single))
                        best = unit_cell[u][k];
                options = single;
                break;
            }
        }
    }
    int digits[9], n = 0, total = 0;
    for (int d = 0; d < 9; d++)
        if (options & (1u << d))
            digits[n++] = d + 1;
    if (random_order)
        shuffle(digits, n);
    for (int i = 0; i < n && total < limit; i++) {
        g->v[best] = (unsigned char)digits[i];
        total += search(g, limit - total);
    }
    g->v[best] = 0;
    return total;
}

static int count_solutions(grid g, int limit, grid *solution)
{
    first = solution;
    return search(&g, limit);
}

static grid random_full(void)
{
    grid g = {{0}}, full;
    random_order = true;
    count_solutions(g, 1, &full);
    random_order = false;
    return full;
}

/* Empties cells of a full grid in random order while the solution stays unique,
 * until target cells are empty or no cell can be emptied. */
static grid carve(const grid *full, int target, bool top_first)
{
    grid g = *full;
    int order[CELLS], holes = 0;
    for (int c = 0; c < CELLS; c++)
        order[c] = c;
    if (!top_first)
        shuffle(order, CELLS);
    for (int i = 0; i < CELLS && holes < target; i++) {
        int c = order[i];
        unsigned char keep = g.v[c];
        g.v[c] = 0;
        if (count_solutions(g, 2, NULL) == 1)
            holes++;
        else
            g.v[c] = keep;
    }
    return g;
}

/* Relabels digits so that the solution's empty cells, in row order, meet 9, 8, 7...
 * first: trying 1..9 in the first empty cell then walks the longest way round. */
static grid against_ascending(const grid *g)
{
    grid sol, out = *g;
    count_solutions(*g, 1, &sol);
    unsigned char label[10] = {0};
    int next = 9;
    for (int c = 0; c < CELLS; c++)
        if (!g->v[c] && !label[sol.v[c]])
            label[sol.v[c]] = (unsigned char)next--;
    for (int d = 1; d <= 9; d++)
        if (!label[d])
            label[d] = (unsigned char)next--;
    for (int c = 0; c < CELLS; c++)
        out.v[c] = g->v[c] ? label[g->v[c]] : 0;
    return out;
}

/* A minimal board plus one wrong given that repeats nothing: no solution. */
static grid no_solution(void)
{
    for (;;) {
        grid full = random_full();
        grid g = carve(&full, CELLS, false);
        int order[CELLS];
        for (int c = 0; c < CELLS; c++)
            order[c] = c;
        shuffle(order, CELLS);
        for (int i = 0; i < CELLS; i++) {
            int c = order[i];
            if (g.v[c])
                continue;
            unsigned seen = 0;
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < 9; j++) {
                    int o = unit_cell[cell_unit[c][k]][j];
                    if (g.v[o])
                        seen |= 1u << (g.v[o] - 1);
                }
            unsigned wrong = ALL & ~seen & ~(1u << (full.v[c] - 1));
            if (!wrong)
                continue;
            int d;
            do
                d = below(9);
            while (!(wrong & (1u << d)));
            g.v[c] = (unsigned char)(d + 1);
            if (count_solutions(g, 1, NULL) != 0) {
                fprintf(stderr, "gen: a wrong given left a solution\n");
                exit(1);
            }
            return g;
        }
    }
}

/* A board whose givens repeat a digit in a row, a column or a box. */
static grid conflict(void)
{
    grid full = random_full();
    grid g = carve(&full, 20 + below(45), false);
    int kind = below(3);
    for (;;) {
        int c = below(CELLS), o = unit_cell[cell_unit[c][kind]][below(9)];
        if (!g.v[c] && g.v[o]) {
            g.v[c] = g.v[o];
            return g;
        }
    }
}

/* A random symmetry of the grid: it keeps every rule and the solution count.
 * rows_too false keeps each row where it is, so a board emptied from the top stays
 * so. */
static grid transform(const grid *g, bool rows_too)
{
    int band[3] = {0, 1, 2}, stack[3] = {0, 1, 2}, rows[9], cols[9], digit[9];
    for (int i = 0; i < 9; i++)
        digit[i] = i + 1;
    if (rows_too)
        shuffle(band, 3);
    shuffle(stack, 3);
    shuffle(digit, 9);
    for (int b = 0; b < 3; b++) {
        int in_r[3] = {0, 1, 2}, in_c[3] = {0, 1, 2};
        if (rows_too)
            shuffle(in_r, 3);
        shuffle(in_c, 3);
        for (int k = 0; k < 3; k++) {
            rows[b * 3 + k] = band[b] * 3 + in_r[k];
            cols[b * 3 + k] = stack[b] * 3 + in_c[k];
        }
    }
    bool flip = rows_too && below(2);
    grid out;
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++) {
            int from = flip ? cols[c] * 9 + rows[r] : rows[r] * 9 + cols[c];
            out.v[r * 9 + c] = g->v[from] ? (unsigned char)digit[g->v[from] - 1] : 0;
        }
    return out;
}

typedef enum { RANDOM, MINIMAL, HARD, NOSOLUTION, CONFLICT, MIXED, HOLES } mode;

static grid make_board(mode m, int holes)
{
    switch (m) {
    case RANDOM: {
        grid full = random_full();
        return carve(&full, 1 + below(64), false);
    }
    case MINIMAL: {
        grid full = random_full();
        return carve(&full, CELLS, false);
    }
    case HARD:
        return make_board(MINIMAL, 0);
    case NOSOLUTION:
        return no_solution();
    case CONFLICT:
        return conflict();
    case HOLES: {
        grid full = random_full();
        return carve(&full, holes, true);
    }
    case MIXED:
        break;
    }
    switch (below(8)) {
    case 0: {
        grid full = random_full();
        return below(2) ? full : carve(&full, 1, false);
    }
    case 1:
    case 2:
        return make_board(RANDOM, 0);
    case 3:
    case 4:
        return make_board(MINIMAL, 0);
    case 5:
    case 6:
        return no_solution();
    default:
        return conflict();
    }
}

static void print_board(const grid *g)
{
    char line[CELLS + 1];
    for (int c = 0; c < CELLS; c++)
        line[c] = g->v[c] ? (char)('0' + g->v[c]) : '*';
    line[CELLS] = '\n';
    fwrite(line, 1, sizeof line, stdout);
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random minimal mixed nosolution conflict hard holes");
        return 0;
    }
    const char *names[] = {"random", "minimal", "hard", "nosolution", "conflict", "mixed", "holes"};
    if (argc < 3 || argc > 4) {
        fprintf(stderr,
                "usage: gen <seed> <size> [random|minimal|hard|nosolution|conflict|mixed|holes]\n");
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long size = atoll(argv[2]);
    const char *name = argc == 4 ? argv[3] : "random";
    int m = 0;
    while (m < 7 && strcmp(name, names[m]) != 0)
        m++;
    if (m == 7) {
        fprintf(stderr, "gen: unknown mode '%s'\n", name);
        return 1;
    }
    if (size < 1) {
        fprintf(stderr, "gen: size must be at least 1\n");
        return 1;
    }
    init_units();
    int boards = m == HOLES ? HOLE_BOARDS : size > MAX_BOARDS ? MAX_BOARDS : (int)size;
    int holes = m == HOLES ? (size > 64 ? 64 : (int)size) : 0;
    int nbases = boards < BASES ? boards : BASES;
    grid *base = malloc((size_t)nbases * sizeof *base);
    if (!base)
        return 1;
    for (int i = 0; i < nbases; i++)
        base[i] = make_board((mode)m, holes);
    printf("%d\n", boards);
    for (int i = 0; i < boards; i++) {
        grid g = transform(&base[i < nbases ? i : below(nbases)], m != HOLES);
        if (m == HARD || m == HOLES)
            g = against_ascending(&g);
        print_board(&g);
    }
    free(base);
    return 0;
}
