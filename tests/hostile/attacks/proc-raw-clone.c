/* expect: AC
 * Process creation behind glibc's back: raw clone with fork-like flags, with
 * CLONE_PARENT (a sibling of the program, outside the keeper's reach), with new
 * namespaces, vfork and clone3. Each must fail; a thread (CLONE_THREAD) is the
 * only clone allowed. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    static const unsigned long flags[] = {
        SIGCHLD,
        CLONE_PARENT | SIGCHLD,
        CLONE_NEWUSER | CLONE_NEWPID | SIGCHLD,
        CLONE_VM | CLONE_VFORK | SIGCHLD,
    };
    int made = 0;
    for (unsigned i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        long pid = syscall(SYS_clone, flags[i], 0, 0, 0, 0);
        if (pid == 0)
            for (;;)
                pause();
        if (pid > 0)
            made++;
    }
    unsigned long args[11] = {SIGCHLD};
    long pid = syscall(SYS_clone3, args, sizeof args);
    if (pid == 0)
        for (;;)
            pause();
    made += pid > 0;
    pid = syscall(SYS_vfork);
    if (pid == 0)
        _exit(0);
    made += pid > 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (made)
        printf("escaped: %d processes\n", made);
    else
        printf("%ld\n", sum);
    return 0;
}
