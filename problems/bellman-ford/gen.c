/* Test generator of bellman-ford: `gen <seed> <n> [mode]` prints one valid .in with
 * n vertices. Deterministic (splitmix64). `gen --modes` lists the modes `judge
 * stress` draws from. Modes:
 *   random       m = 2.5n random edges, weights -10^9..10^9: negative cycles abound
 *   fewneg       the same, one edge in six negative: some graphs have a negative
 *                cycle, some do not
 *   potential    m = 2.5n random edges, weights w' + p(u) - p(v) with w' >= 0:
 *                negative edges on cycles, yet no negative cycle (Johnson's trick)
 *   dag          random edges along a shuffled order, weights -10^9..10^9: no cycle
 *   chain        a path with edges near -10^9 listed last edge first (each round
 *                settles one more vertex, so all n - 1 are needed), plus forward
 *                shortcuts that never help: distances down to -(n-1)*10^9
 *   cycle        a finite part, a negative cycle (or negative self-loop, sometimes
 *                through the source) with a long tail downstream listed last edge
 *                first, and an unreachable part full of negative cycles with edges
 *                into the rest
 *   slow         a negative cycle of weight -1 whose exits cost +10^9, into vertices
 *                the source reaches directly at -10^9: they are -inf, yet their
 *                value stays put for ~10^9 rounds; 3/4 of the vertices on a path
 *                after them, listed from its far end
 *   selfloop     a DAG with parallel edges and self-loops: a few self-loops late
 *                in the order negative (negative cycles), the others zero or positive
 *   unreachable  a third of the vertices reachable (a potential graph); the rest
 *                full of negative cycles, with edges into the reachable side
 *   fall         one negative cycle through every vertex, its edges listed in cycle
 *                order and repeated up to m = 5000: values fall by ~m*10^9 a round
 *   scale        m = 5000 random edges, weights 0..10^9, plus a reachable 2-cycle of
 *                weight -1: every round relaxes something (the ladder of `judge
 *                scale`) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 2000, MAX_M = 5000 };
#define W 1000000000LL

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

/* The edges in their final order, and a second list merged into it at the end. */
static edge edges[MAX_M], late[MAX_M];
static size_t m, nlate;

static void add(size_t u, size_t v, long long w)
{
    if (m + nlate < MAX_M)
        edges[m++] = (edge){u, v, w};
}

/* An edge whose order among the other late ones is kept (a chain listed last
 * edge first stays so); merge_late() spreads them among the shuffled rest. */
