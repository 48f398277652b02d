/* expect: WA
 * problem: hostile-function
 * message: sum left 1 block (
 * message: the answer is wrong too:
 * A test that both leaks and answers wrong is told both: the leak (one block,
 * in the singular) and the checker's words about the answer. */
#include "sum.h"

#include <stdlib.h>

int *kept; /* global: the allocation cannot be optimized away */

long long sum(const int *a, size_t n)
{
    kept = malloc(sizeof *kept);
    (void)a;
    return (long long)n + 12345;
}
