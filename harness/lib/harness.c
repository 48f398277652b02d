/* Implementation of the shared harness: a buffered reader over fd 0, the answer and
 * report channels on fds 3 and 4, CPU timing, and wrappers of every allocation
 * entry point that count blocks and catch calls where a problem forbids them.
 * Readers allocate through the counted wrappers like any code, so a harness
 * checks ownership by comparing harness_live_blocks() before and after the
 * learner's calls, never by its absolute value. */
#define _GNU_SOURCE
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

enum { ANSWER_FD = 3, REPORT_FD = 4, INBUF_SIZE = 1 << 16 };

static unsigned char inbuf[INBUF_SIZE];
static size_t in_pos, in_len;
static bool in_eof;

static FILE *answer;
static char answer_buf[1 << 16];
static char stdout_buf[BUFSIZ], stderr_buf[BUFSIZ];

static long long timer_total_ns, timer_started_ns;
static char fail_msg[512];
static char fact_msg[128];

static long live_blocks;
static long long live_bytes;

/* The linker's --wrap pairs: __real_* are glibc's, __wrap_* replace every call to
 * them (the list is KIT_WRAPPED in CMakeLists.txt). */
#define WRAPPED(X)                                                                                 \
    X(void *, malloc, (size_t size))                                                               \
    X(void *, calloc, (size_t n, size_t size))                                                     \
    X(void *, realloc, (void *p, size_t size))                                                     \
    X(void *, reallocarray, (void *p, size_t n, size_t size))                                      \
    X(void, free, (void *p))                                                                       \
    X(void *, aligned_alloc, (size_t align, size_t size))                                          \
    X(int, posix_memalign, (void **out, size_t align, size_t size))                                \
    X(void *, memalign, (size_t align, size_t size))                                               \
    X(void *, valloc, (size_t size))                                                               \
    X(void *, pvalloc, (size_t size))                                                              \
    X(void *, mmap, (void *addr, size_t len, int prot, int flags, int fd, off_t off))              \
    X(void *, mremap, (void *old, size_t old_len, size_t new_len, int flags, ...))                 \
    X(int, munmap, (void *addr, size_t len))                                                       \
    X(void *, sbrk, (intptr_t delta))                                                              \
    X(int, brk, (void *addr))

#define X(type, name, params)                                                                      \
    type __real_##name params;                                                                     \
    type __wrap_##name params;
WRAPPED(X)
#undef X

/* Set while the learner's code must not allocate: the name of their function. */
static const char *forbidden_during;

static int fill(void)
{
    if (in_eof)
        return -1;
    ssize_t got;
    do
        got = read(0, inbuf, sizeof inbuf);
    while (got < 0 && errno == EINTR);
    if (got <= 0) {
        in_eof = true;
        return -1;
    }
    in_pos = 0;
    in_len = (size_t)got;
    return 0;
}

static int peek(void)
{
    if (in_pos == in_len && fill() < 0)
        return EOF;
    return inbuf[in_pos];
}

static int next(void)
{
    int c = peek();
    if (c != EOF)
        in_pos++;
    return c;
}

static void skip_space(void)
{
    for (;;) {
        while (in_pos < in_len && (inbuf[in_pos] == ' ' || inbuf[in_pos] == '\n' ||
                                   inbuf[in_pos] == '\t' || inbuf[in_pos] == '\r'))
            in_pos++;
        if (in_pos < in_len || fill() < 0)
            return;
    }
}

int harness_read_ll(long long *out)
{
    skip_space();
    int c = peek();
    bool neg = false;
    if (c == '-' || c == '+') {
        neg = c == '-';
        next();
        c = peek();
    }
    if (c < '0' || c > '9')
        return -1;
    unsigned long long v = 0;
    /* digits straight from the buffer: this loop reads every number of a 10^6
     * test, so it must not call a function per character */
    for (;;) {
        const unsigned char *p = inbuf + in_pos, *end = inbuf + in_len;
        while (p < end && (unsigned)(*p - '0') < 10)
            v = v * 10 + (unsigned)(*p++ - '0');
        in_pos = (size_t)(p - inbuf);
        if (p < end || fill() < 0)
            break;
    }
    *out = neg ? -(long long)v : (long long)v;
    return 0;
}

