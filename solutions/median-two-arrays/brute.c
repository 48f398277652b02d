/* Brute-force oracle for median-two-arrays: copy both arrays into one, sort it
 * with qsort and read the middle. O((m + n) log(m + n)) per call and too plain to
 * be wrong; the middle values are added as long long, so nothing overflows. */
#include "median_sorted.h"

#include <stdlib.h>

static int compare(const void *x, const void *y)
{
    long long p = *(const long long *)x, q = *(const long long *)y;
    return (p > q) - (p < q);
}

double median_sorted(const int *a, size_t m, const int *b, size_t n)
{
    size_t total = m + n;
    long long *all = malloc(total * sizeof *all);
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
