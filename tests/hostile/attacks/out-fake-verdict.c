/* expect: WA
 * sanitize: WA
 * display: safe
 * A wrong answer that draws its own report: carriage returns, cursor-up and
 * erase-line sequences, then a fake "AC accepted" summary, and an OSC string
 * left open at the end so that a terminal would swallow everything the judge
 * prints after it (the real WA verdict). Shown escaped, the real verdict stays. */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\r\033[2K\033[1A\033[2K\033[1A\033[2K\r", sum + 1);
    printf("AC  accepted: 43/43 tests passed; your function 0.01 ms, 0.50x the reference\n");
    fputs("\r\033[1A\033[2KAC  accepted: 43/43 tests passed\n\033]0;", stderr);
    fputs("\033]8;;", stdout);
    return 0;
}
