/* expect: AC
 * sanitize: AC
 * A fork bomb: every child forks again, forever. Forking is denied (EPERM), so
 * the program sees that and prints the answer; had one fork worked, it prints
 * a wrong one. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int forked = 0;
    for (int i = 0; i < 1000; i++) {
        pid_t pid = fork();
        if (pid == 0)
            for (;;)
                fork();
        if (pid > 0)
            forked++;
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (forked)
        printf("escaped: %d forks\n", forked);
    else
        printf("%ld\n", sum);
    return 0;
}
