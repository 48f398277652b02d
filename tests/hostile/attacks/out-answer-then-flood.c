/* expect: OLE
 * message: output limit
 * The right answer, then a flood of spaces: the tokens checker would accept the
 * text, but the output passed the limit, so it is OLE, not AC. */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    for (;;)
        putchar(' ');
}
