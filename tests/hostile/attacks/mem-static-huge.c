/* expect: RE
 * message: could not be started
 * message: MB
 * A 1 GiB global array: the image cannot even be mapped under the address-space
 * limit, so the exec fails after the point of no return and the kernel kills
 * the process with SIGSEGV before its first instruction. The box says so: "could
 * not be started", with the image's size against the limit, rather than an
 * invalid memory access the program never made. (Not MLE: nothing was ever
 * resident, and the peak memory would read well under the limit.) */
#include <stdio.h>

char big[1L << 30];

int main(void)
{
    volatile long i = 12345;
    big[i] = 1;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum + big[i] - 1);
    return 0;
}
