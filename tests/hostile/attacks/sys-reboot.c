/* expect: RE
 * message: forbidden system call
 * reboot: SIGSYS (as root without namespaces it would need CAP_SYS_BOOT, which
 * the program never has). */
#include <stdio.h>
#include <sys/reboot.h>
#include <unistd.h>

int main(void)
{
    if (reboot(RB_AUTOBOOT) == 0)
        puts("escaped: reboot");
    return 0;
}
