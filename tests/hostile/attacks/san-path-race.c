/* expect: AC
 * sanitize: AC
 * A path is read from the program's memory, and another of its threads may
 * rewrite it meanwhile: here one thread flips a buffer between a path a
 * sanitized run may use (an empty one, for fstat of stdin; /etc/ld.so.cache,
 * which the loader opens) and a hidden answer, while another stats and opens
 * through that buffer. Whoever decides on the path (the kernel, or without
 * namespaces the keeper) must act on what it checked: every stat that succeeds
 * must describe stdin, every open that succeeds must be of ld.so.cache. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SECRET "@ROOT@/problems/hostile/data/secret/02-more.ans"
#define ALLOWED "/etc/ld.so.cache"

static char buf[4096];
static volatile int phase; /* 0: stop, 1: flip for stat, 2: flip for open */

static void *flip(void *arg)
{
    (void)arg;
    for (unsigned n = 0; phase; n++) {
        const char *s = phase == 1 ? (n & 1 ? SECRET : "") : (n & 1 ? SECRET : ALLOWED);
        memcpy(buf, s, strlen(s) + 1);
        __asm__ volatile("" ::: "memory");
    }
    return NULL;
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int same(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

int main(void)
{
    int leaked = 0;
    struct stat in, cache, st;
    int have_in = syscall(SYS_newfstatat, 0, "", &in, AT_EMPTY_PATH) == 0;
    int cfd = (int)syscall(SYS_openat, AT_FDCWD, ALLOWED, O_RDONLY | O_CLOEXEC);
    int have_cache = cfd >= 0 && syscall(SYS_newfstatat, cfd, "", &cache, AT_EMPTY_PATH) == 0;
    if (cfd >= 0)
        close(cfd);
    for (int p = 1; p <= 2; p++) {
        pthread_t t;
        phase = p;
        if (pthread_create(&t, NULL, flip, NULL) != 0)
            break;
        long long end = now_ms() + 40;
        while (now_ms() < end) {
            if (p == 1 && syscall(SYS_newfstatat, 0, buf, &st, AT_EMPTY_PATH) == 0)
                leaked += !have_in || !same(&st, &in);
            if (p == 1 && syscall(SYS_statx, 0, buf, AT_EMPTY_PATH, STATX_BASIC_STATS,
                                  &(struct statx){0}) == 0)
                leaked += !have_in;
            int fd = p == 2 ? (int)syscall(SYS_openat, AT_FDCWD, buf, O_RDONLY | O_CLOEXEC) : -1;
            if (fd >= 0) {
                leaked += !have_cache || syscall(SYS_newfstatat, fd, "", &st, AT_EMPTY_PATH) != 0 ||
                          !same(&st, &cache);
                close(fd);
            }
        }
        phase = 0;
        pthread_join(t, NULL);
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (leaked)
        printf("escaped: %d calls acted on the rewritten path\n", leaked);
    else
        printf("%ld\n", sum);
    return 0;
}
