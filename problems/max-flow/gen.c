/* Test generator of max-flow: `gen <seed> <n> [mode]` prints one valid .in with n
 * vertices (at least 2). Deterministic (splitmix64). `gen --modes` lists the modes
 * `judge stress` draws from; every one is valid at every n >= 1 (n = 1 gives 2).
 * Modes:
 *   random     m = 2n random edges, capacities 1..10, random s and t: self-loops,
 *              parallel and antiparallel edges come by themselves at small n
 *   trap       gadgets where the first path found can block the optimum, sharing
 *              s and t: s->a->b->t beside s->b and a->t (the widest path, and
 *              what a DFS often finds first), and a 2x2 matching where taking
 *              L1-R1 first leaves L2 stuck (what a BFS can find first); labels
 *              and edges shuffled: a solution without reverse arcs falls short
 *   hubs       m = 4n: s and t each have a quarter of the edges, to and from
 *              random vertices, the rest random; capacities 1..10^9: a plain DFS
 *              finds long paths with tiny bottlenecks (the scaling ladder)
 *   dense      the same with m = 20n: hopeless for a plain DFS from n = 150
 *   mixed      dense, capacities either 1..10 or 10^9-10..10^9, half and half
 *   layered    layers of about sqrt(n) vertices, random edges from each layer to
 *              the next (m = 2n), s feeds the first, the last feeds t
 *   matching   bipartite matching, m = 4n: unit capacities s -> left -> right -> t
 *   wide       s -> v -> t through every other vertex plus three s -> t edges,
 *              capacities near 10^9: the value passes 2^31, and 2^32 from n = 4
 *   undirected m = 20n: random antiparallel pairs u->v, v->u, each with its own
 *              capacity 0..10, random s and t
 * m is capped at 10^4 everywhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 5000, MAX_M = 10000 };
#define MAX_CAP 1000000000ULL

typedef struct {
    size_t u, v;
    unsigned long long c;
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
static unsigned long long rnd(unsigned long long lo, unsigned long long hi)
{
    return lo + next_u64() % (hi - lo + 1);
}

static edge edges[MAX_M];
static size_t m;

static void add(size_t u, size_t v, unsigned long long c)
{
    if (m < MAX_M)
        edges[m++] = (edge){u, v, c};
}

/* per_vertex * n edges, capped at MAX_M */
static size_t budget(size_t n, size_t per_vertex)
{
    return per_vertex * n < MAX_M ? per_vertex * n : MAX_M;
}

static size_t *shuffled_ids(size_t n)
{
    size_t *p = malloc(n * sizeof *p);
    if (!p)
        exit(1);
    for (size_t i = 0; i < n; i++)
        p[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)rnd(0, i - 1), t = p[i - 1];
        p[i - 1] = p[j];
        p[j] = t;
    }
    return p;
}

static void shuffle_edges(void)
{
    for (size_t i = m; i > 1; i--) {
        size_t j = (size_t)rnd(0, i - 1);
        edge t = edges[i - 1];
        edges[i - 1] = edges[j];
        edges[j] = t;
    }
}

/* A capacity for the hub modes: uniform up to 10^9, or (mixed) either tiny or
 * near the top, half and half. */
static unsigned long long hub_cap(int mixed)
{
    if (!mixed)
        return rnd(1, MAX_CAP);
    return rnd(0, 1) ? rnd(1, 10) : rnd(MAX_CAP - 10, MAX_CAP);
}

static void random_ends(size_t n, size_t *s, size_t *t)
{
    *s = (size_t)rnd(0, n - 1);
    *t = (size_t)rnd(0, n - 2);
    *t += *t >= *s;
}

static void gen_random(size_t n, size_t *s, size_t *t)
{
    size_t want = budget(n, 2);
    for (size_t i = 0; i < want; i++)
        add((size_t)rnd(0, n - 1), (size_t)rnd(0, n - 1), rnd(1, 10));
    random_ends(n, s, t);
}

/* Gadget A, max 3c: s->a 2c, a->b 2c, b->t 2c (bottleneck 2c, the widest path),
 * s->b c, a->t c. Taking s-a-b-t first leaves s->b with b->t full and a->t with
 * s->a full: 2c without pushing back on a->b.
 * Gadget B, max 2c: s->L1, s->L2, L1->R1, L1->R2, L2->R1, R1->t, R2->t, all c.
 * Taking s-L1-R1-t first leaves L2 with no free way out: c. */
static void gen_trap(size_t n, size_t *s, size_t *t)
{
    size_t *id = shuffled_ids(n);
    *s = id[0];
    *t = id[1];
    size_t next = 2, want = budget(n, 3);
    for (int kind = 0;; kind ^= 1) {
        unsigned long long c = rnd(1, 10);
        if (kind == 0 && next + 2 <= n && m + 5 <= want) {
            size_t a = id[next++], b = id[next++];
            add(*s, a, 2 * c);
            add(a, b, 2 * c);
            add(b, *t, 2 * c);
            add(*s, b, c);
            add(a, *t, c);
        } else if (kind == 1 && next + 4 <= n && m + 7 <= want) {
            size_t l1 = id[next++], l2 = id[next++], r1 = id[next++], r2 = id[next++];
            add(*s, l1, c);
            add(*s, l2, c);
            add(l1, r1, c);
            add(l1, r2, c);
            add(l2, r1, c);
            add(r1, *t, c);
            add(r2, *t, c);
        } else {
            break;
        }
    }
    if (m == 0)
        add(*s, *t, rnd(0, 10));
    free(id);
    shuffle_edges();
}

/* per_vertex: m = per_vertex * n (capped); a quarter of them leave s, a quarter
 * enter t, the other half join random vertices. */
