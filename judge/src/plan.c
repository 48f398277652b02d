/* The plan of one judging (plan.h), drawn from a problem. */
#include "plan.h"

#include <assert.h>

void plan_init(plan *pl, const problem *p)
{
    *pl = (plan){.prob = p,
                 .tests = p->tests,
                 .ntests = p->ntests,
                 .time_ms = p->time_ms,
                 .memory_mb = p->memory_mb,
                 .output_kb = p->output_kb};
}

void plan_first_tests(plan *pl, size_t n)
{
    assert(n <= pl->ntests);
    pl->ntests = n;
}
