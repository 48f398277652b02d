/* expect: AC
 * sanitize: AC
 * Without namespaces a sanitized run's fstat is answered by the keeper from
 * the program's descriptor table: a descriptor it does not have (closed, out
 * of range, the box's own numbers above its RLIMIT_NOFILE, negative, or with
 * the upper bits of the register set) must fail as the kernel would, never
 * describe a descriptor of the keeper's or the judge's. Its own stdin it may
 * stat (glibc's stdio does). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const long fds[] = {-1,
                           -2,
                           17,
                           63,
                           64,
                           200,
                           253,
                           254,
                           255,
                           256,
                           1024,
                           1L << 20,
                           INT_MAX,
                           (long)INT_MIN,
                           0x100000000L | 63};

int main(void)
{
    int told = 0;
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        struct stat st;
        struct statx sx;
        told += syscall(SYS_newfstatat, fds[i], "", &st, AT_EMPTY_PATH) == 0;
        told += syscall(SYS_statx, fds[i], "", AT_EMPTY_PATH, STATX_BASIC_STATS, &sx) == 0;
        told += syscall(SYS_fstat, fds[i], &st) == 0;
    }
    /* the register's upper half is not part of the descriptor, for the kernel
       as for the keeper: this is stdin */
    struct stat a, b;
    int in = syscall(SYS_newfstatat, 0, "", &a, AT_EMPTY_PATH) == 0;
    int high = syscall(SYS_newfstatat, 0x100000000L, "", &b, AT_EMPTY_PATH) == 0;
    if (in != high || (in && (a.st_ino != b.st_ino || a.st_dev != b.st_dev)))
        told++;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
#ifdef __SANITIZE_ADDRESS__
    if (!in)
        puts("broken: cannot fstat stdin");
#endif
    if (told)
        printf("escaped: %d calls described a descriptor it does not have\n", told);
    else
        printf("%ld\n", sum);
    return 0;
}
