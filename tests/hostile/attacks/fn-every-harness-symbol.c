/* expect: CE
 * problem: hostile-function
 * message: the harness defines
 * sanitize: CE
 * sanitize message: the harness defines
 * Defines every symbol of harness.o, so that from an archive the linker never
 * took the real one: the harness's main then called these, which check nothing
 * and report a fast, clean run. Linked whole, they clash with the real ones. */
#include "sum.h"

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

long long sum(const int *a, size_t n)
{
    (void)a;
    return (long long)n;
}

static char line[1 << 16];

int harness_read_ll(long long *out) { return scanf("%lld", out) == 1 ? 0 : -1; }
int harness_read_int(int *out) { return scanf("%d", out) == 1 ? 0 : -1; }
int harness_read_size(size_t *out) { return scanf("%zu", out) == 1 ? 0 : -1; }
char *harness_read_line(size_t *len)
{
    *len = 0;
    return fgets(line, sizeof line, stdin);
}
int *harness_read_ints(size_t n)
{
    static int a[1000];
    for (size_t i = 0; i < n && i < 1000; i++)
        if (scanf("%d", &a[i]) != 1)
            return NULL;
    return a;
}
void harness_bad_input(const char *fmt, ...)
{
    (void)fmt;
    _exit(0);
}
FILE *harness_answer(void) { return stdout; }
void harness_timer_start(void) {}
void harness_timer_stop(void) {}
long harness_live_blocks(void) { return 0; }
long long harness_live_bytes(void) { return 0; }
void harness_alloc_forbid(const char *during) { (void)during; }
void harness_alloc_allow(void) {}
void harness_fail(const char *fmt, ...) { (void)fmt; }
void harness_fact(const char *fmt, ...) { (void)fmt; }
int harness_finish(void)
{
    fflush(stdout);
    dprintf(4, "time_ns 1\nend\n");
    return 0;
}

/* the wrappers, passing every call straight to glibc: nothing is counted */
void *__real_malloc(size_t);
void *__real_calloc(size_t, size_t);
void *__real_realloc(void *, size_t);
void *__real_reallocarray(void *, size_t, size_t);
void __real_free(void *);
void *__real_aligned_alloc(size_t, size_t);
int __real_posix_memalign(void **, size_t, size_t);
void *__real_memalign(size_t, size_t);
void *__real_valloc(size_t);
void *__real_pvalloc(size_t);
void *__real_mmap(void *, size_t, int, int, int, off_t);
void *__real_mremap(void *, size_t, size_t, int, ...);
int __real_munmap(void *, size_t);
void *__real_sbrk(intptr_t);
int __real_brk(void *);
void *__wrap_malloc(size_t n) { return __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return __real_realloc(p, n); }
void *__wrap_reallocarray(void *p, size_t n, size_t size)
{
    return __real_reallocarray(p, n, size);
}
void __wrap_free(void *p) { __real_free(p); }
void *__wrap_aligned_alloc(size_t align, size_t n) { return __real_aligned_alloc(align, n); }
int __wrap_posix_memalign(void **out, size_t align, size_t n)
{
    return __real_posix_memalign(out, align, n);
}
void *__wrap_memalign(size_t align, size_t n) { return __real_memalign(align, n); }
void *__wrap_valloc(size_t n) { return __real_valloc(n); }
void *__wrap_pvalloc(size_t n) { return __real_pvalloc(n); }
void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    return __real_mmap(addr, len, prot, flags, fd, off);
}
void *__wrap_mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
    return __real_mremap(old, old_len, new_len, flags);
}
int __wrap_munmap(void *addr, size_t len) { return __real_munmap(addr, len); }
void *__wrap_sbrk(intptr_t delta) { return __real_sbrk(delta); }
int __wrap_brk(void *addr) { return __real_brk(addr); }
