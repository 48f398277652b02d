/* expect: IE
 * problem: hostile-checker
 * message: checker failed, not your program
 * The problem's checker exits with 7, which is neither 42 nor 43 on the output "exit": an internal
 * error, never a verdict against the learner. */
#include <stdio.h>

int main(void)
{
    puts("exit");
    return 0;
}
