/* expect: AC
 * problem: hostile-memory
 * Touches 60 MB under a 64 MB limit: memory just under the limit is fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    size_t size = 60L << 20;
    char *p = malloc(size);
    if (!p)
        return 1;
    memset(p, 1, size);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum + p[size - 1] - 1);
    return 0;
}
