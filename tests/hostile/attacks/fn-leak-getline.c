/* expect: WA
 * problem: hostile-function
 * message: left 1 block (
 * sanitize: WA
 * sanitize message: left 1 block (
 * Right answer, and the line getline() allocated never freed. Sanitized, the
 * block comes from inside libc.so, which no wrapper sees: the sanitizer's own
 * allocator must count it. */
#define _GNU_SOURCE
#include "sum.h"

#include <stdio.h>
#include <stdlib.h>

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    static char text[] = "a line\n";
    char *line = NULL;
    size_t cap = 0;
    FILE *in = fmemopen(text, sizeof text - 1, "r");
    if (!in || getline(&line, &cap, in) < 0)
        abort();
    fclose(in);
    return total;
}
