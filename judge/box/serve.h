/* judge-box's server mode: one request message in, one record message out, over
 * the SOCK_SEQPACKET socket the judge made with socketpair.
 *
 * The request's format is request.h's (fds must equal the number of descriptors
 * attached; default 0). The answer is one message: the record line
 * (record_format, ending in '\n') with the same id; a malformed request is
 * answered with status ERROR and msg "bad request: ...". */
#ifndef SERVE_H
#define SERVE_H

/* Serves requests on sock until it reaches EOF or hangs up (returns 0), or
 * fails (returns a negative errno). sandbox_init must have been called with
 * sock as the hang-up descriptor. */
int serve_run(int sock);

#endif
