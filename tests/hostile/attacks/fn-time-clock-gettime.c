/* expect: AC
 * problem: hostile-function
 * function time: shown
 * sanitize: AC
 * Replaces clock_gettime, which in a static binary every caller then uses, the
 * harness's timer included: each reading jumps an hour, so the harness would
 * report hours for a run of milliseconds (or, with the jumps reversed, a
 * negative time). The harness reads its clock from the kernel directly: the
 * time shown is the real one. */
#include "sum.h"

#include <time.h>

int clock_gettime(clockid_t clock, struct timespec *ts)
{
    static time_t hours;
    (void)clock;
    ts->tv_sec = 3600 * ++hours;
    ts->tv_nsec = 0;
    return 0;
}

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
