/* Two-lane FNV-1a; the second lane starts from a different basis and mixes each
 * byte with its position so the lanes are not simply equal. */
#include "hash.h"

#include <stdio.h>
#include <string.h>

enum { FNV_PRIME_HI = 0x100, FNV_PRIME_LO = 0x1b3 };
static const uint64_t fnv_prime = ((uint64_t)FNV_PRIME_HI << 32) | FNV_PRIME_LO;

void hash_init(hash_state *h)
{
    h->a = 0xcbf29ce484222325ULL;
    h->b = 0x84222325cbf29ce4ULL;
    h->n = 0;
}

void hash_update(hash_state *h, const void *bytes, size_t n)
{
    const unsigned char *p = bytes;
    for (size_t i = 0; i < n; i++, h->n++) {
        h->a = (h->a ^ p[i]) * fnv_prime;
        h->b = (h->b ^ (uint64_t)(p[i] + 0x9e + (h->n & 0xff))) * fnv_prime;
    }
}

void hash_string(hash_state *h, const char *s) { hash_update(h, s, strlen(s) + 1); }

void hash_hex(const hash_state *h, char out[33])
{
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h->a, (unsigned long long)h->b);
}
