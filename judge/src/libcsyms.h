/* The global symbols the static C library, libgcc and libgcc_eh define or weakly
 * refer to, sorted bytewise (strcmp), generated at build time from this
 * machine's archives by cmake/libc_symbols.sh: a learner's object that defines
 * one of them could have its own code called, or its data read, by glibc's
 * start-up (objsize.h). Static data, nothing to free. */
#ifndef LIBCSYMS_H
#define LIBCSYMS_H

#include <stddef.h>

extern const char *const libc_symbols[];
extern const size_t libc_symbol_count;

#endif
