/* The run profile's seccomp allowlist: built once with libseccomp when the box
 * starts, kept as raw BPF, and loaded by each child just before its execve. */
#ifndef FILTER_H
#define FILTER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Builds the filter. The one execve it allows must pass exec_path (the address of
 * a buffer in the box) as its first argument and token as its fourth. On failure
 * writes why into err. Returns 0 or a negative errno. */
int filter_build(const char *exec_path, uint64_t token, char *err, size_t errsize);

/* In the child, just before execve: sets the child's own pid into the rules that
 * let it signal only itself, and loads the filter (no_new_privs must be set).
 * Returns 0 or a negative errno. */
int filter_install(pid_t self);

/* Number of BPF instructions, 0 before filter_build. */
int filter_length(void);

#endif
