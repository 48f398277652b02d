/* Known-bad: finds the difference by counting up from the smaller number, one
 * step at a time: correct, but 10^15 steps take days. */
#include <stdio.h>

int main(void)
{
    long long a, b;
    while (scanf("%lld %lld", &a, &b) == 2) {
        long long lo = a < b ? a : b, hi = a < b ? b : a, d = 0;
        for (volatile long long x = lo; x < hi; x++)
            d++;
        printf("%lld\n", d);
    }
    return 0;
}
