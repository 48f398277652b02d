/* The reference of the hostile suite's function problem: one pass. */
#include "sum.h"

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
