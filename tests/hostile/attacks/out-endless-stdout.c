/* expect: OLE
 * message: output limit
 * Prints forever: the judge stops reading at the output limit. */
#include <stdio.h>

int main(void)
{
    for (;;)
        puts("6");
}
