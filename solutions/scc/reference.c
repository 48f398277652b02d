/* Reference solution of scc.
 *
 * Idea: Tarjan's algorithm, with an explicit stack. A depth-first search numbers
 * the vertices in the order it reaches them (index) and keeps every vertex whose
 * component is not complete on a second stack, the open stack. low[v] is the
 * smallest index v's subtree reaches by one edge to a vertex still open. When v
 * finishes with low[v] == index[v], nothing below v gets back above it: v is the
 * first vertex of its component, which is v and everything above v on the open
 * stack. Pop them and close the component.
 *
 * Order: a component closes only after every component it reaches has closed, so
 * components close sinks first. That is the reverse of a topological order: the
 * c-th component closed (from 0) is numbered k-1-c.
 *
 * Complexity: a counting sort builds the adjacency lists (CSR), the search follows
 * every edge once and pushes every vertex once: O(n + m) time and memory.
 *
 * Traps: numbering components as they close gives the reverse order; an edge to a
 * visited vertex lowers low[v] only if that vertex is still open (a closed one is
 * in a finished component, which v cannot get back from); in Kosaraju's algorithm,
 * the first search must record finish times, not the order vertices are reached,
 * and the second must search the reversed graph; ordering the components by Kahn's
 * algorithm afterwards must count in the in-degrees only edges between two
 * components (not self-loops or other inner edges), each as many times as it is
 * later subtracted (parallel edges); a recursive search goes n deep on a long
 * path, 5*10^5 calls, more than a usual 8 MB stack holds; testing reachability with
 * a search from every vertex is O(n * (n + m)), far too slow.
 *
 * Memory layout: the frame of each vertex being searched keeps its own arc cursor,
 * and index and low sit side by side, so following an edge touches few cache lines:
 * with n = 5*10^5 the arrays do not fit in the cache, and a scattered access costs
 * far more than the arithmetic. */
#include "scc.h"

#include <stdint.h>
#include <stdlib.h>

/* index == 0: not reached yet; CLOSED: its component is complete. Once closed,
 * low holds the number of the component in closing order. */
#define CLOSED SIZE_MAX

typedef struct {
    size_t index, low;
} vertex;

/* A vertex being searched: its next arc to follow and the end of its arcs. */
typedef struct {
    size_t v, next, end;
} frame;

/* start[v]..start[v+1] indexes the heads of v's arcs in adj: count, prefix-sum,
 * place. */
static void build_csr(size_t n, const scc_edge *edges, size_t m, size_t *start, size_t *adj)
{
    for (size_t v = 0; v <= n; v++)
        start[v] = 0;
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t i = 0; i < m; i++)
        adj[start[edges[i].from]++] = edges[i].to;
    /* placing advanced each start[v] to the old start[v+1]: shift back */
    for (size_t v = n; v > 0; v--)
        start[v] = start[v - 1];
    start[0] = 0;
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    size_t *start = malloc((n + 1) * sizeof *start);
    size_t *adj = malloc((m ? m : 1) * sizeof *adj);
    vertex *info = calloc(n, sizeof *info);
    frame *calls = malloc(n * sizeof *calls);
    size_t *open = malloc(n * sizeof *open);
    if (!start || !adj || !info || !calls || !open)
        abort();
    build_csr(n, edges, m, start, adj);

    size_t reached = 0, closed = 0, depth = 0, nopen = 0;
    for (size_t root = 0; root < n; root++) {
        if (info[root].index != 0)
            continue;
        reached++;
        info[root] = (vertex){reached, reached};
        open[nopen++] = root;
        calls[depth++] = (frame){root, start[root], start[root + 1]};
        while (depth > 0) {
            frame *f = &calls[depth - 1];
            vertex *v = &info[f->v];
            if (f->next < f->end) {
                size_t w = adj[f->next++];
                if (info[w].index == 0) { /* a tree edge: search w */
                    reached++;
                    info[w] = (vertex){reached, reached};
                    open[nopen++] = w;
                    calls[depth++] = (frame){w, start[w], start[w + 1]};
                } else if (info[w].index != CLOSED && info[w].index < v->low) {
                    v->low = info[w].index; /* w is open: v reaches back to it */
                }
                continue;
            }
            /* every arc of f->v followed: it finishes */
            size_t u = f->v;
            depth--;
            if (v->low == v->index) { /* u is its component's first vertex */
                size_t w;
                do {
                    w = open[--nopen];
                    info[w] = (vertex){CLOSED, closed};
                } while (w != u);
                closed++;
            } else if (v->low < info[calls[depth - 1].v].low) {
                /* not a root (a root always closes: nothing open has a smaller
                 * index), so it has a parent, which reaches as far */
                info[calls[depth - 1].v].low = v->low;
            }
        }
    }
    for (size_t v = 0; v < n; v++)
        comp[v] = closed - 1 - info[v].low;
    free(open);
    free(calls);
    free(info);
    free(adj);
    free(start);
    return closed;
}
