/* expect: CE
 * message: compiler
 * log: Permission denied
 * without landlock: CE
 * An endless random header: refused like /dev/zero, also through /dev/urandom.
 * Without Landlock the memory limit stops it (CE). */
#include "/dev/random"
#include "/dev/urandom"
