/* A warm run's descriptors between the box, its keeper and the template (warm.h). */
#include "warm.h"

#include <errno.h>
#include <unistd.h>

int warm_send_run(int sock, const warm_run *msg, const int *fds)
{
    int sent[WARM_MAX_FDS], n = 0;
    for (int i = 0; i < msg->nfds && i < WARM_MAX_FDS; i++)
        if (msg->present & (1 << i))
            sent[n++] = fds[i];
    return fdpass_send(sock, msg, sizeof *msg, sent, n);
}

int warm_receive_run(int sock, warm_run *msg, int fds[WARM_MAX_FDS])
{
    int got[WARM_MAX_FDS], ngot = 0;
    bool truncated;
    ssize_t n;
    while ((n = fdpass_receive(sock, msg, sizeof *msg, got, WARM_MAX_FDS, &ngot, &truncated)) ==
           -EINTR)
        ;
    bool ok = n == (ssize_t)sizeof *msg && !truncated && msg->type == WARM_RUN && msg->nfds >= 0 &&
              msg->nfds <= WARM_MAX_FDS;
    int used = 0;
    for (int i = 0; i < WARM_MAX_FDS; i++)
        fds[i] = ok && i < msg->nfds && (msg->present & (1 << i)) && used < ngot ? got[used++] : -1;
    while (used < ngot)
        close(got[used++]);
    return ok ? 0 : -1;
}
