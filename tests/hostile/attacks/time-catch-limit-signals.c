/* expect: TLE
 * message: ms of CPU time | wall-clock
 * Ignores and blocks every signal a limit could send (SIGXCPU from RLIMIT_CPU,
 * SIGALRM, SIGVTALRM, SIGPROF, SIGTERM...) and spins: the limits must not rely
 * on a catchable signal. The keeper's SIGKILL cannot be caught.
 * (On a loaded machine the wall-clock limit may come first: TLE either way.) */
#include <signal.h>
#include <stddef.h>

static void ignore(int sig) { (void)sig; }

int main(void)
{
    for (int sig = 1; sig < NSIG; sig++)
        signal(sig, ignore);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, NULL);
    for (volatile unsigned long i = 0;; i++)
        ;
}
