/* The judge's one handler of stop signals (stop.h): a flag and a stack of
 * event-loop wakes, changed only with the signals blocked. */
#include "stop.h"

#include "err.h"

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
enum { NSTOP = sizeof stop_signals / sizeof *stop_signals };

static volatile sig_atomic_t requested;
static uv_async_t *volatile wakes[STOP_MAX_WAKES];
static volatile sig_atomic_t nwakes;
static bool installed;

static void on_stop_signal(int signum)
{
    if (!requested)
        requested = signum;
    for (sig_atomic_t i = 0; i < nwakes; i++)
        if (wakes[i])
            uv_async_send(wakes[i]);
}

static void block(bool on, sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < NSTOP; i++)
        sigaddset(&set, stop_signals[i]);
    pthread_sigmask(on ? SIG_BLOCK : SIG_SETMASK, on ? &set : old, on ? old : NULL);
}

void stop_install(void)
{
    if (installed)
        return;
    installed = true;
    struct sigaction sa = {.sa_handler = on_stop_signal, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < NSTOP; i++)
        sigaction(stop_signals[i], &sa, NULL);
}

int stop_signal(void) { return requested; }

int stop_watch(uv_async_t *wake)
{
    stop_install();
    sigset_t old;
    block(true, &old);
    int rc = 0;
    if (nwakes == STOP_MAX_WAKES)
        rc = ERR_INTERNAL;
    else
        wakes[nwakes++] = wake;
    block(false, &old);
    if (rc < 0)
        return err_report(rc, "cannot catch Ctrl-C: more than %d loops wait for it",
                          STOP_MAX_WAKES);
    if (requested)
        uv_async_send(wake);
    return 0;
}

void stop_unwatch(uv_async_t *wake)
{
    sigset_t old;
    block(true, &old);
    sig_atomic_t kept = 0;
    for (sig_atomic_t i = 0; i < nwakes; i++)
        if (wakes[i] != wake)
            wakes[kept++] = wakes[i];
    nwakes = kept;
    block(false, &old);
}

void stop_second_kills(void)
{
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    for (int i = 0; i < NSTOP; i++)
        sigaction(stop_signals[i], &dfl, NULL);
}
