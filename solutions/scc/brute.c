/* Brute-force oracle for scc: a breadth-first search forwards and one backwards
 * from every vertex. u and v share a component exactly when each reaches the other,
 * so v's component is the set of vertices found by both of v's searches, named by
 * its smallest vertex. If an edge leads from component A to another component B,
 * everything B reaches A reaches too, and A itself on top, so A reaches strictly
 * more vertices: numbering the components by decreasing reach (ties by name) is a
 * topological order. O(n * (n + m)) time, O(n + m) memory. */
#include "scc.h"

#include <stdlib.h>

typedef struct {
    size_t reach, name;
} component;

static int by_reach_then_name(const void *a, const void *b)
{
    const component *x = a, *y = b;
    if (x->reach != y->reach)
        return x->reach > y->reach ? -1 : 1;
    return (x->name > y->name) - (x->name < y->name);
}

/* CSR adjacency; reversed gives the in-arcs. */
static void build(size_t n, const scc_edge *edges, size_t m, int reversed, size_t *start,
                  size_t *adj)
{
    size_t *fill = calloc(n + 1, sizeof *fill);
    if (!fill)
        abort();
    for (size_t i = 0; i < m; i++)
        fill[(reversed ? edges[i].to : edges[i].from) + 1]++;
    for (size_t v = 0; v < n; v++)
        fill[v + 1] += fill[v];
    for (size_t v = 0; v <= n; v++)
        start[v] = fill[v];
    for (size_t i = 0; i < m; i++)
        adj[fill[reversed ? edges[i].to : edges[i].from]++] =
            reversed ? edges[i].from : edges[i].to;
    free(fill);
}

/* Marks with stamp every vertex reachable from s; returns how many, listed in queue. */
static size_t bfs(size_t s, const size_t *start, const size_t *adj, size_t *mark, size_t stamp,
                  size_t *queue)
{
    size_t head = 0, tail = 0;
    mark[s] = stamp;
    queue[tail++] = s;
    while (head < tail) {
        size_t v = queue[head++];
        for (size_t a = start[v]; a < start[v + 1]; a++)
            if (mark[adj[a]] != stamp) {
                mark[adj[a]] = stamp;
                queue[tail++] = adj[a];
            }
    }
    return tail;
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t *out_start = malloc((n + 1) * sizeof *out_start);
    size_t *in_start = malloc((n + 1) * sizeof *in_start);
    size_t *out_adj = malloc((m + 1) * sizeof *out_adj), *in_adj = malloc((m + 1) * sizeof *in_adj);
    size_t *forward = calloc(n, sizeof *forward), *backward = calloc(n, sizeof *backward);
    size_t *queue = malloc(n * sizeof *queue), *name = malloc(n * sizeof *name);
    size_t *reach = malloc(n * sizeof *reach);
    component *list = malloc(n * sizeof *list);
    if (!out_start || !in_start || !out_adj || !in_adj || !forward || !backward || !queue ||
        !name || !reach || !list)
        abort();
    build(n, edges, m, 0, out_start, out_adj);
    build(n, edges, m, 1, in_start, in_adj);

    for (size_t v = 0; v < n; v++) {
        reach[v] = bfs(v, out_start, out_adj, forward, v + 1, queue);
        size_t found = bfs(v, in_start, in_adj, backward, v + 1, queue);
        name[v] = v;
        for (size_t i = 0; i < found; i++)
            if (forward[queue[i]] == v + 1 && queue[i] < name[v])
                name[v] = queue[i];
    }

    size_t k = 0;
    for (size_t v = 0; v < n; v++)
        if (name[v] == v)
            list[k++] = (component){reach[v], v};
    qsort(list, k, sizeof *list, by_reach_then_name);
    size_t *number = malloc(n * sizeof *number);
    if (!number)
        abort();
    for (size_t c = 0; c < k; c++)
        number[list[c].name] = c;
    for (size_t v = 0; v < n; v++)
        comp[v] = number[name[v]];
    free(number);

    free(list);
    free(reach);
    free(name);
    free(queue);
    free(backward);
    free(forward);
    free(in_adj);
    free(out_adj);
    free(in_start);
    free(out_start);
    return k;
}
