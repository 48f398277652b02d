/* Known-bad (time limit): copy both arrays into one buffer, sort it and read the
 * middle. Correct, but O((m + n) log(m + n)) per call, and it ignores that the
 * inputs are already sorted: far over the limit on 2*10^5 calls over long slices. */
#include "median_sorted.h"

#include <stdlib.h>

static int compare(const void *x, const void *y)
{
    int p = *(const int *)x, q = *(const int *)y;
    return (p > q) - (p < q);
}

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    size_t total = m + n;
    int *all = malloc(total * sizeof *all);
    if (!all)
        abort();
    for (size_t i = 0; i < m; i++)
        all[i] = a[i];
    for (size_t i = 0; i < n; i++)
        all[m + i] = b[i];
    qsort(all, total, sizeof *all, compare);
    long long low = all[(total - 1) / 2], high = all[total / 2];
    free(all);
    return (double)(low + high) / 2;
}
