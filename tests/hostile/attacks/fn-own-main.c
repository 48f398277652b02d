/* expect: CE
 * problem: hostile-function
 * message: the harness provides main(): remove yours
 * log: fn-own-main.c:23:5: error: the harness provides main(): remove yours
 * never: undefined reference
 * never: multiple definition
 * sanitize: CE
 * sanitize message: the harness provides main(): remove yours (
 * sanitize message: /fn-own-main.c:
 * A LeetCode habit: the function, and a main() that tries it and leaks. Linked
 * from archives, this main kept the harness out (no leak check, any answer);
 * linked whole, the duplicate is a CE that says so in one line, with the place
 * of the learner's main() when the build has debug information (--sanitize);
 * the log is that line as the compiler would write it, pointing at main(), not
 * the linker's lines about the harness. */
#include "sum.h"

#include <stdio.h>
#include <stdlib.h>

long long sum(const int *a, size_t n) { return n > 0 ? a[0] : 0; }

int main(void)
{
    int *a = malloc(3 * sizeof *a);
    if (!a)
        return 1;
    a[0] = 1, a[1] = 2, a[2] = 3;
    printf("%lld\n", sum(a, 3));
    return 0;
}
