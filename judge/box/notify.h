/* The keeper's answers to a flat sanitized run's path calls (seccomp user
 * notification). Without namespaces a sanitized program runs in the machine's
 * file system, and Landlock does not cover metadata: its filter
 * (FILTER_SANITIZE_FLAT) sends open, openat, newfstatat, statx, readlink and
 * readlinkat to the keeper, which answers each without ever letting the kernel
 * resolve a path the program wrote.
 *
 * The listener. The program's process loads its filter with
 * filter_install_listener, which gives it the listener (close-on-exec); it
 * sends it with notify_send over a socket made before its clone, closes its own
 * copy and execs, so that the program never holds it (it could answer its own
 * calls). The keeper receives it with notify_receive and owns it from then on:
 * it passes it to notify_answer whenever it is readable and closes it once the
 * program is gone. No function here closes the listener. */
#ifndef BOX_NOTIFY_H
#define BOX_NOTIFY_H

#include <sys/types.h>

/* Whether this kernel has what notify_answer uses (user notification with
 * SECCOMP_ADDFD_FLAG_SEND, Linux 5.14, and structures that fit ours). Returns
 * 0 or a negative errno. */
int notify_check(void);

/* In the program's process: sends listener over the socket sock (SCM_RIGHTS).
 * Returns 0 or a negative errno. */
int notify_send(int sock, int listener);

/* In the keeper, once the program's process has exec'd or failed: takes the
 * listener it sent over sock, without waiting. On success the caller owns
 * *listener. Returns 0, -EAGAIN when nothing was sent, or a negative errno. */
int notify_receive(int sock, int *listener);

/* Receives one notification from listener and answers it. program is the
 * program's pid (its threads' tgid: a run's clones are threads only), which the
 * keeper has not reaped, so it names the program for as long as this runs. A
 * call of a thread that is already gone is not an error. Returns 0, or a
 * negative errno when the listener itself fails (the keeper stops serving it). */
int notify_answer(int listener, pid_t program);

#endif
