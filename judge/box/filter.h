/* The seccomp allowlists of the run and sanitize profiles: built once with
 * libseccomp when the box starts, kept as raw BPF, and loaded by each child just
 * before its execve. */
#ifndef BOX_FILTER_H
#define BOX_FILTER_H

#include "warm.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The descriptor the program's image is opened on for its execveat: above the
 * run's RLIMIT_NOFILE, so that the program can never put one there itself. */
#define FILTER_EXEC_FD 255

/* The descriptor a flat sanitized run's process sends its seccomp listener
 * through (notify.h): above RLIMIT_NOFILE too, and close-on-exec, so that the
 * one sendmsg the filter allows can name nothing the program holds. */
#define FILTER_NOTIFY_FD 254

/* FILTER_RUN: a static program chrooted into its empty scratch directory (paths
 * name nothing there, so metadata by path is allowed). FILTER_RUN_FLAT: the same
 * program without namespaces, where no chroot is possible: metadata by path
 * fails too. FILTER_SANITIZE: a dynamically linked sanitized program in its own
 * mount namespace, which may also open files for reading (Landlock decides
 * which), read links, stat paths and use a pipe. FILTER_SANITIZE_FLAT: the same
 * program without namespaces, in the machine's file system: every call that
 * names a path (open, openat, stat, statx, readlink) goes to the keeper
 * (SCMP_ACT_NOTIFY, notify.h), which answers it without letting the kernel
 * resolve the program's path; access says ENOENT. FILTER_WARM: the template of
 * warm runs (warm.h), FILTER_RUN's program that may also fork with glibc's fork,
 * wait for its child, receive descriptors and load a filter, and signal anyone:
 * each run it forks loads FILTER_RUN over it, with its own pid. */
#define FILTER_KINDS(X)                                                                            \
    X(RUN, "run")                                                                                  \
    X(RUN_FLAT, "run without namespaces")                                                          \
    X(SANITIZE, "sanitize")                                                                        \
    X(SANITIZE_FLAT, "sanitize without namespaces")                                                \
    X(WARM, "warm template")

typedef enum {
#define X(id, name) FILTER_##id,
    FILTER_KINDS(X)
#undef X
        FILTER_KIND_COUNT
} filter_kind;

/* Builds every kind. The one exec each allows is execveat(FILTER_EXEC_FD, "",
 * argv, envp, AT_EMPTY_PATH) with token as its sixth argument. On failure writes
 * why into err. Returns 0 or a negative errno. */
int filter_build(uint64_t token, char *err, size_t errsize);

/* In the child, just before execveat: sets the child's own pid into the rules
 * that let it signal only itself, and loads the filter of that kind
 * (no_new_privs must be set). Returns 0 or a negative errno. */
int filter_install(filter_kind kind, pid_t self);

/* The same for FILTER_SANITIZE_FLAT, whose filter has a user-notification
 * listener: on success *listener is its descriptor (close-on-exec), which the
 * caller owns and must hand to the keeper and close before its execve. */
int filter_install_listener(filter_kind kind, pid_t self, int *listener);

/* Copies kind's filter, with its pid rules unset, into out (a WARM_FILTER
 * message): the template of warm runs loads it into each run. Returns 0 or
 * -EINVAL before filter_build. */
int filter_export(filter_kind kind, warm_filter *out);

/* Number of BPF instructions of a kind, 0 before filter_build. */
int filter_length(filter_kind kind);

#endif
