/* expect: RE
 * sanitize: RE
 * message: forbidden system call
 * Asks the kernel to signal on its behalf: O_ASYNC on its stdin and stdout, and
 * F_SETOWN naming its keeper, the judge's process group and the learner's shell
 * (getsid of its parent), so that every read or write the judge does on the
 * pipes would send SIGKILL. F_SETFL with O_ASYNC fails; F_SETOWN and F_SETSIG
 * are forbidden system calls. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int set = 0;
    for (int fd = 0; fd <= 1; fd++)
        set += fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_ASYNC) == 0;
    if (set)
        printf("escaped: O_ASYNC was set %d times\n", set);
    fflush(stdout);
    pid_t targets[] = {getppid(), -getpgid(getppid()), -getsid(getppid())};
    for (unsigned i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        fcntl(0, F_SETSIG, SIGKILL);
        fcntl(0, F_SETOWN, targets[i]);
        fcntl(1, F_SETOWN, targets[i]);
    }
    puts("escaped: F_SETOWN was allowed");
    return 0;
}
