/* expect: AC
 * sanitize: AC
 * Children that outlive their parent: a double fork whose grandchild sleeps on
 * after everyone else exited. The forks are denied. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        if (fork() == 0)
            for (;;)
                sleep(1);
        _exit(0);
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
