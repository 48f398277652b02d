/* expect: AC
 * sanitize: AC
 * Fork, then leave the session and process group in the child so that killing
 * the group misses it. The fork is denied, so no child exists to escape. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        for (;;)
            pause();
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (pid > 0)
        puts("escaped: forked");
    else
        printf("%ld\n", sum);
    return 0;
}
