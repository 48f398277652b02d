/* expect: IE
 * problem: hostile-checker
 * message: checker failed, not your program
 * The problem's checker never ends (the judge kills it after its timeout) on the output "hang": an
 * internal error, never a verdict against the learner. */
#include <stdio.h>

int main(void)
{
    puts("hang");
    return 0;
}
