/* expect: AC
 * sanitize: AC
 * The size of a hidden .ans is the expected answer's length, and stat tells it
 * without opening the file: glibc's stat() is newfstatat, and AT_EMPTY_PATH still
 * resolves an absolute path. Every stat call names nothing outside the run (it
 * is chrooted into its empty scratch directory, or the filter refuses them, or
 * in a sanitized run without namespaces the keeper answers only stats of a
 * descriptor), so it has to compute the answer. Nor may any call that names a
 * path tell an existing file outside the run from a missing one: for each pair
 * below, stat, lstat, statx, open, readlink and access must answer the same,
 * errno included (Landlock alone refuses an open with EACCES only after the
 * lookup, so a missing file says ENOENT). Not /etc, /bin or /proc: in its
 * namespaces a sanitized run's root holds its own. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
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

/* An existing file, directory or link outside the run, and a missing one. */
static const char *const pairs[][2] = {
    {"/etc/passwd", "/etc/nonexistent-x"},
    {"/var", "/nonexistent-dir-x"},
    {"/tmp", "/nonexistent-tmp-x"},
    {"/etc/os-release", "/etc/nonexistent-y"}, /* links on most systems */
    {"/etc/mtab", "/etc/nonexistent-z"},
    {"/etc/localtime", "/etc/nonexistent-w"},
    {"@ROOT@/problems/hostile/data/secret/02-more.ans",
     "@ROOT@/problems/hostile/data/secret/99-none.ans"},
    {"@ROOT@/problems/hostile/data/secret/02-more.ans/", "@ROOT@/no-such-dir/02-more.ans/"},
};

/* What one call answers: its result (success or not) and errno. */
static int answer(int rc) { return rc >= 0 ? 1000 : errno; }

static int probe(const char *path, int which)
{
    struct stat st;
    struct statx sx;
    char buf[256];
    int fd = -1, rc = 0;
    errno = 0;
    switch (which) {
    case 0:
        rc = answer(stat(path, &st));
        break;
    case 1:
        rc = answer(lstat(path, &st));
        break;
    case 2:
        rc = answer(statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx));
        break;
    case 3:
        rc = answer(fd = open(path, O_RDONLY));
        break;
    case 4:
        rc = answer(fd = open(path, O_RDONLY | O_DIRECTORY));
        break;
    case 5:
        rc = answer(fd = open(path, O_RDONLY | O_NOFOLLOW));
        break;
    case 6:
        rc = answer((int)readlink(path, buf, sizeof buf));
        break;
    case 7:
        rc = answer(access(path, F_OK));
        break;
    case 8:
        rc = answer(faccessat(AT_FDCWD, path, R_OK, 0));
        break;
    }
    if (fd >= 0)
        close(fd);
    return rc;
}

int main(void)
{
    int learned = 0, told = 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        struct stat st;
        struct statx sx;
        learned += stat(paths[i], &st) == 0;
        learned += lstat(paths[i], &st) == 0;
        learned += syscall(SYS_newfstatat, 0, paths[i], &st, AT_EMPTY_PATH) == 0;
        learned += statx(AT_FDCWD, paths[i], 0, STATX_SIZE, &sx) == 0;
        learned += statx(1, paths[i], AT_EMPTY_PATH, STATX_SIZE, &sx) == 0;
    }
    char where[160] = "";
    for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        for (int which = 0; which < 9; which++) {
            int a = probe(pairs[i][0], which), b = probe(pairs[i][1], which);
            if (a != b) {
                told++;
                snprintf(where, sizeof where, " (call %d on %s: %d vs %d)", which, pairs[i][0], a,
                         b);
            }
        }
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (learned || told)
        printf("escaped: %d stat calls told, %d existences told%s\n", learned, told, where);
    else
        printf("%ld\n", sum);
    return 0;
}
