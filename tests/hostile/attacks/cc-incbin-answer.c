/* expect: CE
 * message: compiler reported errors
 * log: file not found
 * without landlock: AC
 * The same cheat through the assembler: .incbin embeds the answer files in the
 * binary. The assembler runs under the compiler's file rules. */
#include <stdio.h>

__asm__(".section .rodata\n"
        ".global sample, secret\n"
        "sample:\n"
        ".incbin \"@ROOT@/problems/hostile/data/sample/01-small.ans\"\n"
        ".byte 0\n"
        "secret:\n"
        ".incbin \"@ROOT@/problems/hostile/data/secret/02-more.ans\"\n"
        ".byte 0\n"
        ".text\n");
extern const char sample[], secret[];

int main(void)
{
    long first = 0;
    if (scanf("%ld", &first) != 1)
        return 1;
    fputs(first == 1 ? sample : secret, stdout);
    return 0;
}
