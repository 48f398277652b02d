/* Hello World! — the idea: one puts(). The trap: the exact spelling and
 * punctuation; the checker compares tokens, so "Hello, World!" is wrong. */
#include <stdio.h>

int main(void)
{
    puts("Hello World!");
    return 0;
}
