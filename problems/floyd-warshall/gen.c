/* Test generator of floyd-warshall: `gen <seed> <n> [mode]` prints one valid .in
 * with n vertices. Deterministic (splitmix64). `gen --modes` lists the modes
 * `judge stress` draws from. Labels and edge order are shuffled unless a mode
 * says otherwise. "Potential" weights are w = x + p(u) - p(v) with x >= 0 and
 * p a random potential per vertex: many edges are negative, yet every cycle
 * weighs sum(x) >= 0, so no negative cycle exists. Modes:
 *   random    m = n^2 random edges (self-loops, parallel edges), potential weights
 *   sparse    m = 2n random edges, potential weights: many unreachable pairs
 *   smallw    m = 1.5n random edges, weights -2..6: small negative cycles, ties
 *   negcycle  m = 6n edges along a hidden order (no cycle), potential weights,
 *             plus 1-3 planted negative cycles of weight -1..-3 (length 1 is a
 *             negative self-loop): -inf, finite and inf pairs side by side
 *   mixed     m = n^2 / 2 random edges, weights -10^9..10^9: negative cycles
 *             everywhere
 *   dag       m = n^2 / 2 edges along a hidden order, weights -10^9..10^9: no
 *             cycle, distances far below -2^31
 *   negline   a path of n-1 edges of weight -10^9 plus forward edges that never
 *             beat it: distances down to -(n-1) * 10^9
 *   posline   a path of n-1 edges of weight 10^9 plus backward edges: distances
 *             up to (n-1) * 10^9
 *   chain     a path of cheap edges listed from its far end back to its start,
 *             plus n^2 / 2 dearer edges that never beat it, potential
 *             weights: Bellman-Ford from a vertex advances one step a round
 *   thinchain the same with n^2 / 16 other edges (the scaling ladder's: the
 *             naive attempt's n^4 shows at sizes it can still run)
 *   blowup    two cliques of negative edges (values double every k) joined
 *             by a bridge vertex, vertices with an edge into or out of them,
 *             and a part with no negative cycle beside it
 * Queries: every pair, row by row, when n^2 <= 20000; else the mode's own picks,
 * every diagonal pair, the other three corners, then random pairs up to 20000. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 500, MAX_M = 250000, MAX_Q = 20000 };
#define MAX_W 1000000000LL
#define HALF_W 500000000LL

typedef struct {
    size_t u, v;
    long long w;
} edge;

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
    unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is far below anything a test can see. */
