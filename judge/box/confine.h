/* The compile profile's view of the file system, with Landlock (Linux 5.13+,
 * unprivileged). The compiler has no seccomp filter (it must fork and exec its
 * passes), and the source it reads is the learner's: `#include "/etc/shadow"`
 * would quote a root-only file back in the diagnostics, `#include "/dev/zero"`
 * would read without end, and `.incbin` of a hidden answer file would embed
 * the answers in the binary. Under these rules the compiler may
 *   - read and execute the system's toolchain (/usr, /lib*, /bin, /sbin) and its
 *     own installation (its directory, or PREFIX for PREFIX/bin/cc), and read
 *     /etc/ld.so.cache;
 *   - read the files named on its command line, and the headers (*.h) directly
 *     in each -I directory and beside each source;
 *   - write in its working directory (which is also its TMPDIR) and in the
 *     directory of its -o output; read and write /dev/null;
 * and nothing else: no other device, no /proc, no home directory, no package's
 * data. */
#ifndef CONFINE_H
#define CONFINE_H

#include "job.h"

#include <stddef.h>

/* The Landlock ABI version of this kernel, or a negative errno (-ENOSYS or
 * -EOPNOTSUPP when it has none). */
int confine_version(void);

/* Builds the rules for j, whose program is at path and whose working directory
 * is workdir (relative names in j's argv are taken from there). On success
 * *ruleset is a descriptor for confine_apply. On failure writes why into err.
 * Returns 0 or a negative errno. */
int confine_build(const job *j, const char *path, const char *workdir, int *ruleset, char *err,
                  size_t errsize);

/* The rules of a sanitized run of the program at path, in workdir: it may read
 * and execute the system's libraries (/usr, /lib*, /bin, /sbin), read
 * /etc/ld.so.cache and its own image, and write only in workdir. Same contract as
 * confine_build. */
int confine_build_sanitize(const char *path, const char *workdir, int *ruleset, char *err,
                           size_t errsize);

/* In the sanitized program's own process, before confine_apply: lets it read its
 * /proc/self (the runtime reads maps, environ, cmdline and exe), which only that
 * process can name. Returns 0 or a negative errno. */
int confine_allow_self(int ruleset);

/* Whether the calling process's real uid and gid may do what the compile
 * profile lets argv do (relative names from the working directory): write in
 * -o's directory, search each -I directory, read each file named. A root box
 * asks it with the run uid as its real uid only. Returns 0 or the first
 * denial's negative errno. */
int confine_check_access(char *const *argv);

/* In the child, with no_new_privs set: restricts it to the rules. Returns 0 or a
 * negative errno. */
int confine_apply(int ruleset);

#endif
