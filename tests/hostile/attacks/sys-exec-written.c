/* expect: RE
 * sanitize: RE
 * message: forbidden system call
 * Writes an executable and runs it: no file can be created (EACCES), and the
 * in-memory route (memfd_create, then execveat) is not on the allowlist, so the
 * run ends with SIGSYS at memfd_create. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
    int fd = open("hostile-canary-exec", O_WRONLY | O_CREAT, 0755);
    if (fd >= 0) {
        puts("escaped: created");
        return 0;
    }
    fd = memfd_create("x", 0);
    if (fd >= 0)
        puts("escaped: memfd");
    return 0;
}
