/* expect: WA
 * display: safe
 * Every byte value, NULs and terminal escapes included, around the answer: a
 * wrong answer whose text report shows each byte escaped, never raw (an ESC
 * sequence reaching the learner's terminal could rewrite it). */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    for (int round = 0; round < 2; round++)
        for (int c = 0; c < 256; c++)
            putchar(c);
    fputs("\033[2J\033]0;owned\007", stdout);
    printf("%ld\0\n", sum);
    return 0;
}
