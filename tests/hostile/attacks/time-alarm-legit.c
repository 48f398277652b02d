/* expect: AC
 * A program that legitimately uses timers: alarm() as a watchdog it cancels,
 * and a 50 ms interval timer it waits for with pause(). Signals to itself work. */
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t ticked;

static void tick(int sig)
{
    (void)sig;
    ticked = 1;
}

int main(void)
{
    signal(SIGALRM, tick);
    alarm(10);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    alarm(0);
    struct itimerval t = {.it_value = {.tv_usec = 50000}};
    setitimer(ITIMER_REAL, &t, NULL);
    while (!ticked)
        pause();
    printf("%ld\n", sum);
    return 0;
}
