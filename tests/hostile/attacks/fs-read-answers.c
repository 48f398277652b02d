/* expect: AC
 * sanitize: AC
 * Reads the hidden answers (and the data directory) at run time, the classic
 * cheat: opening is denied, so it has to compute the answer. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *const paths[] = {
    "@ROOT@/problems/hostile/data/secret/02-more.ans",
    "@ROOT@/problems/hostile/data/secret",
    "@ROOT@/problems/hostile/data/sample/01-small.ans",
    "../../../@ROOT@/problems/hostile/data/secret/02-more.ans",
};

int main(void)
{
    int opened = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        opened += open(paths[i], O_RDONLY) >= 0;
        opened += open(paths[i], O_RDONLY | O_DIRECTORY) >= 0;
        opened += open(paths[i], O_PATH) >= 0;
    }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (opened)
        printf("escaped: %d opens\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
