/* expect: AC
 * Reads files only root (or the judge's user) should see: /etc/shadow, root's
 * and the user's keys, the judge's own environment. Denied. */
#include <fcntl.h>
#include <stdio.h>

static const char *const paths[] = {
    "/etc/shadow",         "/etc/gshadow",       "/etc/passwd",     "/root/.ssh/id_rsa",
    "/root/.bash_history", "/proc/self/environ", "/proc/1/environ", "/proc/self/cmdline",
};

int main(void)
{
    int opened = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++)
        opened += open(paths[i], O_RDONLY) >= 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (opened)
        printf("escaped: %d opens\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