static long long rnd(long long lo, long long hi)
{
    return lo + (long long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

static size_t pick(size_t n) { return (size_t)rnd(0, (long long)n - 1); }

static edge edges[MAX_M];
static size_t m;
static size_t queries[2 * MAX_Q];
static size_t q;

static void add(size_t u, size_t v, long long w)
{
    if (m < MAX_M)
        edges[m++] = (edge){u, v, w};
}

static void query(size_t u, size_t v)
{
    if (q < MAX_Q) {
        queries[2 * q] = u;
        queries[2 * q + 1] = v;
        q++;
    }
}

static size_t *shuffled_ids(size_t n)
{
    size_t *p = malloc(n * sizeof *p);
    if (!p)
        exit(1);
    for (size_t i = 0; i < n; i++)
        p[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = pick(i), t = p[i - 1];
        p[i - 1] = p[j];
        p[j] = t;
    }
    return p;
}

static void shuffle_edges(size_t from)
{
    for (size_t i = m; i > from + 1; i--) {
        size_t j = from + pick(i - from);
        edge t = edges[i - 1];
        edges[i - 1] = edges[j];
        edges[j] = t;
    }
}

static long long potential[MAX_N];

static void draw_potentials(size_t n)
{
    for (size_t v = 0; v < n; v++)
        potential[v] = rnd(0, HALF_W);
}

/* x in 0..HALF_W keeps |w| <= 10^9 */
static void add_potential(size_t u, size_t v, long long x)
{
    add(u, v, x + potential[u] - potential[v]);
}

static size_t capped(size_t want) { return want < MAX_M ? want : MAX_M; }

static void gen_random_potential(size_t n, size_t count)
{
    for (size_t i = 0; i < count; i++)
        add_potential(pick(n), pick(n), rnd(0, HALF_W));
}

static void gen_smallw(size_t n)
{
    size_t count = capped(n * 3 / 2 ? n * 3 / 2 : 1);
    for (size_t i = 0; i < count; i++)
        add(pick(n), pick(n), rnd(-2, 6));
}

/* A cycle on distinct vertices whose x sum to -total: x_i >= 0 except the last. */
static void plant_cycle(size_t n, size_t len, long long total)
{
    size_t *id = shuffled_ids(n);
    long long sum = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        long long x = rnd(0, HALF_W / (long long)len);
        sum += x;
        add_potential(id[i], id[i + 1], x);
    }
    add_potential(id[len - 1], id[0], -sum - total);
    free(id);
}

/* count edges along a hidden order of the vertices, potential weights */
static void gen_potential_dag(size_t n, size_t count)
{
    size_t *id = shuffled_ids(n);
    for (size_t i = 0; n > 1 && i < count; i++) {
        size_t a = pick(n - 1), b = a + 1 + pick(n - 1 - a);
        add_potential(id[a], id[b], rnd(0, HALF_W));
    }
    free(id);
}

static void gen_negcycle(size_t n)
{
    gen_potential_dag(n, capped(6 * n));
    size_t cycles = (size_t)rnd(1, 3);
    for (size_t c = 0; c < cycles; c++) {
        size_t longest = n < 6 ? n : 6;
        plant_cycle(n, (size_t)rnd(1, (long long)longest), rnd(1, 3));
    }
}

static void gen_mixed(size_t n)
{
    size_t count = capped(n * n / 2 ? n * n / 2 : 1);
    for (size_t i = 0; i < count; i++)
        add(pick(n), pick(n), rnd(-MAX_W, MAX_W));
}

static void gen_dag(size_t n)
{
    size_t *id = shuffled_ids(n);
    size_t count = capped(n * n / 2);
    for (size_t i = 0; n > 1 && i < count; i++) {
        size_t a = pick(n), b = pick(n);
        if (a == b)
            continue;
        if (a > b) {
            size_t t = a;
            a = b;
            b = t;
        }
        add(id[a], id[b], rnd(-MAX_W, MAX_W));
    }
    free(id);
}

/* id[0] -> id[1] -> ... at -10^9 an edge; a forward edge over d >= 2 steps
 * weighs at least -10^9 > -d * 10^9, so the path stays the shortest. */
static void gen_negline(size_t n)
{
    size_t *id = shuffled_ids(n);
    for (size_t i = 0; i + 1 < n; i++)
        add(id[i], id[i + 1], -MAX_W);
    for (size_t i = 0; n > 2 && i < n; i++) {
        size_t a = pick(n - 2), b = a + 2 + pick(n - a - 2);
        add(id[a], id[b], rnd(-MAX_W, MAX_W));
    }
    query(id[0], id[n - 1]);
    query(id[n - 1], id[0]);
    free(id);
}

/* id[0] -> id[1] -> ... at 10^9 an edge, and only backward edges beside it
 * (any weight >= 0 keeps every cycle positive). */
static void gen_posline(size_t n)
{
    size_t *id = shuffled_ids(n);
    for (size_t i = 0; i + 1 < n; i++)
        add(id[i], id[i + 1], MAX_W);
    for (size_t i = 0; n > 1 && i < n; i++) {
        size_t b = 1 + pick(n - 1), a = pick(b);
        add(id[b], id[a], rnd(0, MAX_W));
    }
    query(id[0], id[n - 1]);
    query(id[n - 1], id[0]);
    free(id);
}

/* The path's edges have x in 0..10, so a stretch of it costs at most 10n in x;
 * forward skips cost x >= 10n, backward edges anything. The path is listed
 * from its last edge to its first, and the other edges are shuffled in among
 * them without changing that order. */
static void gen_chain(size_t n, size_t extra)
{
    size_t *id = shuffled_ids(n);
    for (size_t i = n - 1; i > 0; i--)
        add_potential(id[i - 1], id[i], rnd(0, 10));
    size_t path = m;
    extra = capped(m + extra) - m;
    for (size_t e = 0; n > 2 && e < extra; e++) {
        size_t a = pick(n), b = pick(n);
        if (a + 1 == b || a == b) {
            add_potential(id[b], id[a], rnd(0, HALF_W));
            continue;
        }
        if (a < b)
            add_potential(id[a], id[b], rnd(10 * (long long)n, HALF_W));
        else
            add_potential(id[a], id[b], rnd(0, HALF_W));
    }
    /* interleave: draw the next edge from the path or the rest, in proportion */
    edge *merged = malloc((m ? m : 1) * sizeof *merged);
    if (!merged)
        exit(1);
    size_t pi = 0, ri = path, out = 0;
    shuffle_edges(path);
    while (pi < path || ri < m) {
        size_t left_p = path - pi, left_r = m - ri;
        if (left_r == 0 || (left_p > 0 && pick(left_p + left_r) < left_p))
            merged[out++] = edges[pi++];
        else
            merged[out++] = edges[ri++];
    }
    memcpy(edges, merged, m * sizeof *edges);
    free(merged);
    query(id[0], id[n - 1]);
    query(id[n - 1], id[0]);
    free(id);
}

/* Two cliques of c vertices each (every ordered pair, weights -10^9..-5*10^8),
 * a bridge vertex with one edge from the first and one into the second, "in"
 * vertices with one edge into the first clique (sometimes a second one straight
 * to an out vertex), "out" vertices with one edge from the second clique (one
 * in four from the first), and the rest a potential graph among themselves
 * with edges into the in vertices only. Labels are not shuffled: the cliques
 * come first, then the bridge. The values inside a clique about double with
 * each of its k steps and pass -2^62 after about 30 of them (c = 83 at
 * n = 500); when the k loop reaches the bridge, a path through it is the sum
 * of two such values. Under 6 vertices: one clique of all. */
static void clique(size_t first, size_t c)
{
    for (size_t u = first; u < first + c; u++)
        for (size_t v = first; v < first + c; v++)
            add(u, v, rnd(-MAX_W, -HALF_W));
}

static void gen_blowup(size_t n)
{
    size_t c = n / 6;
    if (c == 0) {
        clique(0, n);
        return;
    }
    size_t left = n - 2 * c - 1;
    size_t ins = left / 4, outs = left / 4;
    size_t bridge0 = 2 * c, in0 = bridge0 + 1, out0 = in0 + ins, rest0 = out0 + outs;
    clique(0, c);
    clique(c, c);
    add(pick(c), bridge0, rnd(-MAX_W, MAX_W));
    add(bridge0, c + pick(c), rnd(-MAX_W, MAX_W));
    for (size_t i = 0; i < ins; i++) {
        add(in0 + i, pick(c), rnd(-MAX_W, MAX_W));
        if (outs && pick(4) == 0)
            add(in0 + i, out0 + pick(outs), rnd(-MAX_W, MAX_W));
    }
    for (size_t o = 0; o < outs; o++)
        add((pick(4) ? c : 0) + pick(c), out0 + o, rnd(-MAX_W, MAX_W));
    size_t rest = n - rest0;
    for (size_t e = 0; rest && e < 3 * rest; e++) {
        size_t u = rest0 + pick(rest), v = rest0 + pick(rest);
        add_potential(u, v, rnd(0, HALF_W));
        if (ins && pick(4) == 0)
            add(rest0 + pick(rest), in0 + pick(ins), rnd(-MAX_W, MAX_W));
    }
    shuffle_edges(0);
    for (size_t i = 0; ins && outs && i < 256; i++)
        query(in0 + pick(ins), out0 + pick(outs));
    for (size_t i = 0; i < 256; i++)
        query(pick(c), c + pick(c));
    for (size_t i = 0; rest && i < 64; i++)
        query(rest0 + pick(rest), rest0 + pick(rest));
}

static void add_queries(size_t n)
{
    if (n * n <= MAX_Q) {
        q = 0; /* every pair already, in order */
        for (size_t u = 0; u < n; u++)
            for (size_t v = 0; v < n; v++)
                query(u, v);
        return;
    }
    for (size_t v = 0; v < n; v++)
        query(v, v);
    query(0, n - 1);
    query(n - 1, 0);
    query(n - 1, n - 1);
    while (q < MAX_Q)
        query(pick(n), pick(n));
}

static char out[1 << 16];
static size_t out_len;

static void put_ll(long long x, char after)
{
    char tmp[24];
    size_t k = 0;
    unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
    do
        tmp[k++] = (char)('0' + u % 10);
    while (u /= 10);
    if (x < 0)
        tmp[k++] = '-';
    if (out_len + k + 1 > sizeof out) {
        fwrite(out, 1, out_len, stdout);
        out_len = 0;
    }
    while (k)
        out[out_len++] = tmp[--k];
    out[out_len++] = after;
}

static void print(size_t n)
{
    put_ll((long long)n, ' ');
    put_ll((long long)m, ' ');
    put_ll((long long)q, '\n');
    for (size_t i = 0; i < m; i++) {
        put_ll((long long)edges[i].u, ' ');
        put_ll((long long)edges[i].v, ' ');
        put_ll(edges[i].w, '\n');
    }
    for (size_t i = 0; i < q; i++) {
        put_ll((long long)queries[2 * i], ' ');
        put_ll((long long)queries[2 * i + 1], '\n');
    }
    fwrite(out, 1, out_len, stdout);
}

int main(int argc, char **argv)
{
    static const char modes[] =
        "sparse smallw negcycle random mixed dag negline posline chain thinchain blowup";
    /* `gen --modes`: the shapes `judge stress` draws from */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts(modes);
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <n> [%s]\n", modes);
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long arg = atoll(argv[2]);
    const char *mode = argc == 4 ? argv[3] : "random";
    if (arg < 1 || arg > MAX_N) {
        fprintf(stderr, "gen: n must be in 1..%d\n", MAX_N);
        return 1;
    }
    size_t n = (size_t)arg;
    draw_potentials(n);
    if (strcmp(mode, "random") == 0)
        gen_random_potential(n, capped(n * n));
    else if (strcmp(mode, "sparse") == 0)
        gen_random_potential(n, capped(2 * n));
    else if (strcmp(mode, "smallw") == 0)
        gen_smallw(n);
    else if (strcmp(mode, "negcycle") == 0)
        gen_negcycle(n);
    else if (strcmp(mode, "mixed") == 0)
        gen_mixed(n);
    else if (strcmp(mode, "dag") == 0)
        gen_dag(n);
    else if (strcmp(mode, "negline") == 0)
        gen_negline(n);
    else if (strcmp(mode, "posline") == 0)
        gen_posline(n);
    else if (strcmp(mode, "chain") == 0)
        gen_chain(n, n * n / 2);
    else if (strcmp(mode, "thinchain") == 0)
        gen_chain(n, n * n / 16);
    else if (strcmp(mode, "blowup") == 0)
        gen_blowup(n);
    else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    if (strcmp(mode, "chain") != 0 && strcmp(mode, "thinchain") != 0 && strcmp(mode, "blowup") != 0)
        shuffle_edges(0);
    add_queries(n);
    print(n);
    return 0;
}
