/* Known-bad (wrong answer): finds the components correctly (Tarjan), then orders
 * them with Kahn's algorithm on the graph of components. It counts every edge
 * between two components in the in-degrees, but while releasing a component it
 * skips the neighbour components it has already seen from that component, to save
 * work: parallel edges between the same two components are counted several times
 * and subtracted once, so the later component never reaches in-degree 0 and is
 * never numbered. Edges u -> v repeated, or two edges from one component into
 * another, are enough. */
#include "scc.h"

#include <stdlib.h>

static size_t *start, *adj, *disc, *low, *stack, *id;
static size_t timer, top, count;

static void dfs(size_t v)
{
    disc[v] = low[v] = ++timer;
    stack[top++] = v;
    for (size_t a = start[v]; a < start[v + 1]; a++) {
        size_t w = adj[a];
        if (!disc[w]) {
            dfs(w);
            if (low[w] < low[v])
                low[v] = low[w];
        } else if (id[w] == (size_t)-1 && disc[w] < low[v]) {
            low[v] = disc[w];
        }
    }
    if (low[v] == disc[v]) {
        size_t w;
        do {
            w = stack[--top];
            id[w] = count;
        } while (w != v);
        count++;
    }
}

size_t scc(size_t n, const scc_edge *edges, size_t m, size_t *comp)
{
    start = calloc(n + 1, sizeof *start);
    adj = malloc((m + 1) * sizeof *adj);
    disc = calloc(n, sizeof *disc);
    low = malloc(n * sizeof *low);
    stack = malloc(n * sizeof *stack);
    id = malloc(n * sizeof *id);
    size_t *fill = malloc((n + 1) * sizeof *fill);
    for (size_t i = 0; i < m; i++)
        start[edges[i].from + 1]++;
    for (size_t v = 0; v < n; v++)
        start[v + 1] += start[v];
    for (size_t v = 0; v <= n; v++)
        fill[v] = start[v];
    for (size_t i = 0; i < m; i++)
        adj[fill[edges[i].from]++] = edges[i].to;
    for (size_t v = 0; v < n; v++)
        id[v] = (size_t)-1;
    timer = top = count = 0;
    for (size_t v = 0; v < n; v++)
        if (!disc[v])
            dfs(v);

    /* Kahn over the components, walking each component's members' edges */
    size_t *indegree = calloc(count, sizeof *indegree), *number = calloc(count, sizeof *number);
    size_t *first = calloc(count + 1, sizeof *first), *members = malloc(n * sizeof *members);
    size_t *queue = malloc(count * sizeof *queue), *seen = malloc(count * sizeof *seen);
    for (size_t c = 0; c < count; c++)
        seen[c] = (size_t)-1;
    for (size_t i = 0; i < m; i++)
        if (id[edges[i].from] != id[edges[i].to])
            indegree[id[edges[i].to]]++;
    for (size_t v = 0; v < n; v++)
        first[id[v] + 1]++;
    for (size_t c = 0; c < count; c++)
        first[c + 1] += first[c];
    for (size_t c = 0; c <= count; c++)
        fill[c] = first[c];
    for (size_t v = 0; v < n; v++)
        members[fill[id[v]]++] = v;
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < count; c++)
        if (indegree[c] == 0)
            queue[tail++] = c;
    while (head < tail) {
        size_t c = queue[head];
        number[c] = head++;
        for (size_t i = first[c]; i < first[c + 1]; i++)
            for (size_t a = start[members[i]]; a < start[members[i] + 1]; a++) {
                size_t d = id[adj[a]];
                if (d == c || seen[d] == c)
                    continue;
                seen[d] = c; /* the bug: the in-degree counted every one of these edges */
                if (--indegree[d] == 0)
                    queue[tail++] = d;
            }
    }
    for (size_t v = 0; v < n; v++)
        comp[v] = number[id[v]];
    free(seen);
    free(queue);
    free(members);
    free(first);
    free(number);
    free(indegree);
    free(fill);
    free(id);
    free(stack);
    free(low);
    free(disc);
    free(adj);
    free(start);
    return count;
}
