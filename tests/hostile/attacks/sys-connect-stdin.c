/* expect: RE
 * sanitize: RE
 * message: forbidden system call
 * connect() on a descriptor it already has: connect is not on the allowlist
 * (no socket can exist), so the run ends with SIGSYS. */
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(80)};
    if (connect(0, (struct sockaddr *)&to, sizeof to) == 0)
        puts("escaped: connected");
    return 0;
}
