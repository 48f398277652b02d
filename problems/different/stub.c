/* A Different Problem — write the whole program: read pairs until the input ends
 * and print |a - b| for each. */
#include <stdio.h>

int main(void)
{
    /* your code here */
    return 0;
}
