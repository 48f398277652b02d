/* A learner's lcs for the editor test (tests/editor/neovim_quickfix.c): it
 * indexes a 4-int table with the length of a, past its end on the first
 * sample ("abcde"), which --sanitize reports on line 12. Keep it there. */
#include "lcs.h"

#include <string.h>

size_t lcs(const char *a, const char *b, char *out)
{
    int seen[4] = {0};
    (void)b;
    seen[strlen(a)] = 1;
    out[0] = '\0';
    return (size_t)seen[0];
}
