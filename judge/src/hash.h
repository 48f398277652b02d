/* Content hashing for the compile cache: a 128-bit non-cryptographic digest
 * (two independent 64-bit FNV-1a lanes), printed as 32 hex digits. It only has to
 * tell different inputs apart, never to resist an attacker. */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t a, b;
    uint64_t n; /* bytes hashed so far: the digest does not depend on the chunks */
} hash_state;

void hash_init(hash_state *h);
/* Adds n bytes: hashing "ab" at once or "a" then "b" gives the same digest. */
void hash_update(hash_state *h, const void *bytes, size_t n);
/* Adds a string with its terminating NUL, so ("ab","c") and ("a","bc") differ. */
void hash_string(hash_state *h, const char *s);
/* Writes 32 hex digits and a NUL into out. */
void hash_hex(const hash_state *h, char out[33]);

#endif
