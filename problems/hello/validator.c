/* Validator of hello: the input must be empty (exit 42), anything else is 43. */
#include <stdio.h>

int main(void)
{
    if (getchar() != EOF) {
        fputs("the input must be empty\n", stderr);
        return 43;
    }
    return 42;
}
