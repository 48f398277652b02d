/* expect: TLE
 * message: ms of CPU time | wall-clock
 * Busy-waits on the clock for a minute: it burns CPU, so the CPU limit ends it
 * long before the wall-clock one.
 * (On a loaded machine the wall-clock limit may come first: TLE either way.) */
#include <time.h>

int main(void)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    do
        clock_gettime(CLOCK_MONOTONIC, &now);
    while (now.tv_sec - start.tv_sec < 60);
    return 0;
}
