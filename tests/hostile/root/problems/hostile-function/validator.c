/* Validator of the hostile suite's function problem: n in 1..1000 on the first
 * line, then n integers within +-10^6, then nothing but whitespace. Exit 42 when
 * valid, 43 with one line on stderr otherwise. */
#include <stdio.h>
#include <stdlib.h>

static _Noreturn void invalid(const char *msg)
{
    fprintf(stderr, "%s\n", msg);
    exit(43);
}

int main(void)
{
    long n, v;
    if (scanf("%ld", &n) != 1 || n < 1 || n > 1000)
        invalid("the first line must hold n in 1..1000");
    for (long i = 0; i < n; i++)
        if (scanf("%ld", &v) != 1 || v < -1000000 || v > 1000000)
            invalid("expected n integers within +-10^6");
    int c;
    while ((c = getchar()) != EOF)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
            invalid("unexpected text after the numbers");
    return 42;
}
