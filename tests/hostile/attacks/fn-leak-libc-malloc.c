/* expect: WA
 * problem: hostile-function
 * message: left 1 block (
 * sanitize: WA
 * sanitize message: left 1 block (
 * Right answer, and one block from __libc_malloc(), glibc's own name of malloc,
 * never freed: a name the wrappers did not know passed them uncounted. */
#include "sum.h"

void *__libc_malloc(size_t size);

long long sum(const int *a, size_t n)
{
    char *p = __libc_malloc(256);
    if (p)
        p[0] = 1;
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
