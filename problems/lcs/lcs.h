/* The API of the lcs problem: find one longest common subsequence of two strings. */
#ifndef LCS_H
#define LCS_H

#include <stddef.h>

/* a and b are NUL-terminated strings of lowercase letters (either may be empty).
 * Writes one longest common subsequence of a and b to out, NUL-terminated, and
 * returns its length. out has room for min(strlen(a), strlen(b)) + 1 bytes.
 * a, b and out belong to the caller: do not free them, and free any scratch
 * memory you allocate before returning. */
size_t lcs(const char *a, const char *b, char *out);

#endif
