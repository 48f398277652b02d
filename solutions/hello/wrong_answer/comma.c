/* Known-bad: the greeting spelt the usual way, with a comma: wrong answer. */
#include <stdio.h>

int main(void)
{
    puts("Hello, World!");
    return 0;
}
