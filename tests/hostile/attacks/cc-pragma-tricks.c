/* expect: CE
 * message: compiler reported errors
 * never: root:
 * log: Permission denied
 * without landlock: CE
 * Pragmas that touch files at compile time: a dependency on a root-only file
 * (gcc reads its time stamp, then quotes it if newer), a precompiled header
 * from /proc, and a linker section pulled in from /proc. Without Landlock the
 * reads succeed; the pragmas still make it a CE. */
#pragma GCC dependency "/etc/shadow"
#pragma GCC pch_preprocess "/proc/self/environ"
__asm__(".section .hostile\n"
        ".incbin \"/proc/self/environ\"\n"
        ".text\n");

int main(void) { return 0; }
