/* The reference of the hostile suite's problem: the sum of the numbers on stdin. */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    return 0;
}