static void gen_hubs(size_t n, size_t *s, size_t *t, size_t per_vertex, int mixed)
{
    size_t *id = shuffled_ids(n);
    *s = id[0];
    *t = id[1];
    size_t want = budget(n, per_vertex), k = want / 4;
    for (size_t i = 0; n > 2 && i < k; i++) {
        add(*s, id[rnd(2, n - 1)], hub_cap(mixed));
        add(id[rnd(2, n - 1)], *t, hub_cap(mixed));
    }
    while (m < want)
        add((size_t)rnd(0, n - 1), (size_t)rnd(0, n - 1), hub_cap(mixed));
    free(id);
    shuffle_edges();
}

/* Layers of about sqrt(n) vertices; s feeds the first, the last feeds t. */
static void gen_layered(size_t n, size_t *s, size_t *t)
{
    size_t *id = shuffled_ids(n);
    *s = id[0];
    *t = id[1];
    size_t inner = n - 2, width = 1;
    while ((width + 1) * (width + 1) <= inner)
        width++;
    size_t layers = (inner + width - 1) / width, want = budget(n, 2);
    for (size_t j = 0; j < inner && j < width; j++)
        add(*s, id[2 + j], rnd(1, MAX_CAP));
    for (size_t j = layers ? (layers - 1) * width : 0; j < inner; j++)
        add(id[2 + j], *t, rnd(1, MAX_CAP));
    while (layers > 1 && m < want) {
        size_t l = (size_t)rnd(0, layers - 2);
        size_t lo = l * width, hi = lo + width - 1, nlo = hi + 1, nhi = nlo + width - 1;
        if (nhi >= inner)
            nhi = inner - 1;
        add(id[2 + rnd(lo, hi)], id[2 + rnd(nlo, nhi)], rnd(1, MAX_CAP));
    }
    if (m == 0)
        add(*s, *t, rnd(1, MAX_CAP));
    free(id);
    shuffle_edges();
}

static void gen_matching(size_t n, size_t *s, size_t *t)
{
    size_t *id = shuffled_ids(n);
    *s = id[0];
    *t = id[1];
    size_t left = (n - 2) / 2, right = n - 2 - left;
    for (size_t i = 0; i < left; i++)
        add(*s, id[2 + i], 1);
    for (size_t j = 0; j < right; j++)
        add(id[2 + left + j], *t, 1);
    size_t want = budget(n, 4);
    while (left && right && m < want)
        add(id[2 + rnd(0, left - 1)], id[2 + left + rnd(0, right - 1)], 1);
    free(id);
    shuffle_edges();
}

/* Paths s -> v -> t through every other vertex, capacities near 10^9, plus three
 * direct s -> t edges: the value is about (n + 1) * 10^9. */
static void gen_wide(size_t n, size_t *s, size_t *t)
{
    size_t *id = shuffled_ids(n);
    *s = id[0];
    *t = id[1];
    for (size_t i = 0; i < 3; i++)
        add(*s, *t, rnd(MAX_CAP - 100, MAX_CAP));
    for (size_t i = 2; i < n && m + 2 <= budget(n, 2); i++) {
        add(*s, id[i], rnd(MAX_CAP - 100, MAX_CAP));
        add(id[i], *t, rnd(MAX_CAP - 100, MAX_CAP));
    }
    free(id);
    shuffle_edges();
}

static void gen_undirected(size_t n, size_t *s, size_t *t)
{
    size_t want = budget(n, 20);
    while (m + 2 <= want) {
        size_t u = (size_t)rnd(0, n - 1), v = (size_t)rnd(0, n - 1);
        add(u, v, rnd(0, 10));
        add(v, u, rnd(0, 10));
    }
    random_ends(n, s, t);
    shuffle_edges();
}

static char out[1 << 16];
static size_t out_len;

static void put_u(unsigned long long x, char after)
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
        puts("random trap undirected matching wide layered hubs dense mixed");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <n> "
                        "[random|trap|undirected|matching|wide|layered|hubs|dense|mixed]\n");
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long arg = atoll(argv[2]);
    const char *mode = argc == 4 ? argv[3] : "random";
    if (arg < 1 || arg > MAX_N) {
        fprintf(stderr, "gen: n must be in 1..%d\n", MAX_N);
        return 1;
    }
    size_t n = arg < 2 ? 2 : (size_t)arg, s, t;
    if (strcmp(mode, "random") == 0)
        gen_random(n, &s, &t);
    else if (strcmp(mode, "trap") == 0)
        gen_trap(n, &s, &t);
    else if (strcmp(mode, "hubs") == 0)
        gen_hubs(n, &s, &t, 4, 0);
    else if (strcmp(mode, "dense") == 0)
        gen_hubs(n, &s, &t, 20, 0);
    else if (strcmp(mode, "mixed") == 0)
        gen_hubs(n, &s, &t, 20, 1);
    else if (strcmp(mode, "layered") == 0)
        gen_layered(n, &s, &t);
    else if (strcmp(mode, "matching") == 0)
        gen_matching(n, &s, &t);
    else if (strcmp(mode, "wide") == 0)
        gen_wide(n, &s, &t);
    else if (strcmp(mode, "undirected") == 0)
        gen_undirected(n, &s, &t);
    else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    put_u(n, ' ');
    put_u(m, ' ');
    put_u(s, ' ');
    put_u(t, '\n');
    for (size_t i = 0; i < m; i++) {
        put_u(edges[i].u, ' ');
        put_u(edges[i].v, ' ');
        put_u(edges[i].c, '\n');
    }
    fwrite(out, 1, out_len, stdout);
    return 0;
}
