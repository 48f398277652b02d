/* expect: AC
 * problem: hostile-function
 * function time: dropped
 * sanitize: AC
 * A constructor that calls the harness's timer before main(): a stop without a
 * start, to shift the time the harness measures. The answer is right, so the
 * test passes, but the time is not believed: none is shown, with the reason. */
#include "sum.h"

void harness_timer_stop(void);

__attribute__((constructor)) static void early(void) { harness_timer_stop(); }

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
