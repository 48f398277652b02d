/* expect: AC
 * Eight threads share the work: threads are allowed (glibc's clone with
 * CLONE_THREAD), and their default stacks must fit the address-space limit. */
#include <pthread.h>
#include <stdio.h>

#define THREADS 8

static long numbers[1000], partial[THREADS];
static int count;

static void *add(void *arg)
{
    long k = (long)arg;
    for (int i = (int)k; i < count; i += THREADS)
        partial[k] += numbers[i];
    return NULL;
}

int main(void)
{
    while (count < 1000 && scanf("%ld", &numbers[count]) == 1)
        count++;
    pthread_t t[THREADS];
    for (long k = 0; k < THREADS; k++)
        if (pthread_create(&t[k], NULL, add, (void *)k) != 0)
            return 1;
    long sum = 0;
    for (int k = 0; k < THREADS; k++) {
        pthread_join(t[k], NULL);
        sum += partial[k];
    }
    printf("%ld\n", sum);
    return 0;
}
