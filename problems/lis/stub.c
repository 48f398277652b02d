/* Starting point for lis: it compiles and links, and answers the first element
 * alone, which is only longest when no element is larger than an earlier one.
 * Replace the body. */
#include "lis.h"

size_t lis(const int *a, size_t n, size_t *idx)
{
    (void)a;
    if (n == 0)
        return 0;
    idx[0] = 0;
    return 1;
}
