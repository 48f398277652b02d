/* expect: WA
 * problem: hostile-function
 * message: left 1 block (
 * sanitize: WA
 * sanitize message: left 1 block (
 * Right answer, and one block from memalign() never freed: a leak through an
 * entry point other than malloc is still a leak, in both builds. */
#include "sum.h"

#include <malloc.h>
#include <stdlib.h>

long long sum(const int *a, size_t n)
{
    void *p = memalign(64, 256);
    if (p)
        *(char *)p = 1;
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
