/* Starting point for lcs: it compiles and links, and answers the empty subsequence,
 * which is only right when the strings share no letter. Replace the body. */
#include "lcs.h"

size_t lcs(const char *a, const char *b, char *out)
{
    (void)a;
    (void)b;
    out[0] = '\0';
    return 0;
}
