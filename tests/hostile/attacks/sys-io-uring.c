/* expect: RE
 * message: forbidden system call
 * io_uring performs opens and network calls that a seccomp filter never sees
 * one by one: setting it up must be refused. SIGSYS. */
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    char params[120];
    memset(params, 0, sizeof params);
    if (syscall(SYS_io_uring_setup, 8, params) >= 0)
        puts("escaped: io_uring");
    return 0;
}
