/* expect: CE
 * message: the compiler ran out of time | the compiler ran out of memory
 * Includes itself twice at every level, 40 levels deep: 2^40 inclusions. gcc's
 * line maps grow slowly with them, so the compile time limit (10 s) or, on a
 * slow or busy machine, the memory limit (512 MB) stops it: either is its end. */
#if __INCLUDE_LEVEL__ < 40
#include __FILE__
#include __FILE__
#endif
#if __INCLUDE_LEVEL__ == 0
int main(void) { return 0; }
#endif
