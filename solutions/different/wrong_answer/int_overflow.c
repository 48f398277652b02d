/* Known-bad: 32-bit ints. The first sample already holds 71293781758123, which
 * does not fit: wrong answer. */
#include <stdio.h>

int main(void)
{
    int a, b;
    while (scanf("%d %d", &a, &b) == 2)
        printf("%d\n", a > b ? a - b : b - a);
    return 0;
}
