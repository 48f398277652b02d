/* Shared driver code for function problems: a harness main() reads one test from
 * stdin with these readers, times the learner's calls, writes the answer to its own
 * descriptor and reports facts (function time, ownership failures) to the judge.
 *
 * Channels: the answer goes to fd 3 and the report to fd 4 when the judge opened
 * them; run by hand without them, both fall back to stdout so a harness binary is
 * usable from a shell (`./reference < 01.in`). The learner's own stdout and stderr
 * are never touched, so their printf debugging cannot corrupt an answer.
 *
 * Ownership: every reader returns data the caller owns (free() it); the answer
 * stream belongs to the harness and is flushed by harness_finish(). */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Input. Each returns 0 on success, -1 at end of input or on a malformed token. */
int harness_read_ll(long long *out);
int harness_read_int(int *out);
int harness_read_size(size_t *out);
/* Reads one line without its '\n' (a '\r' before it is dropped too). Returns a
 * malloc'd NUL-terminated string the caller frees, or NULL at end of input. An
 * empty line is returned as "". *len gets the length when len is not NULL. */
char *harness_read_line(size_t *len);
/* Reads n whitespace-separated ints into a malloc'd array (caller frees).
 * Returns NULL when the input ends early or n is 0 (then nothing is allocated). */
int *harness_read_ints(size_t n);

/* Stops the harness because the test input itself is broken: the judge reports
 * an internal error (exit 2), never a verdict against the learner, once the
 * package's validator confirms it (a claim about an input the validator accepts
 * is the learner's code speaking: Wrong Answer). */
void harness_bad_input(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Output: the answer stream (fd 3, or stdout when run by hand). */
FILE *harness_answer(void);

/* Timing of the learner's code: CPU time (CLOCK_PROCESS_CPUTIME_ID) accumulated
 * over every start/stop pair, reported by harness_finish(). Pairs must not nest:
 * a stop without a start, a second start or a timer still running at the finish
 * makes the time unavailable (the judge shows none, and compares CPU time). */
void harness_timer_start(void);
void harness_timer_stop(void);

/* Allocation tracking. The judge links every function submission with --wrap for
 * every allocation entry point (malloc, calloc, realloc, reallocarray, free,
 * aligned_alloc, posix_memalign, memalign, valloc, pvalloc, glibc's __libc_malloc
 * family; mmap, mremap, munmap, sbrk and brk for raw memory), so each block
 * allocated or freed anywhere in the program is counted here. A sanitized build
 * (dynamically linked) counts through the sanitizer allocator's hooks instead,
 * which also see the blocks the shared C library allocates for strdup, getline,
 * asprintf or open_memstream. */
long harness_live_blocks(void);
long long harness_live_bytes(void);

/* For problems whose code must not allocate (an allocator over a given block):
 * between harness_alloc_forbid(during) and harness_alloc_allow(), a call to any
 * allocation entry point records the failure "<during> called <entry point>: ..."
 * (harness_fail) and is then served as usual, so the run goes on to its verdict.
 * during is a static string such as "mm_malloc". */
void harness_alloc_forbid(const char *during);
void harness_alloc_allow(void);

/* Records that the learner's code broke the contract (a leak, a wrong return
 * shape): the judge shows the message and the test is Wrong Answer. The first
 * failure wins; later ones are ignored. */
void harness_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A fact about the learner's run that is neither time nor memory, shown beside
 * the function time ("footprint 41.2% of the block"). The last call wins; one
 * line, at most 120 characters. */
void harness_fact(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Flushes the answer and writes the report, ending with the line the judge
 * needs to see that the harness finished. Returns main()'s exit status (0). */
int harness_finish(void);

#endif