int harness_read_int(int *out)
{
    long long v;
    if (harness_read_ll(&v) < 0 || v < -2147483648LL || v > 2147483647LL)
        return -1;
    *out = (int)v;
    return 0;
}

int harness_read_size(size_t *out)
{
    long long v;
    if (harness_read_ll(&v) < 0 || v < 0)
        return -1;
    *out = (size_t)v;
    return 0;
}

char *harness_read_line(size_t *len)
{
    if (peek() == EOF)
        return NULL;
    size_t cap = 64, n = 0;
    char *s = malloc(cap);
    if (!s)
        harness_bad_input("out of memory reading a line");
    int c;
    while ((c = next()) != EOF && c != '\n') {
        if (n + 1 == cap) {
            cap *= 2;
            char *t = realloc(s, cap);
            if (!t)
                harness_bad_input("out of memory reading a line");
            s = t;
        }
        s[n++] = (char)c;
    }
    if (n > 0 && s[n - 1] == '\r')
        n--;
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

int *harness_read_ints(size_t n)
{
    if (n == 0)
        return NULL;
    int *a = malloc(n * sizeof *a);
    if (!a)
        harness_bad_input("out of memory reading %zu ints", n);
    for (size_t i = 0; i < n; i++) {
        if (harness_read_int(&a[i]) < 0) {
            free(a);
            return NULL;
        }
    }
    return a;
}

void harness_bad_input(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dprintf(fcntl(REPORT_FD, F_GETFD) >= 0 ? REPORT_FD : 2, "bad-input %s\n", msg);
    _exit(2);
}

/* Runs before main(): give stdio static buffers so the learner's first printf
 * does not malloc a buffer that would later look like their leak. */
__attribute__((constructor)) static void harness_setup(void)
{
    setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
    setvbuf(stderr, stderr_buf, _IOLBF, sizeof stderr_buf);
}

FILE *harness_answer(void)
{
    if (answer)
        return answer;
    if (fcntl(ANSWER_FD, F_GETFD) >= 0)
        answer = fdopen(ANSWER_FD, "w");
    if (!answer)
        answer = stdout;
    else
        setvbuf(answer, answer_buf, _IOFBF, sizeof answer_buf);
    return answer;
}

static long long cpu_now_ns(void)
{
    struct timespec ts;
    /* With RLIMIT_CPU set (the sandbox sets it as a backstop) the kernel keeps
     * the process clock by sampling at scheduler ticks (4 ms here); reading the
     * thread's own clock first brings the process clock up to date, so short
     * calls are timed to the microsecond and other threads still count. */
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void harness_timer_start(void) { timer_started_ns = cpu_now_ns(); }

void harness_timer_stop(void) { timer_total_ns += cpu_now_ns() - timer_started_ns; }

long harness_live_blocks(void) { return __atomic_load_n(&live_blocks, __ATOMIC_RELAXED); }

long long harness_live_bytes(void) { return __atomic_load_n(&live_bytes, __ATOMIC_RELAXED); }

/* One line of text: a newline would start another report line. */
static void flatten(char *msg)
{
    for (char *p = msg; *p; p++)
        if (*p == '\n')
            *p = ' ';
}

void harness_fail(const char *fmt, ...)
{
    if (fail_msg[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(fail_msg, sizeof fail_msg, fmt, ap);
    va_end(ap);
    flatten(fail_msg);
}

void harness_fact(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(fact_msg, sizeof fact_msg, fmt, ap);
    va_end(ap);
    flatten(fact_msg);
}

int harness_finish(void)
{
    fflush(harness_answer());
    int fd = fcntl(REPORT_FD, F_GETFD) >= 0 ? REPORT_FD : 2;
    dprintf(fd, "time_ns %lld\n", timer_total_ns);
    if (fact_msg[0])
        dprintf(fd, "fact %s\n", fact_msg);
    if (fail_msg[0])
        dprintf(fd, "fail %s\n", fail_msg);
    return 0;
}

void harness_alloc_forbid(const char *during) { forbidden_during = during; }

void harness_alloc_allow(void) { forbidden_during = NULL; }

/* Called first by every wrapper: a call inside a forbidden window is the
 * learner's, since the harness allocates only outside them. */
static void entered(const char *name)
{
    if (forbidden_during)
        harness_fail("%s called %s: all of its memory must come from the block it was given",
                     forbidden_during, name);
}

static void count(void *p, long blocks)
{
    if (!p)
        return;
    __atomic_add_fetch(&live_blocks, blocks, __ATOMIC_RELAXED);
    long long bytes = (long long)malloc_usable_size(p);
    __atomic_add_fetch(&live_bytes, blocks > 0 ? bytes : -bytes, __ATOMIC_RELAXED);
}

void *__wrap_malloc(size_t size)
{
    entered("malloc");
    void *p = __real_malloc(size);
    count(p, 1);
    return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
    entered("calloc");
    void *p = __real_calloc(n, size);
    count(p, 1);
    return p;
}

/* realloc and reallocarray: p's bytes move to the new block, or stay when it fails. */
static void *counted_realloc(void *q, long long old, bool freed)
{
    if (q) {
        __atomic_add_fetch(&live_bytes, (long long)malloc_usable_size(q) - old, __ATOMIC_RELAXED);
    } else if (freed) {
        __atomic_sub_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
        __atomic_sub_fetch(&live_bytes, old, __ATOMIC_RELAXED);
    }
    return q;
}

void *__wrap_realloc(void *p, size_t size)
{
    entered("realloc");
    if (!p) {
        void *q = __real_malloc(size);
        count(q, 1);
        return q;
    }
    long long old = (long long)malloc_usable_size(p);
    /* glibc frees p and returns NULL for a size of 0 */
    return counted_realloc(__real_realloc(p, size), old, size == 0);
}

void *__wrap_reallocarray(void *p, size_t n, size_t size)
{
    entered("reallocarray");
    if (!p) {
        void *q = __real_reallocarray(NULL, n, size);
        count(q, 1);
        return q;
    }
    long long old = (long long)malloc_usable_size(p);
    return counted_realloc(__real_reallocarray(p, n, size), old, n == 0 || size == 0);
}

void __wrap_free(void *p)
{
    entered("free");
    count(p, -1);
    __real_free(p);
}

void *__wrap_aligned_alloc(size_t align, size_t size)
{
    entered("aligned_alloc");
    void *p = __real_aligned_alloc(align, size);
    count(p, 1);
    return p;
}

int __wrap_posix_memalign(void **out, size_t align, size_t size)
{
    entered("posix_memalign");
    int rc = __real_posix_memalign(out, align, size);
    if (rc == 0)
        count(*out, 1);
    return rc;
}

void *__wrap_memalign(size_t align, size_t size)
{
    entered("memalign");
    void *p = __real_memalign(align, size);
    count(p, 1);
    return p;
}

void *__wrap_valloc(size_t size)
{
    entered("valloc");
    void *p = __real_valloc(size);
    count(p, 1);
    return p;
}

void *__wrap_pvalloc(size_t size)
{
    entered("pvalloc");
    void *p = __real_pvalloc(size);
    count(p, 1);
    return p;
}

/* Raw memory is not counted as blocks (its pieces can be unmapped in parts), only
 * forbidden where a problem says so. */
void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    entered("mmap");
    return __real_mmap(addr, len, prot, flags, fd, off);
}

void *__wrap_mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
    entered("mremap");
    void *target = NULL;
    if (flags & MREMAP_FIXED) {
        va_list ap;
        va_start(ap, flags);
        target = va_arg(ap, void *);
        va_end(ap);
        return __real_mremap(old, old_len, new_len, flags, target);
    }
    return __real_mremap(old, old_len, new_len, flags);
}

int __wrap_munmap(void *addr, size_t len)
{
    entered("munmap");
    return __real_munmap(addr, len);
}

void *__wrap_sbrk(intptr_t delta)
{
    entered("sbrk");
    return __real_sbrk(delta);
}

int __wrap_brk(void *addr)
{
    entered("brk");
    return __real_brk(addr);
}
