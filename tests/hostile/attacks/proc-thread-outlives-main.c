/* expect: AC
 * The main thread exits alone (pthread_exit) and another thread prints the
 * answer later: the run ends when the last thread does, not before. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static long sum;

static void *late(void *arg)
{
    (void)arg;
    struct timespec t = {0, 50000000};
    nanosleep(&t, NULL);
    printf("%ld\n", sum);
    fflush(stdout);
    return NULL;
}

int main(void)
{
    long x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    pthread_t t;
    if (pthread_create(&t, NULL, late, NULL) != 0)
        return 1;
    pthread_exit(NULL);
}
