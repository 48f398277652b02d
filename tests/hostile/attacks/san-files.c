/* expect: AC
 * sanitize: AC
 * What a sanitized run may open (the loader's and the runtime's files) must
 * not reach anything else: root-only files, the user's files, the hidden
 * answers, another process's /proc (pid 1 is its keeper), the judge's
 * directory through the parent's cwd, or a write anywhere. In a normal run
 * every open fails; in a sanitized one it must still read its own
 * /proc/self/maps, as the runtime does (otherwise it prints "broken"). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *const secrets[] = {
    "/etc/shadow",
    "/etc/passwd",
    "/root/.bash_history",
    "@ROOT@/problems/hostile/data/secret/02-more.ans",
    "@ROOT@/problems/hostile/data/secret",
    "/proc/1/environ",
    "/proc/1/root/etc/passwd",
    "/proc/self/root/etc/passwd",
    "/proc/self/cwd/../../etc/passwd",
    "/tmp",
    "@CANARY@",
    /* the judge's own files for the test, had the run shared its directory */
    "answer.out",
    "expected.ans",
    "feedback/judgemessage.txt",
};

int main(void)
{
    int opened = 0;
    for (unsigned i = 0; i < sizeof secrets / sizeof secrets[0]; i++) {
        opened += open(secrets[i], O_RDONLY) >= 0;
        opened += open(secrets[i], O_RDONLY | O_DIRECTORY) >= 0;
    }
    char parent[64];
    snprintf(parent, sizeof parent, "/proc/%d/cwd/hostile-canary-san", (int)getppid());
    opened += open(parent, O_WRONLY | O_CREAT, 0666) >= 0;
    opened += open("@CANARY@/hostile-canary-san", O_WRONLY | O_CREAT, 0666) >= 0;
    opened += open("/proc/self/mem", O_RDWR) >= 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
#ifdef __SANITIZE_ADDRESS__
    if (open("/proc/self/maps", O_RDONLY) < 0)
        puts("broken: cannot read /proc/self/maps");
#endif
    if (opened)
        printf("escaped: %d opens\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
