/* Ctrl-C, kill and a closed terminal (SIGINT, SIGTERM, SIGHUP), handled one way
 * for the whole judge: every command that runs something stops the same way on
 * them (no new run starts, what runs is killed, scratch is removed, the command
 * returns ERR_INTERRUPTED, exit 130).
 *
 * Theory of operation. One plain handler, installed the first time an engine
 * (session, stress, watch) asks and never removed, records the first such
 * signal and wakes every event loop that registered a wake: uv_async_send is
 * async-signal-safe, and libuv's own uv_signal is not used because closing its
 * handle puts SIG_DFL back and loses a signal caught but not yet dispatched.
 * Loops nest (a watch judges through a session, stress through sessions), so
 * wakes form a stack: the innermost stops its runs and returns, then the outer
 * one sees the same flag. Steps that run no loop (stress's tools) poll
 * stop_signal(). Once a stop is being handled, stop_second_kills() puts the
 * default actions back: a second Ctrl-C kills the judge at once, which is safe
 * too, since boxes and tools die with it (PR_SET_PDEATHSIG).
 *
 * Ownership: a registered wake stays the caller's handle; unregister it before
 * closing it. */
#ifndef STOP_H
#define STOP_H

#include <uv.h>

enum { STOP_MAX_WAKES = 8 };

/* Installs the handler (once; later calls do nothing). */
void stop_install(void);

/* The first stop signal received, or 0. */
int stop_signal(void);

/* Wakes `wake` (uv_async_send) on a stop signal, at once when one came already.
 * Returns 0, or ERR_INTERNAL (reported) past STOP_MAX_WAKES. */
int stop_watch(uv_async_t *wake);

/* Forgets `wake` (registered or not). */
void stop_unwatch(uv_async_t *wake);

/* The default actions again: the next stop signal kills the judge. */
void stop_second_kills(void);

#endif
