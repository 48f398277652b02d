/* Maximum s-t flow in a directed graph with edge capacities: the API a solution
 * implements (see statement.md for the full contract). */
#ifndef MAX_FLOW_H
#define MAX_FLOW_H

#include <stddef.h>

typedef struct {
    size_t from, to;    /* vertices in 0..n-1; from == to (a self-loop) is allowed */
    long long capacity; /* 0 <= capacity <= 10^9 */
} max_flow_edge;

/* Returns the value of a maximum flow from source to sink, and writes the flow it
 * sends along edges[i] into flow[i], for every i in 0..m-1: 0 <= flow[i] <=
 * edges[i].capacity, and at every vertex other than source and sink the flow in
 * equals the flow out; the flow out of source minus the flow into it is the value.
 *
 * Ownership: edges (m entries, NULL when m is 0) belongs to the caller and must not
 * be modified; flow is allocated by the caller with m entries (NULL when m is 0)
 * and is only written. Anything the function allocates, it frees before
 * returning. source != sink. */
long long max_flow(size_t n, const max_flow_edge *edges, size_t m, size_t source, size_t sink,
                   long long *flow);

#endif
