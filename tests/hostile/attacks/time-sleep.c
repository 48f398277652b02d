/* expect: TLE
 * sanitize: TLE
 * message: wall-clock
 * Sleeps without using CPU: the wall-clock limit ends it. */
#include <unistd.h>

int main(void)
{
    sleep(100);
    return 0;
}
