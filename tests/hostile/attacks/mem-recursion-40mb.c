/* expect: AC
 * problem: hostile-memory
 * Legitimately deep recursion: about 40 MB of stack under a 64 MB limit must
 * work (the stack is not capped at the usual 8 MB). */
#include <stdio.h>

static long depth(long n)
{
    volatile char frame[400];
    frame[0] = 1;
    return n == 0 ? 0 : depth(n - 1) + frame[0];
}

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum + depth(100000) - 100000);
    return 0;
}
