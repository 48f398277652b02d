/* expect: AC
 * The size of a hidden .ans is the expected answer's length, and stat tells it
 * without opening the file: glibc's stat() is newfstatat, and AT_EMPTY_PATH still
 * resolves an absolute path. Every stat call names nothing outside the run (it
 * is chrooted into its empty scratch directory, or the filter refuses them), so
 * it has to compute the answer. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *const paths[] = {
    "@ROOT@/problems/hostile/data/secret/02-more.ans",
    "@ROOT@/problems/hostile/data/secret",
    "@ROOT@",
    "/etc/passwd",
    "/tmp",
    /* the judge's own files for the test, had the run shared its directory */
    "answer.out",
    "expected.ans",
    "feedback",
    "../answer.out",
};

int main(void)
{
    int learned = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        struct stat st;
        struct statx sx;
        learned += stat(paths[i], &st) == 0;
        learned += lstat(paths[i], &st) == 0;
        learned += syscall(SYS_newfstatat, 0, paths[i], &st, AT_EMPTY_PATH) == 0;
        learned += statx(AT_FDCWD, paths[i], 0, STATX_SIZE, &sx) == 0;
        learned += statx(1, paths[i], AT_EMPTY_PATH, STATX_SIZE, &sx) == 0;
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (learned)
        printf("escaped: %d stat calls told\n", learned);
    else
        printf("%ld\n", sum);
    return 0;
}