static void add_late(size_t u, size_t v, long long w)
{
    if (m + nlate < MAX_M)
        late[nlate++] = (edge){u, v, w};
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

static void shuffle_edges(void)
{
    for (size_t i = m; i > 1; i--) {
        size_t j = pick(i);
        edge t = edges[i - 1];
        edges[i - 1] = edges[j];
        edges[j] = t;
    }
}

/* Shuffles the edges, then merges the late list in, keeping its order: each next
 * edge comes from either list with odds in proportion to what is left of it. */
static void merge_late(void)
{
    static edge out[MAX_M];
    shuffle_edges();
    size_t i = 0, j = 0, k = 0;
    while (i < m || j < nlate) {
        if (j == nlate || (i < m && (size_t)rnd(1, (long long)(m - i + nlate - j)) <= m - i))
            out[k++] = edges[i++];
        else
            out[k++] = late[j++];
    }
    memcpy(edges, out, k * sizeof *out);
    m = k;
    nlate = 0;
}

static size_t cap(size_t want) { return want < MAX_M ? want : MAX_M; }

/* want random edges among the k vertices ids[0..k-1], weights in [lo, hi]. */
static void random_edges(const size_t *ids, size_t k, size_t want, long long lo, long long hi)
{
    for (size_t i = 0; i < want && k > 0; i++)
        add(ids[pick(k)], ids[pick(k)], rnd(lo, hi));
}

/* want edges among ids[0..k-1] with weights w' + p(u) - p(v), w' in 0..W/2 and
 * p in 0..W/2: every cycle weighs the sum of its w', so none is negative. A path
 * ids[0] -> ids[1] -> ... comes first so that ids[0] reaches every one. */
static void potential_edges(const size_t *ids, size_t k, size_t want)
{
    long long *p = malloc((k ? k : 1) * sizeof *p);
    if (!p)
        exit(1);
    for (size_t i = 0; i < k; i++)
        p[i] = rnd(0, W / 2);
    for (size_t i = 0; i + 1 < k && i < want; i++)
        add(ids[i], ids[i + 1], rnd(0, W / 2) + p[i] - p[i + 1]);
    for (size_t i = k > 0 ? k - 1 : 0; i < want && k > 0; i++) {
        size_t a = pick(k), b = pick(k);
        add(ids[a], ids[b], rnd(0, W / 2) + p[a] - p[b]);
    }
    free(p);
}

/* Forward edges along ids[0..k-1] (a DAG), weights in [-W, W]; with chain, the
 * path ids[0] -> ids[1] -> ... first. */
static void dag_edges(const size_t *ids, size_t k, size_t want, int chain)
{
    size_t done = 0;
    for (size_t i = 0; chain && i + 1 < k && done < want; i++, done++)
        add(ids[i], ids[i + 1], rnd(-W, W));
    for (; done < want && k > 1; done++) {
        size_t a = pick(k), b = pick(k);
        if (a == b)
            b = (a + 1) % k;
        if (a > b) {
            size_t t = a;
            a = b;
            b = t;
        }
        add(ids[a], ids[b], rnd(-W, W));
    }
}

/* The weights of a cycle of len edges summing to total (-len*W <= total < 0). */
static void cycle_weights(long long *w, size_t len, long long total)
{
    long long sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += w[i] = rnd(-W, W);
    while (sum != total) {
        size_t i = pick(len);
        long long room = sum > total ? w[i] + W : W - w[i];
        long long need = sum > total ? sum - total : total - sum;
        long long step = rnd(0, need < room ? need : room);
        w[i] += sum > total ? -step : step;
        sum += sum > total ? -step : step;
    }
}

static size_t gen_random(size_t n, long long lo, long long hi, int sixth_negative)
{
    size_t *id = shuffled_ids(n);
    size_t want = cap(n * 5 / 2);
    for (size_t i = 0; i < want; i++) {
        long long w = rnd(lo, hi);
        if (sixth_negative && rnd(0, 5) == 0)
            w = -rnd(0, W / 2);
        add(id[pick(n)], id[pick(n)], w);
    }
    free(id);
    return pick(n);
}

static size_t gen_potential(size_t n)
{
    size_t *id = shuffled_ids(n);
    potential_edges(id, n, cap(n * 5 / 2));
    size_t s = rnd(0, 3) ? id[0] : id[pick(n)];
    free(id);
    shuffle_edges();
    return s;
}

static size_t gen_dag(size_t n)
{
    size_t *id = shuffled_ids(n);
    dag_edges(id, n, n > 1 ? cap(n * 5 / 2) : 0, 1);
    size_t s = rnd(0, 3) ? id[0] : id[pick(n)];
    free(id);
    shuffle_edges();
    return s;
}

static size_t gen_chain(size_t n)
{
    size_t *id = shuffled_ids(n);
    /* a segment of two chain edges weighs < -2W + 2000, less than any shortcut */
    for (size_t i = n - 1; i > 0; i--)
        add_late(id[i - 1], id[i], -W + rnd(0, 999));
    for (size_t k = 0; n >= 3 && k < n; k++) {
        size_t a = pick(n - 2), b = a + 2 + pick(n - a - 2);
        add(id[a], id[b], rnd(-W, W));
    }
    for (size_t k = 0; n >= 2 && k < n / 8; k++) {
        size_t a = pick(n - 1);
        add(id[a], id[a + 1], rnd(-W + 1000, W)); /* a parallel edge that never helps */
    }
    size_t s = id[0];
    free(id);
    merge_late();
    return s;
}

/* Parts, as ranges of the shuffled ids: A (finite, a DAG from the source), C (the
 * negative cycle), T (its tail: -inf), U (unreachable). */
static size_t gen_cycle(size_t n)
{
    size_t *id = shuffled_ids(n);
    size_t len = 1 + pick(n < 6 ? n : 6), rest = n - len;
    size_t a = (size_t)rnd(0, (long long)rest), t = (size_t)rnd(0, (long long)(rest - a));
    size_t u = rest - a - t;
    size_t *A = id, *C = id + a, *T = C + len, *U = T + t;
    int through_source = a == 0 || rnd(0, 3) == 0;
    size_t s = through_source ? C[0] : A[0];

    dag_edges(A, a, a + a / 2, 1);
    if (a > 0) {
        add(A[pick(a)], C[0], rnd(-W, W));
        add(A[pick(a)], C[pick(len)], rnd(-W, W));
    }
    long long w[6];
    cycle_weights(w, len, rnd(0, 2) ? -rnd(1, W) : -1);
    for (size_t i = 0; i < len; i++)
        add(C[i], C[(i + 1) % len], w[i]);
    if (t > 0) {
        for (size_t i = 1; i < t; i++) /* the tail, listed from its far end */
            add_late(T[t - 1 - i], T[t - i], rnd(-W, W));
        add_late(C[pick(len)], T[0], rnd(-W, W));
        dag_edges(T, t, t / 2, 0);
        for (size_t k = 0; a > 0 && k < t / 2 + 1; k++)
            add(A[pick(a)], T[pick(t)], rnd(-W, W)); /* finite ways in change nothing */
    }
    random_edges(U, u, u + u / 2, -W, W);
    for (size_t k = 0; u > 0 && k < u / 2 + 1; k++) {
        size_t *into[3] = {A, C, T};
        size_t sizes[3] = {a, len, t}, which = pick(3);
        if (sizes[which] > 0)
            add(U[pick(u)], into[which][pick(sizes[which])], rnd(-W, W));
    }
    free(id);
    merge_late();
    return s;
}

/* s -> C (a cycle of weight -1); X: s -> x at about -W and C -> x at about +W, so
 * x stays put while C falls by 1 a round; Y: a path hanging off X[0], listed from
 * its far end, settled and still, which only the -inf carried along it can mark. */
static size_t gen_slow(size_t n)
{
    size_t *id = shuffled_ids(n);
    size_t s = id[0];
    if (n == 1) {
        add(s, s, -1);
        add(s, s, W);
    } else {
        size_t len = n - 1 < 3 ? n - 1 : 3;
        size_t *C = id + (n == 2 ? 0 : 1), *X = C + len, rest = n - (size_t)(X - id);
        size_t x = (rest + 3) / 4, y = rest - x, *Y = X + x;
        long long w[3];
        cycle_weights(w, len, -1);
        if (n > 2)
            add(s, C[0], rnd(0, 10));
        for (size_t i = 0; i < len; i++)
            add(C[i], C[(i + 1) % len], w[i]);
        for (size_t i = 0; i < x; i++) {
            add(s, X[i], -W + rnd(0, 99));
            add(C[pick(len)], X[i], W - rnd(0, 99));
        }
        dag_edges(X, x, x / 2, 0);
        for (size_t i = y; i > 0; i--)
            add_late(i == 1 ? X[0] : Y[i - 2], Y[i - 1], rnd(-W, W));
    }
    free(id);
    merge_late();
    return s;
}

static size_t gen_selfloop(size_t n)
{
    size_t *id = shuffled_ids(n);
    dag_edges(id, n, n > 1 ? n * 3 / 2 : 0, 1);
    for (size_t i = 0, base = m; base > 0 && i < n / 2; i++) {
        edge e = edges[pick(base)];
        add(e.u, e.v, rnd(-W, W)); /* a parallel edge: the lighter one counts */
    }
    /* a self-loop is a cycle of its own weight: the first few are negative, on
     * vertices late in the order, so that only some of the graph lies past them */
    size_t negatives = 1 + pick(n / 50 + 1);
    for (size_t i = 0; i < n / 2 + 1; i++) {
        size_t v = i < negatives ? id[n - 1 - pick(n / 4 + 1)] : id[pick(n)];
        add(v, v, i < negatives ? -rnd(1, W) : rnd(0, W));
    }
    size_t s = rnd(0, 3) ? id[0] : id[pick(n)];
    free(id);
    shuffle_edges();
    return s;
}

static size_t gen_unreachable(size_t n)
{
    size_t *id = shuffled_ids(n);
    size_t r = n / 3 ? n / 3 : 1, far = n - r;
    potential_edges(id, r, cap(r * 2));
    random_edges(id + r, far, far * 2, -W, W);
    for (size_t k = 0; far > 0 && k < far / 4 + 1; k++) {
        size_t v = id[r + pick(far)];
        add(v, v, -rnd(1, W));
    }
    for (size_t k = 0; far > 0 && k < far / 2 + 1; k++)
        add(id[r + pick(far)], id[pick(r)], rnd(-W, W));
    size_t s = id[0];
    free(id);
    shuffle_edges();
    return s;
}

static size_t gen_fall(size_t n)
{
    size_t *id = shuffled_ids(n);
    long long *w = malloc(n * sizeof *w);
    if (!w)
        exit(1);
    for (size_t i = 0; i < n; i++)
        w[i] = -W + rnd(0, 99);
    for (size_t k = 0; k < MAX_M; k++) /* in cycle order from the source, again and again */
        add(id[k % n], id[(k + 1) % n], w[k % n]);
    size_t s = id[0];
    free(w);
    free(id);
    return s;
}

static size_t gen_scale(size_t n)
{
    size_t *id = shuffled_ids(n);
    size_t s = id[0];
    if (n == 1) {
        add(s, s, -1);
    } else {
        size_t a = id[1 + pick(n - 1)], b = id[pick(n)];
        if (b == a)
            b = s;
        add(s, a, W);
        add(a, b, -W);
        add(b, a, W - 1);
    }
    random_edges(id, n, MAX_M, 0, W);
    free(id);
    shuffle_edges();
    return s;
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

static void print(size_t n, size_t s)
{
    put_ll((long long)n, ' ');
    put_ll((long long)m, ' ');
    put_ll((long long)s, '\n');
    for (size_t i = 0; i < m; i++) {
        put_ll((long long)edges[i].u, ' ');
        put_ll((long long)edges[i].v, ' ');
        put_ll(edges[i].w, '\n');
    }
    fwrite(out, 1, out_len, stdout);
}

static const char *const modes = "random fewneg potential dag chain cycle slow selfloop "
                                 "unreachable fall scale";

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts(modes);
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <n> [mode]; modes: %s\n", modes);
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long long arg = atoll(argv[2]);
    const char *mode = argc == 4 ? argv[3] : "random";
    if (arg < 1 || arg > MAX_N) {
        fprintf(stderr, "gen: n must be in 1..%d\n", MAX_N);
        return 1;
    }
    size_t n = (size_t)arg, s;
    if (strcmp(mode, "random") == 0)
        s = gen_random(n, -W, W, 0);
    else if (strcmp(mode, "fewneg") == 0)
        s = gen_random(n, 0, W, 1);
    else if (strcmp(mode, "potential") == 0)
        s = gen_potential(n);
    else if (strcmp(mode, "dag") == 0)
        s = gen_dag(n);
    else if (strcmp(mode, "chain") == 0)
        s = gen_chain(n);
    else if (strcmp(mode, "cycle") == 0)
        s = gen_cycle(n);
    else if (strcmp(mode, "slow") == 0)
        s = gen_slow(n);
    else if (strcmp(mode, "selfloop") == 0)
        s = gen_selfloop(n);
    else if (strcmp(mode, "unreachable") == 0)
        s = gen_unreachable(n);
    else if (strcmp(mode, "fall") == 0)
        s = gen_fall(n);
    else if (strcmp(mode, "scale") == 0)
        s = gen_scale(n);
    else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    print(n, s);
    return 0;
}
