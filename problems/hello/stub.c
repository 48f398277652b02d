/* Hello World! — write the whole program: print the greeting on stdout. */
#include <stdio.h>

int main(void)
{
    /* your code here */
    return 0;
}
