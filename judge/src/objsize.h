/* The writable static data of a compiled object file (an ELF64 relocatable that
 * the compiler wrote from the learner's source): what a problem's "static_bytes"
 * cap is measured on; also whether the object could run code before its
 * constructors (the warm start's condition). Writable means every allocated, writable section
 * (.data, .bss, .tdata, .tbss, and sections a source names itself with
 * __attribute__((section))) plus common symbols, which have no section.
 *
 * Ownership: the caller owns the objsize struct; nothing is allocated. */
#ifndef OBJSIZE_H
#define OBJSIZE_H

#include <stddef.h>
#include <stdint.h>

enum { OBJSIZE_PARTS = 6 };

typedef struct {
    uint64_t total;
    struct {
        char name[24]; /* ".bss", ".data", "common", or the first other section's name */
        uint64_t bytes;
    } part[OBJSIZE_PARTS]; /* the largest first; the rest are summed into the last */
    size_t nparts;
    /* The first symbol through which the object could run code of its own
     * before glibc's start-up reaches the constructors, "" when none: an
     * indirect function (glibc runs its resolver while it relocates itself) or
     * a definition of a C library name (glibc's start-up may call it). The warm
     * start (warm.h) is linked only into an object without one. */
    char early[64];
} objsize;

/* Reads the object at path. Returns 0, or ERR_INTERNAL (reported) when it cannot
 * be read or is not an ELF64 object this machine's compiler writes. */
int objsize_read(const char *path, objsize *out);

/* Parses an object already in memory; the same returns, nothing reported: for the
 * fuzzer and the tests. */
int objsize_parse(const unsigned char *data, size_t len, objsize *out);

/* "4112 bytes (.bss 4096, .data 16)" into out, which it returns. */
const char *objsize_describe(const objsize *s, char *out, size_t size);

#endif
