/* expect: CE
 * problem: hostile-function
 * message: your code calls __real_malloc
 * sanitize: CE
 * sanitize message: your code calls __real_malloc
 * Right answer, and blocks from __real_malloc and __real_calloc: the names the
 * linker's --wrap gives the C library's allocator behind the harness's count,
 * so a leak through them was never seen. The linker says which objects still
 * reference the plain names, and the learner's may not. */
#include "sum.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);

long long sum(const int *a, size_t n)
{
    char *hidden = __real_malloc(64);
    char *more = __real_calloc(4, 16);
    hidden[0] = more[0] = 1;
    long long s = 0;
    for (size_t i = 0; i < n; i++)
        s += a[i];
    return s;
}
