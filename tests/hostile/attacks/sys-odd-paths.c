/* expect: AC
 * Opens odd paths: format directives, invalid UTF-8, terminal escapes, a NULL
 * pointer, an empty name and a 4 KiB name; then prints the same strings on
 * stderr. Nothing opens, and nothing in the judge trips over them. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    static char longname[4097];
    memset(longname, 'a', sizeof longname - 1);
    const char *const paths[] = {"%n%n%s%s%x%x", "\xff\xfe\xc0\xaf", "\033[2J\033]0;x\007", "",
                                 longname};
    int opened = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        opened += open(paths[i], O_RDONLY | O_CREAT, 0666) >= 0;
        fprintf(stderr, "%s\n", paths[i]);
    }
    opened += syscall(SYS_open, NULL, O_RDONLY) >= 0;
    opened += syscall(SYS_openat, AT_FDCWD, (char *)1, O_RDONLY) >= 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (opened)
        printf("escaped: %d opens\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
