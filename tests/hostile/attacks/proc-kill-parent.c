/* expect: AC
 * sanitize: AC
 * Stops, then kills, its parent (the keeper, or the box without namespaces),
 * hoping to leave the run without a watcher. Denied. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int hit = 0;
    hit += kill(getppid(), SIGSTOP) == 0;
    hit += kill(getppid(), SIGKILL) == 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (hit)
        printf("escaped: %d kills\n", hit);
    else
        printf("%ld\n", sum);
    return 0;
}
