/* The sandbox protections `judge-box --probe` reports, one line each as
 * "<name> yes|no <detail>", and what a learner loses without each (which
 * `judge doctor` prints under a missing one): one table for both executables.
 * X(id, name, without), in the order the probe prints them. */
#ifndef PROTO_PROTECTIONS_H
#define PROTO_PROTECTIONS_H

#define PROTECTIONS(X)                                                                             \
    X(user_ns, "user-namespace", "submissions run with your own user id, not an unmapped one")     \
    X(pid_ns, "pid-namespace",                                                                     \
      "leftover processes are found through the process group and a subreaper instead")            \
    X(ipc_ns, "ipc-namespace", "compilers share System V IPC objects with your session")           \
    X(no_new_privs, "no-new-privs", "the seccomp filter cannot be loaded without it")              \
    X(seccomp, "seccomp", "submissions could open files, start processes and use the network")     \
    X(aslr_off, "aslr-off", "addresses change between runs, so undefined behaviour may vary")      \
    X(rlimits, "rlimits",                                                                          \
      "memory, file-size and descriptor limits are not enforced by the kernel")                    \
    X(landlock, "landlock",                                                                        \
      "a source can read any of your files while it compiles, the test answers included "          \
      "(#include or .incbin), and without namespaces --sanitize cannot run")                       \
    X(run_uid, "run-uid", "submissions of a root judge would run as root")                         \
    X(thread_cap, "thread-cap", "a submission could start threads without end")                    \
    X(pidfd, "pidfd", "the box polls for the end of each run: slower, same verdicts")

#endif
