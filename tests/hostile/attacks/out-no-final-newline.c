/* expect: AC
 * The answer without a final newline. Policy: the tokens checker compares
 * whitespace-separated tokens, so a missing final newline is accepted. */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld", sum);
    return 0;
}
