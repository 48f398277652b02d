/* expect: AC
 * sanitize: AC
 * A sanitized run may open the loader's and the runtime's files: beneath /usr,
 * /lib and /lib64, /etc/ld.so.cache and its own /proc/self. Paths that start
 * there and climb out with ".." or through /proc/self's links must not open
 * anything, and must not tell an existing file from a missing one (another
 * process's /proc is san-files'; in namespaces the run's /proc is its own).
 * What the runtime needs must still open (otherwise it prints "broken"). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *const climbs[][2] = {
    {"/usr/../etc/passwd", "/usr/../etc/nonexistent-x"},
    {"/usr/lib/../../etc/passwd", "/usr/lib/../../etc/nonexistent-x"},
    {"/lib/../etc/passwd", "/lib/../etc/nonexistent-x"},
    {"/lib64/../etc/passwd", "/lib64/../etc/nonexistent-x"},
    {"/usr//../etc/passwd", "/usr//../etc/nonexistent-x"},
    {"/usr/./../etc/passwd", "/usr/./../etc/nonexistent-x"},
    {"/etc/ld.so.cache/../passwd", "/etc/ld.so.cache/../nonexistent-x"},
    {"/proc/self/root/etc/passwd", "/proc/self/root/etc/nonexistent-x"},
    {"/proc/self/cwd/../../../etc/passwd", "/proc/self/cwd/../../../etc/nonexistent-x"},
    {"/proc/self/maps/../environ", "/proc/self/maps/../nonexistent-x"},
    {"@ROOT@/problems/hostile/data/secret/02-more.ans",
     "@ROOT@/problems/hostile/data/secret/99-none.ans"},
    {"/usr/../@ROOT@/problems/hostile/data/secret/02-more.ans",
     "/usr/../@ROOT@/problems/hostile/data/secret/99-none.ans"},
};

static int attempt(const char *path, int flags, int *err)
{
    errno = 0;
    long fd = syscall(SYS_openat, AT_FDCWD, path, flags);
    *err = errno;
    if (fd >= 0)
        close((int)fd);
    return fd >= 0;
}

int main(void)
{
    int opened = 0, told = 0;
    static const int flags[] = {O_RDONLY, O_RDONLY | O_DIRECTORY, O_RDONLY | O_NOFOLLOW};
    for (unsigned i = 0; i < sizeof climbs / sizeof climbs[0]; i++)
        for (unsigned f = 0; f < sizeof flags / sizeof flags[0]; f++) {
            int ea, eb;
            opened += attempt(climbs[i][0], flags[f], &ea);
            opened += attempt(climbs[i][1], flags[f], &eb);
            told += ea != eb;
        }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
#ifdef __SANITIZE_ADDRESS__
    static const char *const needed[] = {"/etc/ld.so.cache", "/proc/self/maps", "/proc/self/exe",
                                         "/proc/self/cmdline"};
    for (unsigned i = 0; i < sizeof needed / sizeof needed[0]; i++) {
        int e;
        if (!attempt(needed[i], O_RDONLY | O_CLOEXEC, &e))
            printf("broken: cannot open %s\n", needed[i]);
    }
#endif
    if (opened || told)
        printf("escaped: %d opens, %d existences told\n", opened, told);
    else
        printf("%ld\n", sum);
    return 0;
}
