/* expect: RE
 * sanitize: RE
 * message: too many threads
 * Raw clone(CLONE_THREAD) threads that all share one stack and spin: neither
 * the address-space limit nor the resident-size watch bounds them, and at about
 * 25 us each one test could make more threads than the machine's pid_max. The
 * run is capped at 64 tasks and stopped when it reaches them. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/syscall.h>

static char stack[16384] __attribute__((aligned(16)));

int main(void)
{
    long made = 0;
    for (int i = 0; i < 100000; i++) {
        long rc;
        register long r10 __asm__("r10") = 0;
        register long r8 __asm__("r8") = 0;
        /* the child spins inside the asm: it never returns onto the shared stack */
        __asm__ volatile("syscall\n\ttest %%rax, %%rax\n\tjnz 1f\n2:\tjmp 2b\n1:"
                         : "=a"(rc)
                         : "0"((long)SYS_clone),
                           "D"((long)(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
                                      CLONE_THREAD | CLONE_SYSVSEM)),
                           "S"(stack + sizeof stack), "d"(0L), "r"(r10), "r"(r8)
                         : "rcx", "r11", "memory");
        made += rc > 0;
    }
    printf("escaped: %ld threads\n", made);
    return 0;
}
