/* expect: TLE
 * message: wall-clock
 * select with no descriptor and no timeout blocks forever. */
#include <stddef.h>
#include <sys/select.h>

int main(void)
{
    for (;;)
        select(0, NULL, NULL, NULL, NULL);
}
