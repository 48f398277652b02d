/* expect: CE
 * message: compiler
 * log: Permission denied
 * without landlock: CE
 * An endless file as a header: the compiler may not read devices. Without
 * Landlock it reads zeros until its memory limit stops it: still CE, "the
 * compiler ran out of memory". */
#include "/dev/zero"
