/* expect: TLE
 * message: ms of CPU time | wall-clock
 * The right answer, printed and flushed, then an endless loop: a correct output
 * does not save a run that goes over the CPU limit.
 * (On a loaded machine the wall-clock limit may come first: TLE either way.) */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    fflush(stdout);
    for (volatile unsigned long i = 0;; i++)
        ;
}
