/* expect: CE
 * message: the compiler ran out of time
 * Includes itself twice at every level, 40 levels deep: 2^40 inclusions in
 * constant memory, which only the compile time limit (10 s) stops. */
#if __INCLUDE_LEVEL__ < 40
#include __FILE__
#include __FILE__
#endif
#if __INCLUDE_LEVEL__ == 0
int main(void) { return 0; }
#endif
