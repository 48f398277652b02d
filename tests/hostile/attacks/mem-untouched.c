/* expect: AC
 * 96 MB allocated (over the 64 MB limit) but never touched: untouched memory is
 * not resident, and the verdict follows the peak resident size, so this is
 * accepted. A 1 GiB allocation fails (the address-space cap is 1.25 times the
 * limit plus 32 MB): malloc returns NULL, which the program survives. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *reserved = malloc(96L << 20);
    char *huge = malloc(1L << 30);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (!reserved || huge)
        printf("unexpected: reserved %p, huge %p\n", (void *)reserved, (void *)huge);
    else
        printf("%ld\n", sum);
    return 0;
}
