/* expect: CE
 * message: compiler reported errors
 * log: Permission denied
 * without landlock: AC
 * Includes the answer files at compile time and prints the one that fits the
 * input: the classic cheat. The compiler may read its toolchain, the files on
 * its command line and the headers beside them, never a package's data. Where
 * Landlock is missing (an older kernel) the cheat works and is accepted: `judge
 * doctor` says so on its landlock line. */
#include <stdio.h>

static const long sample[] = {
#include "@ROOT@/problems/hostile/data/sample/01-small.ans"
};
static const long secret[] = {
#include "@ROOT@/problems/hostile/data/secret/02-more.ans"
};

int main(void)
{
    long first = 0;
    if (scanf("%ld", &first) != 1)
        return 1;
    printf("%ld\n", first == 1 ? sample[0] : secret[0]);
    return 0;
}
