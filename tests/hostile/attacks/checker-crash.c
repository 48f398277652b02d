/* expect: IE
 * problem: hostile-checker
 * message: checker failed, not your program
 * The problem's checker dies of SIGSEGV on the output "crash": an internal error, never a
 * verdict against the learner. */
#include <stdio.h>

int main(void)
{
    puts("crash");
    return 0;
}
