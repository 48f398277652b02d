/* expect: AC
 * sanitize: AC
 * Opens sockets of every family (IPv4, IPv6, Unix, netlink, packet) to reach
 * the network or local services; socketpair too. Each fails (EACCES), so
 * there is nothing to connect. */
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
    static const int families[] = {AF_INET, AF_INET6, AF_UNIX, AF_NETLINK, AF_PACKET};
    int opened = 0;
    for (unsigned i = 0; i < sizeof families / sizeof families[0]; i++) {
        opened += socket(families[i], SOCK_STREAM, 0) >= 0;
        opened += socket(families[i], SOCK_DGRAM, 0) >= 0;
    }
    int pair[2];
    opened += socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0;
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    if (opened)
        printf("escaped: %d sockets\n", opened);
    else
        printf("%ld\n", sum);
    return 0;
}
