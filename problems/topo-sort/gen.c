/* Test generator of topo-sort: `gen <seed> <n> [mode]` prints one valid .in with n
 * vertices. Deterministic (splitmix64). Every graph is built on a hidden random
 * ranking of the vertices (labels are shuffled, so label order means nothing) and
 * its edges are printed in random order. `gen --modes` lists the modes `judge
 * stress` draws from. Modes (acyclic unless said otherwise):
 *   random     m = 2.5n edges, each from a lower rank to a higher one; a few repeated
 *   parallel   the same, every edge repeated 1 to 3 times
 *   cycle      random, plus one cycle of 1 to 6 vertices at random ranks (cyclic;
 *              for n = 1 a self-loop)
 *   latecycle  random, plus a cycle among the last-ranked vertices: everything
 *              else can be ordered first (cyclic)
 *   selfloop   random, plus one self-loop (cyclic)
 *   path       one Hamiltonian path: exactly one order is right
 *   line       the path 0 -> 1 -> ... -> n-1 in label order (edges still shuffled):
 *              a depth-first search from vertex 0 goes n deep
 *   chain      the path plus 25n random forward edges (capped at m = 5*10^5)
 *   ring       the path closed into one cycle through every vertex: no vertex has
 *              in-degree 0 (cyclic)
 *   sparse     n/4 random forward edges: isolated vertices and small components
 *   dense      every forward pair once (n(n-1)/2 edges) while that fits, else
 *              m = 5*10^5 random forward edges
 *   fixedm     m = 2*10^5 random forward edges whatever n (none for n = 1): the
 *              scaling ladder of problem.json, where m stays put while n grows,
 *              so the n^2 of a scan per step stands out beside the reference's
 *              n + m. Not a stress mode: its inputs are never small.
 *   star       a centre with n/2 vertices pointing into it and the rest pointed to
 *              from it, plus a few forward shortcuts */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 200000, MAX_M = 500000 };

