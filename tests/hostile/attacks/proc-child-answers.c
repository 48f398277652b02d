/* expect: WA
 * sanitize: WA
 * Only a child prints the answer, and the parent exits at once. The fork is
 * denied, so nothing is printed: a wrong answer, as for any empty output. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    if (fork() == 0) {
        long sum = 0, x;
        while (scanf("%ld", &x) == 1)
            sum += x;
        printf("%ld\n", sum);
    }
    return 0;
}
