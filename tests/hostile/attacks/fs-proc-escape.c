/* expect: AC
 * Escapes through /proc: pid 1's root directory (the host's, from inside a
 * namespace), the parent's working directory and descriptors, and a re-open of
 * the input through /proc/self/fd to reach its directory. Denied. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *const paths[] = {
    "/proc/1/root/etc/passwd", "/proc/1/cwd",         "/proc/self/root/etc/passwd",
    "/proc/self/fd/0",         "/proc/self/fd/0/../", "/proc/self/exe",
    "/proc/self/mem",          "/proc/sysrq-trigger", "/sys/kernel/notes",
};

int main(void)
{
    int opened = 0;
    char link[256];
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        opened += open(paths[i], O_RDONLY) >= 0;
        opened += readlink(paths[i], link, sizeof link) >= 0;
    }
    char parent[64];
    snprintf(parent, sizeof parent, "/proc/%d/cwd/hostile-canary-proc", (int)getppid());
    opened += open(parent, O_WRONLY | O_CREAT, 0666) >= 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (opened)
        printf("escaped: %d opens\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
