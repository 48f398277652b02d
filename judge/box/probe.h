/* judge-box --probe: tries each protection in a throwaway child and prints one
 * line per protection, "name yes|no detail", for `judge doctor`. */
#ifndef PROBE_H
#define PROBE_H

#include <stdbool.h>
#include <stdio.h>

/* namespaces/seccomp/landlock false: report those as disabled by the caller's
 * option. Returns 0, or a negative errno when out cannot be written. */
int probe_print(FILE *out, bool namespaces, bool seccomp, bool landlock);

#endif
