/* expect: WA
 * sanitize: RE
 * sanitize message: AddressSanitizer
 * display: safe
 * A wrong answer with a forged AddressSanitizer report on stderr whose kind,
 * access, function and place are escape sequences. Under --sanitize the judge
 * reads that report into the RE's one-line explanation, which quotes them: the
 * explanation is shown escaped like any message. */
#include <stdio.h>

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%ld\n", sum + 1);
    fputs("==1==ERROR: AddressSanitizer: \033]0;pwned\007heap-buffer-overflow on address 0x1\n"
          "\033[2KWRITE of size 4 at 0x1 thread T0\n"
          "    #0 0x401000 in \033[1Asolve /\033]8;;x.c:3:1\n",
          stderr);
    return 0;
}
