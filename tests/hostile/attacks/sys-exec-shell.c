/* expect: AC
 * sanitize: AC
 * Runs /bin/sh, and anything else on the PATH it can think of: execve is
 * allowed only for the box's own exec of the program, so each fails (EPERM). */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    char *const argv[] = {"sh", "-c", "touch /tmp/hostile-canary-sh", NULL};
    char *const env[] = {NULL};
    execve("/bin/sh", argv, env);
    execv("/usr/bin/env", argv);
    execvp("sh", argv);
    execl("/proc/self/exe", "again", (char *)NULL);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    return 0;
}
