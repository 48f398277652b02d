/* expect: MLE
 * sanitize: MLE
 * problem: hostile-memory
 * message: peak memory
 * Allocates and touches 1 MB blocks forever: the peak resident size passes the
 * limit, and the sandbox stops it there, long before the machine would. */
#include <stdlib.h>
#include <string.h>

int main(void)
{
    for (;;) {
        char *p = malloc(1 << 20);
        if (!p)
            return 1;
        memset(p, 1, 1 << 20);
    }
}
