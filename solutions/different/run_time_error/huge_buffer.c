/* Known-bad: reads the whole input into a 512 MB buffer "to be safe" without
 * checking malloc. Under the memory limit the allocation fails, and fread into
 * the NULL pointer crashes (SIGSEGV): run-time error. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    size_t cap = (size_t)512 << 20;
    char *text = malloc(cap);
    size_t len = fread(text, 1, cap - 1, stdin);
    text[len] = '\0';
    long long a, b;
    int used;
    for (char *p = text; sscanf(p, "%lld %lld%n", &a, &b, &used) == 2; p += used)
        printf("%lld\n", a > b ? a - b : b - a);
    free(text);
    return 0;
}
