/* Harness of the hostile suite's function problem: reads n and n numbers, calls
 * the learner's sum() once, checks that it left no allocation and freed none it
 * does not own, and writes the sum. Small on purpose: the attacks are on the
 * harness's link, report, counting and timer, not on the problem. */
#include "harness.h"
#include "sum.h"

#include <stdlib.h>

int main(void)
{
    size_t n;
    if (harness_read_size(&n) < 0 || n < 1 || n > 1000)
        harness_bad_input("the first line must hold n in 1..1000");
    int *a = harness_read_ints(n);
    if (!a)
        harness_bad_input("expected %zu integers after n", n);
    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    long long total = sum(a, n);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;
    if (left > 0)
        harness_fail("sum left %ld block%s (%lld bytes) unfreed: free your scratch memory "
                     "before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("sum freed memory it does not own: a belongs to the caller");
    fprintf(harness_answer(), "%lld\n", total);
    if (left >= 0) /* else a may be freed already: a second free would abort */
        free(a);
    return harness_finish();
}
