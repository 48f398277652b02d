/* expect: AC
 * sanitize: AC
 * When the judge runs as root (CI, containers) a submission must not: inside a
 * user namespace it would still be uid 0 outside for file permissions, and root
 * ignores RLIMIT_NPROC. No uid or gid of the program is 0, and it has no
 * supplementary group. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    uid_t r, e, s;
    gid_t gr, ge, gs;
    getresuid(&r, &e, &s);
    getresgid(&gr, &ge, &gs);
    int groups = getgroups(0, NULL);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (r == 0 || e == 0 || s == 0 || gr == 0 || ge == 0 || gs == 0 || groups > 0)
        printf("escaped: uids %d %d %d gids %d %d %d, %d groups\n", (int)r, (int)e, (int)s, (int)gr,
               (int)ge, (int)gs, groups);
    else
        printf("%ld\n", sum);
    return 0;
}
