/* expect: AC
 * sanitize: AC
 * Creates and writes files: in a directory the suite left open to everyone
 * (@CANARY@), in /tmp, /var/tmp, /dev/shm, the kit's own tree, and relative to
 * its working directory and above it. Every open fails (EACCES); the suite also
 * looks for the files afterwards. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *const paths[] = {
    "@CANARY@/hostile-canary-create",
    "/tmp/hostile-canary-create",
    "/var/tmp/hostile-canary-create",
    "/dev/shm/hostile-canary-create",
    "@ROOT@/hostile-canary-create",
    "@ROOT@/problems/hostile/data/secret/hostile-canary-create.ans",
    "hostile-canary-create",
    "../hostile-canary-create",
    "../../hostile-canary-create",
};

int main(void)
{
    int made = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        int fd = open(paths[i], O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (fd >= 0 && write(fd, "owned\n", 6) >= 0)
            made++;
        fd = creat(paths[i], 0666);
        made += fd >= 0;
        fd = openat(AT_FDCWD, paths[i], O_RDWR | O_CREAT, 0666);
        made += fd >= 0;
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (made)
        printf("escaped: %d files\n", made);
    else
        printf("%ld\n", sum);
    return 0;
}
