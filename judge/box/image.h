/* The memory an executable's image needs before its first instruction: the span
 * of its loadable segments (code, data, and the zeroed static arrays of .bss).
 * The keeper reads it only after a program died at once of SIGSEGV, to tell an
 * image too large for the address-space limit (the exec failed) from a crash. */
#ifndef IMAGE_H
#define IMAGE_H

#include <stdint.h>

/* Sets *bytes to the span of path's PT_LOAD segments, page-aligned. Returns 0,
 * -ENOEXEC for a file that is not a 64-bit ELF executable, or another negative
 * errno. */
int image_span(const char *path, uint64_t *bytes);

#endif
