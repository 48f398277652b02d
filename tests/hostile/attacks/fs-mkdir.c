/* expect: RE
 * sanitize: RE
 * message: forbidden system call
 * mkdir is not on the allowlist at all: the run ends with SIGSYS, and no
 * directory appears. */
#include <stdio.h>
#include <sys/stat.h>

int main(void)
{
    if (mkdir("@CANARY@/hostile-canary-dir", 0777) == 0)
        puts("escaped: mkdir");
    return 0;
}
