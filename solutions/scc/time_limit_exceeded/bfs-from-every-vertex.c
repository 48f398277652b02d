/* Known-bad (time limit): reachability by breadth-first search. For each vertex v
 * not yet placed, one BFS forwards and one backwards; the vertices found by both
 * form v's component. Then Kahn's algorithm on the condensation numbers the
 * components in a topological order. Correct, but each component costs a search of
 * everything it reaches and everything reaching it: O(k * (n + m)) for k
 * components, about 10^11 steps on a path of 5*10^5 vertices. */
#include "scc.h"

#include <stdint.h>
#include <stdlib.h>

static void csr(size_t n, const scc_edge *edges, size_t m, int reversed, size_t *start, size_t *adj)
{
    size_t *fill = calloc(n + 1, sizeof *fill);
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
    size_t *start = malloc((n + 1) * sizeof *start), *adj = malloc((m + 1) * sizeof *adj);
    size_t *rstart = malloc((n + 1) * sizeof *rstart), *radj = malloc((m + 1) * sizeof *radj);
    size_t *fwd = calloc(n, sizeof *fwd), *bwd = calloc(n, sizeof *bwd);
    size_t *queue = malloc(n * sizeof *queue), *label = malloc(n * sizeof *label);
    csr(n, edges, m, 0, start, adj);
    csr(n, edges, m, 1, rstart, radj);

    size_t k = 0;
    for (size_t v = 0; v < n; v++)
        label[v] = SIZE_MAX;
    for (size_t v = 0; v < n; v++) {
        if (label[v] != SIZE_MAX)
            continue;
        bfs(v, start, adj, fwd, v + 1, queue);
        size_t found = bfs(v, rstart, radj, bwd, v + 1, queue);
        for (size_t i = 0; i < found; i++)
            if (fwd[queue[i]] == v + 1)
                label[queue[i]] = k;
        k++;
    }

    /* Kahn on the condensation: indegree counts edges between different components */
    size_t *indegree = calloc(k, sizeof *indegree), *number = malloc(k * sizeof *number);
    size_t *cstart = calloc(k + 1, sizeof *cstart), *members = malloc(n * sizeof *members);
    for (size_t i = 0; i < m; i++)
        if (label[edges[i].from] != label[edges[i].to])
            indegree[label[edges[i].to]]++;
    for (size_t v = 0; v < n; v++)
        cstart[label[v] + 1]++;
    for (size_t c = 0; c < k; c++)
        cstart[c + 1] += cstart[c];
    for (size_t v = 0; v < n; v++)
        members[cstart[label[v]]++] = v;
    for (size_t c = k; c > 0; c--)
        cstart[c] = cstart[c - 1];
    cstart[0] = 0;
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < k; c++)
        if (indegree[c] == 0)
            queue[tail++] = c;
    while (head < tail) {
        size_t c = queue[head];
        number[c] = head++;
        for (size_t i = cstart[c]; i < cstart[c + 1]; i++)
            for (size_t a = start[members[i]]; a < start[members[i] + 1]; a++) {
                size_t d = label[adj[a]];
                if (d != c && --indegree[d] == 0)
                    queue[tail++] = d;
            }
    }
    for (size_t v = 0; v < n; v++)
        comp[v] = number[label[v]];
    free(members);
    free(cstart);
    free(number);
    free(indegree);
    free(label);
    free(queue);
    free(bwd);
    free(fwd);
    free(radj);
    free(rstart);
    free(adj);
    free(start);
    return k;
}
