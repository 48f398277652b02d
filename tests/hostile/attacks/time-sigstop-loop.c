/* expect: TLE
 * message: wall-clock
 * Stops itself again and again: a stopped process uses no CPU, so only the
 * wall-clock limit can end it, and the keeper must kill a stopped process. */
#include <signal.h>

int main(void)
{
    for (;;)
        raise(SIGSTOP);
}
