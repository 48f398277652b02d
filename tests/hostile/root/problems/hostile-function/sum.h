/* The API of the hostile suite's function problem: the sum of an array. */
#ifndef SUM_H
#define SUM_H

#include <stddef.h>

/* a: n ints (1 <= n <= 1000, each within +-10^6), owned by the caller and
 * read-only. Any memory you allocate, you free before returning. */
long long sum(const int *a, size_t n);

#endif
