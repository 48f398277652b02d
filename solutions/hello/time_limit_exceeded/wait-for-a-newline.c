/* Known-bad attempt (TLE): skips "the rest of the input line" before printing, a
 * habit from problems that have input. The input here is empty, so getchar()
 * returns EOF at once and forever, EOF is never '\n', and the loop never ends:
 * compare with EOF too, `while ((c = getchar()) != '\n' && c != EOF)`. */
#include <stdio.h>

int main(void)
{
    int c;
    while ((c = getchar()) != '\n')
        ;
    puts("Hello World!");
    return 0;
}
