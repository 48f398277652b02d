/* expect: AC
 * problem: hostile-checker
 * The right answer under the fragile custom checker: accepted (the checker
 * itself works when nothing provokes it). */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    return 0;
}
