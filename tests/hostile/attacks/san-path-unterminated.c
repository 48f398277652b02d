/* expect: AC
 * sanitize: AC
 * Paths that are not NUL-terminated before an unmapped page, or longer than
 * PATH_MAX, result buffers in unmapped or read-only memory, and a NULL path:
 * each call must fail (EFAULT, ENAMETOOLONG) as the kernel's would, whoever
 * answers it (without namespaces a sanitized run's keeper reads the path and
 * writes the result), and the run go on; a path whose NUL is the last byte
 * before the unmapped page is whole. Raw system calls: the sanitizer's
 * interceptors would read the path first themselves. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char rodata[256] = "read-only";

/* Every call that names path; the number that succeeded. */
static int calls(const char *path, void *out)
{
    int ok = 0;
    long fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
    ok += fd >= 0;
    if (fd >= 0)
        close((int)fd);
    fd = syscall(SYS_open, path, O_RDONLY | O_CLOEXEC);
    ok += fd >= 0;
    if (fd >= 0)
        close((int)fd);
    ok += syscall(SYS_newfstatat, AT_FDCWD, path, out, 0) == 0;
    /* (a NULL path with AT_EMPTY_PATH is fstat since Linux 6.11) */
    if (path)
        ok += syscall(SYS_newfstatat, 0, path, out, AT_EMPTY_PATH) == 0;
    ok += syscall(SYS_statx, AT_FDCWD, path, 0, STATX_BASIC_STATS, out) == 0;
    ok += syscall(SYS_readlink, path, out, 64) >= 0;
    ok += syscall(SYS_readlinkat, AT_FDCWD, path, out, 64) >= 0;
    ok += syscall(SYS_access, path, F_OK) == 0;
    return ok;
}

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *m =
        mmap(NULL, (size_t)(3 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return 1;
    munmap(m + 2 * page, (size_t)page);
    static char out[4096];
    int wrong = 0;
    static const char *const names[] = {"/etc/ld.so.cache", "/proc/self/exe", "/proc/self/maps",
                                        "/etc/passwd", ""};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        char *p = m + 2 * page - n; /* its last byte is the page's: no NUL */
        memcpy(p, names[i], n);
        if (n)
            wrong += calls(p, out);
    }
    /* longer than PATH_MAX, all mapped, no NUL in it */
    memset(m, 'a', (size_t)(2 * page));
    memcpy(m, "/usr/", 5);
    wrong += calls(m, out);
    for (char *q = m + 5; q + 2 < m + PATH_MAX + 16; q += 2)
        q[0] = '/';
    wrong += calls(m, out);
    wrong += calls(NULL, out);
    wrong += calls((const char *)16, out);
    wrong += calls(m + 2 * page, out); /* the unmapped page itself */
    /* results nowhere the program may write */
    wrong += syscall(SYS_newfstatat, 0, "", m + 2 * page, AT_EMPTY_PATH) == 0;
    wrong += syscall(SYS_newfstatat, 0, "", (void *)rodata, AT_EMPTY_PATH) == 0;
    wrong += syscall(SYS_statx, 0, "", AT_EMPTY_PATH, STATX_BASIC_STATS, m + 2 * page) == 0;
    wrong += syscall(SYS_readlink, "/proc/self/exe", m + 2 * page, 64) >= 0;
    wrong += syscall(SYS_readlink, "/proc/self/exe", (void *)rodata, 64) >= 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
#ifdef __SANITIZE_ADDRESS__
    /* ending with its NUL on the last byte before the unmapped page */
    char *whole = m + 2 * page - sizeof "/etc/ld.so.cache";
    memcpy(whole, "/etc/ld.so.cache", sizeof "/etc/ld.so.cache");
    long fd = syscall(SYS_openat, AT_FDCWD, whole, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        puts("broken: cannot open a path that ends at a page's end");
    if (strcmp(rodata, "read-only") != 0)
        puts("broken: a result was written into read-only memory");
#endif
    if (wrong)
        printf("escaped: %d calls succeeded on a path or buffer they cannot have\n", wrong);
    else
        printf("%ld\n", sum);
    return 0;
}
