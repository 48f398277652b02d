/* expect: WA
 * problem: hostile-function
 * message: holds lines the harness did not write
 * sanitize: WA
 * sanitize message: holds lines the harness did not write
 * A destructor, which runs after the harness's main() has returned, writes a
 * second report with a time of 1 ns, which the judge used to take as the last
 * word. After the harness's end line nothing is the harness's. */
#include "sum.h"

#include <stdio.h>

__attribute__((destructor)) static void late(void) { dprintf(4, "time_ns 1\nend\n"); }

long long sum(const int *a, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += a[i];
    return total;
}
