/* expect: RE
 * problem: hostile-memory
 * message: stack overflow
 * sanitize: RE
 * sanitize message: stack overflow (recursion too deep or endless) at
 * sanitize message: /mem-deep-recursion.c:
 * sanitize message: in down
 * Endless recursion. The stack limit is 7/8 of the memory limit, so the stack
 * overflows (SIGSEGV) before the peak resident size passes the limit: a run-time
 * error whose message names the stack, not a memory limit exceeded. Sanitized,
 * the stack is half the wider memory limit, so ASan's report of it comes first
 * and names the deepest frame in the learner's file. */
#include <stdio.h>

static long down(long n)
{
    volatile char frame[256];
    frame[0] = (char)n;
    return down(n + 1) + frame[0];
}

int main(void)
{
    printf("%ld\n", down(0));
    return 0;
}
