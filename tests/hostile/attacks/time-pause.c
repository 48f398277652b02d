/* expect: TLE
 * message: wall-clock
 * Waits for a signal that never comes: the wall-clock limit ends it. */
#include <unistd.h>

int main(void)
{
    for (;;)
        pause();
}