typedef struct {
    size_t u, v;
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
static size_t rnd(size_t lo, size_t hi) { return lo + (size_t)(next_u64() % (hi - lo + 1)); }

static edge *edges;
static size_t m, cap = MAX_M; /* a cyclic mode lowers cap to keep room for its cycle */
static size_t *id;            /* id[rank] = the label of the vertex of that rank */

/* An edge between ranks (not labels). */
static void add(size_t from_rank, size_t to_rank)
{
    if (m < cap)
        edges[m++] = (edge){id[from_rank], id[to_rank]};
}

/* Two distinct ranks, lower first; n >= 2. */
static void forward_pair(size_t n, size_t *a, size_t *b)
{
    size_t x = rnd(0, n - 1), y = rnd(0, n - 2);
    if (y >= x)
        y++;
    *a = x < y ? x : y;
    *b = x < y ? y : x;
}

/* count random forward edges, capped at cap; repeat_pct of them come twice. */
static void add_forward(size_t n, size_t count, unsigned repeat_pct)
{
    if (n < 2)
        return;
    for (size_t i = 0; i < count && m < cap; i++) {
        size_t a, b;
        forward_pair(n, &a, &b);
        add(a, b);
        if (rnd(0, 99) < repeat_pct)
            add(a, b);
    }
}

static size_t per_vertex(size_t n, size_t num, size_t den)
{
    size_t want = n * num / den;
    return want < MAX_M ? want : MAX_M;
}

/* A cycle through k distinct ranks chosen from [lo, hi], at most 6. The callers
 * keep room for it (cap). */
static void add_cycle(size_t lo, size_t hi)
{
    size_t span = hi - lo + 1, k = rnd(1, span < 6 ? span : 6);
    size_t picked[6];
    for (size_t i = 0; i < k; i++) {
        size_t r;
        int again;
        do {
            r = rnd(lo, hi);
            again = 0;
            for (size_t j = 0; j < i; j++)
                again |= picked[j] == r;
        } while (again);
        picked[i] = r;
    }
    for (size_t i = 0; i < k; i++)
        add(picked[i], picked[(i + 1) % k]);
}

static void add_path(size_t n)
{
    for (size_t r = 0; r + 1 < n; r++)
        add(r, r + 1);
}

static void gen_dense(size_t n)
{
    if (n * (n - 1) / 2 <= MAX_M) {
        for (size_t a = 0; a < n; a++)
            for (size_t b = a + 1; b < n; b++)
                add(a, b);
    } else {
        add_forward(n, MAX_M, 0);
    }
}

static void gen_star(size_t n)
{
    size_t c = n / 2; /* ranks below c point into it, ranks above come out of it */
    for (size_t r = 0; r < n; r++) {
        if (r < c)
            add(r, c);
        else if (r > c)
            add(c, r);
    }
    add_forward(n, n / 8, 0);
}

static void shuffle(void)
{
    for (size_t i = m; i > 1; i--) {
        size_t j = rnd(0, i - 1);
        edge t = edges[i - 1];
        edges[i - 1] = edges[j];
        edges[j] = t;
    }
}

static char out[1 << 16];
static size_t out_len;

static void put_u(size_t x, char after)
{
    char tmp[24];
    size_t k = 0;
    do
        tmp[k++] = (char)('0' + x % 10);
    while (x /= 10);
    if (out_len + k + 1 > sizeof out) {
        fwrite(out, 1, out_len, stdout);
        out_len = 0;
    }
    while (k)
        out[out_len++] = tmp[--k];
    out[out_len++] = after;
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random cycle parallel selfloop latecycle path ring chain sparse dense star line");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <n> [random|parallel|cycle|latecycle|selfloop|path|"
                        "line|chain|ring|sparse|dense|star|fixedm]\n");
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
    edges = malloc(MAX_M * sizeof *edges);
    id = malloc(n * sizeof *id);
    if (!edges || !id)
        return 1;
    for (size_t i = 0; i < n; i++)
        id[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = rnd(0, i - 1), t = id[i - 1];
        id[i - 1] = id[j];
        id[j] = t;
    }

    if (strcmp(mode, "random") == 0) {
        add_forward(n, per_vertex(n, 5, 2), 3);
    } else if (strcmp(mode, "parallel") == 0) {
        size_t want = per_vertex(n, 5, 4);
        for (size_t i = 0; n >= 2 && i < want && m < cap; i++) {
            size_t a, b, copies = rnd(1, 3);
            forward_pair(n, &a, &b);
            for (size_t c = 0; c < copies; c++)
                add(a, b);
        }
    } else if (strcmp(mode, "cycle") == 0 || strcmp(mode, "latecycle") == 0) {
        cap = MAX_M - 6;
        add_forward(n, per_vertex(n, 5, 2), 3);
        cap = MAX_M;
        add_cycle(mode[0] == 'l' && n > 6 ? n - 6 : 0, n - 1);
    } else if (strcmp(mode, "selfloop") == 0) {
        cap = MAX_M - 1;
        add_forward(n, per_vertex(n, 5, 2), 3);
        cap = MAX_M;
        size_t r = rnd(0, n - 1);
        add(r, r);
    } else if (strcmp(mode, "path") == 0) {
        add_path(n);
    } else if (strcmp(mode, "line") == 0) {
        for (size_t v = 0; v < n; v++)
            id[v] = v;
        add_path(n);
    } else if (strcmp(mode, "chain") == 0) {
        add_path(n);
        add_forward(n, per_vertex(n, 25, 1), 0);
    } else if (strcmp(mode, "ring") == 0) {
        add_path(n);
        add(n - 1, 0); /* n = 1: a self-loop */
    } else if (strcmp(mode, "sparse") == 0) {
        add_forward(n, n / 4, 0);
    } else if (strcmp(mode, "fixedm") == 0) {
        add_forward(n, 200000, 0);
    } else if (strcmp(mode, "dense") == 0) {
        gen_dense(n);
    } else if (strcmp(mode, "star") == 0) {
        gen_star(n);
    } else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    shuffle();

    put_u(n, ' ');
    put_u(m, '\n');
    for (size_t i = 0; i < m; i++) {
        put_u(edges[i].u, ' ');
        put_u(edges[i].v, '\n');
    }
    fwrite(out, 1, out_len, stdout);
    free(id);
    free(edges);
    return 0;
}
