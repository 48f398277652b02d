/* Known-bad: asks for a 512 MB buffer "to be safe" and uses it without checking
 * malloc: under the memory limit the allocation fails, and writing through the
 * NULL pointer crashes (SIGSEGV): run-time error. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *scratch = malloc((size_t)512 << 20);
    scratch[0] = 1;
    long long a, b;
    while (scanf("%lld %lld", &a, &b) == 2)
        printf("%lld\n", a > b ? a - b : b - a);
    free(scratch);
    return 0;
}
