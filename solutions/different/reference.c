/* A Different Problem — the idea: read pairs with scanf until it fails and print
 * the difference of the larger and the smaller. O(1) per line. The trap: values
 * up to 10^15 overflow a 32-bit int, so everything is long long. */
#include <stdio.h>

int main(void)
{
    long long a, b;
    while (scanf("%lld %lld", &a, &b) == 2)
        printf("%lld\n", a > b ? a - b : b - a);
    return 0;
}
