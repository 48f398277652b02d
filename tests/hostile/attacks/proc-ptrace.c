/* expect: RE
 * sanitize: RE
 * message: forbidden system call
 * ptrace of the parent: not on the allowlist, so the run ends with SIGSYS. */
#include <stdio.h>
#include <sys/ptrace.h>
#include <unistd.h>

int main(void)
{
    if (ptrace(PTRACE_ATTACH, getppid(), NULL, NULL) == 0)
        puts("escaped: attached");
    return 0;
}
