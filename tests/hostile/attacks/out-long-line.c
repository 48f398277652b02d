/* expect: WA
 * display: safe
 * One 60 KB token where a number belongs: a wrong answer, shown cut short. */
#include <stdio.h>

int main(void)
{
    for (int i = 0; i < 60000; i++)
        putchar('7');
    putchar('\n');
    return 0;
}
