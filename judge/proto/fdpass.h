/* Descriptors passed with one SOCK_SEQPACKET message (SCM_RIGHTS): the one way
 * the judge, the box, its keeper and a warm template (warm.h) do it.
 *
 * Ownership: nothing is allocated; the descriptors sent stay the caller's, and
 * those received (close-on-exec) become the caller's. */
#ifndef PROTO_FDPASS_H
#define PROTO_FDPASS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* The most descriptors one message carries. */
#define FDPASS_MAX 16

/* Sends len bytes of msg with fds[0 .. nfds) (nfds at most FDPASS_MAX), again
 * after EINTR, never raising SIGPIPE. Returns 0, or -errno (-EIO when only part
 * of the message went). */
int fdpass_send(int sock, const void *msg, size_t len, const int *fds, int nfds);

/* Receives one message into msg (at most len bytes) and the first max of its
 * descriptors into fds (the others are closed); *nfds says how many came and
 * *truncated whether the message or its descriptors did not fit. Returns the
 * message's length, or -errno: EINTR is returned, not retried, so that a signal
 * can stop a server that waits here. */
ssize_t fdpass_receive(int sock, void *msg, size_t len, int *fds, int max, int *nfds,
                       bool *truncated);

#endif
