/* expect: RE
 * message: forbidden system call
 * The kernel keyring (add_key, keyctl): the user's secrets live there. SIGSYS. */
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    long key = syscall(SYS_add_key, "user", "hostile", "x", 1, -3 /* KEY_SPEC_SESSION_KEYRING */);
    long n = syscall(SYS_keyctl, 11 /* KEYCTL_READ */, -3, 0, 0);
    if (key >= 0 || n >= 0)
        puts("escaped: keyring");
    return 0;
}
