/* expect: AC
 * Writes at offsets past 2 GiB on every descriptor it has: stdout and stderr
 * are pipes (no offsets), stdin is the test's input, open read-only. Nothing is
 * written; a file could not grow past RLIMIT_FSIZE anyway. (The input may be
 * seeked: it is the program's own copy of the offset.) */
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

int main(void)
{
    int wrote = 0;
    off_t far = (off_t)3 << 30;
    for (int fd = 0; fd < 3; fd++)
        wrote += pwrite(fd, "x", 1, far) == 1;
    for (int fd = 1; fd < 3; fd++)
        wrote += lseek(fd, far, SEEK_SET) == far;
    if (lseek(0, far, SEEK_SET) == far)
        wrote += write(0, "x", 1) == 1;
    lseek(0, 0, SEEK_SET);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (wrote)
        printf("escaped: %d writes\n", wrote);
    else
        printf("%ld\n", sum);
    return 0;
}
