/* expect: AC
 * 16 MB on stderr, then the right answer: stderr is kept up to 64 KB for display
 * and otherwise drained, so it neither blocks the program nor harms the verdict.
 * (A truly endless stderr would be TLE, like any endless loop.) */
#include <stdio.h>

int main(void)
{
    static char noise[4096];
    for (unsigned i = 0; i < sizeof noise; i++)
        noise[i] = (char)('a' + i % 26);
    for (int i = 0; i < 4096; i++)
        fwrite(noise, 1, sizeof noise, stderr);
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum);
    return 0;
}
