/* Hello World! — the obvious oracle is the reference itself: nothing slower
 * exists. */
#include <stdio.h>

int main(void)
{
    puts("Hello World!");
    return 0;
}
