/* expect: CE
 * message: compiler reported errors
 * never: root:
 * log: Permission denied
 * without landlock: CE
 * Embeds /etc/passwd and /etc/shadow with .incbin and .include, and includes
 * /etc/shadow as a header, whose first line would then be quoted back in the
 * diagnostics: none of them may be read. Without Landlock this is still CE,
 * but the judge's user reads what it can: a root judge quotes /etc/shadow. */
#include "/etc/shadow"
__asm__(".incbin \"/etc/passwd\"\n"
        ".include \"/etc/shadow\"\n");

int main(void) { return 0; }
