/* judge-box's server mode: one request message in, one record message out, over
 * the SOCK_SEQPACKET socket the judge made with socketpair.
 *
 * A request is one message of NUL-terminated elements: "key=value" fields, then
 * "--", then the program's argv, with the descriptors the program gets as fds
 * 0 .. fds-1 attached with SCM_RIGHTS, in order. Keys (each at most once, all
 * optional): id, cpu_ms, wall_ms, mem_kb, fsize_kb, dir, profile (run|compile),
 * fds (0..5, must equal the number attached; default 0). The answer is one
 * message: the record line (record_format, ending in '\n') with the same id; a
 * malformed request is answered with status ERROR and msg "bad request: ...". */
#ifndef SERVE_H
#define SERVE_H

/* Largest request message, in bytes. */
#define SERVE_MAX_REQUEST 65536

/* Serves requests on sock until it reaches EOF or hangs up (returns 0), or
 * fails (returns a negative errno). sandbox_init must have been called with
 * sock as the hang-up descriptor. */
int serve_run(int sock);

#endif
