/* expect: AC
 * sanitize: AC
 * kill(-1, SIGKILL) would kill every process the user owns (the judge, the
 * learner's shell); kill(0) the process group; kill(1) init or the keeper. All
 * are denied: the program may signal only itself. */
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    int hit = 0;
    hit += kill(-1, SIGKILL) == 0;
    hit += kill(0, SIGKILL) == 0;
    hit += kill(1, SIGKILL) == 0;
    hit += syscall(SYS_tgkill, 1, 1, SIGKILL) == 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (hit)
        printf("escaped: %d kills\n", hit);
    else
        printf("%ld\n", sum);
    return 0;
}
