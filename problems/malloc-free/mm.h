/* The API of malloc-free: an allocator that manages one block of memory it is
 * given. Every byte of its bookkeeping lives inside that block (or in at most
 * 1024 bytes of static data); it must not call malloc or any other allocation
 * entry point. */
#ifndef MM_H
#define MM_H

#include <stddef.h>

/* Called once, before any other call: the allocator owns the size bytes at block
 * from now on. block is 16-byte aligned; size is a multiple of 16, from 4096 to
 * 2^26 (64 MiB). */
void mm_init(void *block, size_t size);

/* Returns a 16-byte-aligned pointer to n usable bytes inside the block that
 * overlap no live allocation, or NULL when it cannot (always NULL for n == 0 and
 * for any n larger than the block). The caller writes all n bytes as it likes
 * until it frees the pointer. */
void *mm_malloc(size_t n);

/* Frees p, a pointer that mm_malloc returned and that is not freed yet; its bytes
 * can then be handed out again. p == NULL does nothing. */
void mm_free(void *p);

#endif
