/* Implementation of the shared harness: a buffered reader over fd 0, the answer and
 * report channels on fds 3 and 4, CPU timing, and wrappers of every allocation
 * entry point that count blocks and catch calls where a problem forbids them.
 * Readers allocate through the counted wrappers like any code, so a harness
 * checks ownership by comparing harness_live_blocks() before and after the
 * learner's calls, never by its absolute value.
 *
 * The report (fd 4) is what the judge reads of a run, in one write at the end:
 *   time_ns N | time_ns unbalanced | time_ns running
 *   fact TEXT        (optional)
 *   fail MESSAGE     (optional)
 *   end
 * or, when the input is broken, the single line "bad-input MESSAGE" (then exit 2).
 * The first allocation the allocator refuses (under the memory limit, malloc
 * returns NULL) is written at once as "alloc-failed FUNCTION BYTES": what the
 * learner's code does with the NULL may end the process before the report.
 * The judge (judge/src/assess.c) takes a report that lacks "end", holds anything
 * else, or claims a broken input its validator accepts, as the learner's doing. */
#define _GNU_SOURCE
#include "harness.h"
#include "harness_report.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
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
/* A stop without a start, or a start while running, is not the harness's doing
 * (it pairs them around the learner's calls): the time is then reported as
 * unbalanced, which the judge does not show. */
static bool timer_running, timer_unbalanced;
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

/* The sanitizer allocator's interface, present only in a sanitized build (linked
 * dynamically with AddressSanitizer); weak, so a static build links without it. */
int __sanitizer_install_malloc_and_free_hooks(void (*on_malloc)(const volatile void *, size_t),
                                              void (*on_free)(const volatile void *))
    __attribute__((weak));
int __sanitizer_get_ownership(const volatile void *p) __attribute__((weak));
size_t __sanitizer_get_allocated_size(const volatile void *p) __attribute__((weak));

/* Set when the sanitizer's hooks count blocks instead of the wrappers: in a
 * dynamic link the C library's own calls of malloc (strdup, getline, asprintf,
 * open_memstream) reach the sanitizer's allocator without passing a wrapper,
 * while the learner's free of what they return does. The hooks see every block
 * of the process, whoever allocates it. */
static bool hooked;

/* The harness's own system calls, made without the C library: in a static
 * binary a submission that defines clock_gettime, write or fcntl replaces
 * glibc's for every caller, the harness included. Returns -errno on failure. */
static long raw_syscall(long nr, long a, long b, long c)
{
#if defined(__x86_64__)
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return ret;
#elif defined(__aarch64__)
    register long x8 __asm__("x8") = nr;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
#else
    long ret = syscall(nr, a, b, c);
    return ret < 0 ? -errno : ret;
#endif
}

/* The report's descriptor: fd 4 when the judge opened it, else stderr. */
static int report_fd(void)
{
    return raw_syscall(SYS_fcntl, REPORT_FD, F_GETFD, 0) >= 0 ? REPORT_FD : 2;
}

static void report_write(const char *text, size_t len)
{
    int fd = report_fd();
    while (len > 0) {
        long n = raw_syscall(SYS_write, fd, (long)text, (long)len);
        if (n == -EINTR)
            continue;
        if (n <= 0)
            return;
        text += n;
        len -= (size_t)n;
    }
}

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
    char msg[512] = HARNESS_REPORT_BAD_INPUT " ";
    size_t head = strlen(msg);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + head, sizeof msg - head - 1, fmt, ap);
    va_end(ap);
    for (char *p = msg; *p; p++)
        if (*p == '\n')
            *p = ' ';
    size_t len = strlen(msg);
    msg[len++] = '\n';
    report_write(msg, len);
    _exit(2);
}

static void on_sanitizer_malloc(const volatile void *p, size_t size)
{
    if (!p)
        return;
    __atomic_add_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&live_bytes, (long long)size, __ATOMIC_RELAXED);
}

/* Called before the block is released; a pointer the allocator does not own (a
 * double free, which the sanitizer reports next) is not counted. */
static void on_sanitizer_free(const volatile void *p)
{
    if (!p || !__sanitizer_get_ownership(p))
        return;
    __atomic_sub_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
    __atomic_sub_fetch(&live_bytes, (long long)__sanitizer_get_allocated_size(p), __ATOMIC_RELAXED);
}

/* Runs before main() and before the learner's own constructors (101 is the
 * first priority a program may use): give stdio static buffers so the learner's
 * first printf does not malloc a buffer that would later look like their leak,
 * and in a sanitized build count through the sanitizer's hooks from here on. */
__attribute__((constructor(101))) static void harness_setup(void)
{
    setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
    setvbuf(stderr, stderr_buf, _IOLBF, sizeof stderr_buf);
    if (__sanitizer_install_malloc_and_free_hooks && __sanitizer_get_ownership &&
        __sanitizer_get_allocated_size)
        hooked =
            __sanitizer_install_malloc_and_free_hooks(on_sanitizer_malloc, on_sanitizer_free) != 0;
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
    raw_syscall(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, (long)&ts, 0);
    if (raw_syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, (long)&ts, 0) < 0)
        return 0;
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void harness_timer_start(void)
{
    if (timer_running)
        timer_unbalanced = true;
    timer_running = true;
    timer_started_ns = cpu_now_ns();
}

void harness_timer_stop(void)
{
    long long now = cpu_now_ns();
    if (!timer_running) {
        timer_unbalanced = true;
        return;
    }
    timer_running = false;
    timer_total_ns += now - timer_started_ns;
}

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
    char report[sizeof fact_msg + sizeof fail_msg + 64], timing[32];
    if (timer_unbalanced || timer_running)
        snprintf(timing, sizeof timing, "%s",
                 timer_unbalanced ? HARNESS_REPORT_UNBALANCED : HARNESS_REPORT_RUNNING);
    else
        snprintf(timing, sizeof timing, "%lld", timer_total_ns);
    /* one write: a line the learner's code adds cannot land inside the report */
    int n = snprintf(report, sizeof report,
                     HARNESS_REPORT_TIME " %s\n%s%s%s%s%s%s" HARNESS_REPORT_END "\n", timing,
                     fact_msg[0] ? HARNESS_REPORT_FACT " " : "", fact_msg, fact_msg[0] ? "\n" : "",
                     fail_msg[0] ? HARNESS_REPORT_FAIL " " : "", fail_msg, fail_msg[0] ? "\n" : "");
    report_write(report, n > 0 && (size_t)n < sizeof report ? (size_t)n : strlen(report));
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

/* The first refused allocation, on the report at once (one write, no
 * allocation: snprintf of integers does not allocate). */
static void refused(const char *name, size_t bytes)
{
    static bool said;
    if (said || bytes == 0)
        return;
    said = true;
    char line[96];
    int n = snprintf(line, sizeof line, HARNESS_REPORT_ALLOC_FAILED " %s %zu\n", name, bytes);
    if (n > 0 && (size_t)n < sizeof line)
        report_write(line, (size_t)n);
}

static void count(void *p, long blocks)
{
    if (!p || hooked)
        return;
    __atomic_add_fetch(&live_blocks, blocks, __ATOMIC_RELAXED);
    long long bytes = (long long)malloc_usable_size(p);
    __atomic_add_fetch(&live_bytes, blocks > 0 ? bytes : -bytes, __ATOMIC_RELAXED);
}

/* A new block: counted, or its refusal reported. */
static void *got(void *p, const char *name, size_t bytes)
{
    if (p)
        count(p, 1);
    else
        refused(name, bytes);
    return p;
}

/* calloc's bytes; a product past SIZE_MAX is no memory request but a bug, and
 * stays a plain NULL (0 reports nothing). */
static size_t product(size_t n, size_t size)
{
    size_t bytes;
    return __builtin_mul_overflow(n, size, &bytes) ? 0 : bytes;
}

void *__wrap_malloc(size_t size)
{
    entered("malloc");
    return got(__real_malloc(size), "malloc", size);
}

void *__wrap_calloc(size_t n, size_t size)
{
    entered("calloc");
    return got(__real_calloc(n, size), "calloc", product(n, size));
}

/* realloc and reallocarray: p's bytes move to the new block, or stay when it
 * fails; glibc frees p and returns NULL for a size of 0. */
static void *counted_realloc(void *p, size_t size)
{
    if (!p)
        return got(__real_malloc(size), "realloc", size);
    long long old = (long long)malloc_usable_size(p);
    void *q = __real_realloc(p, size);
    if (q) {
        __atomic_add_fetch(&live_bytes, (long long)malloc_usable_size(q) - old, __ATOMIC_RELAXED);
    } else if (size > 0) {
        refused("realloc", size);
    } else {
        __atomic_sub_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
        __atomic_sub_fetch(&live_bytes, old, __ATOMIC_RELAXED);
    }
    return q;
}

void *__wrap_realloc(void *p, size_t size)
{
    entered("realloc");
    return hooked ? __real_realloc(p, size) : counted_realloc(p, size);
}

/* Not through glibc's reallocarray: in a static binary its own call of realloc
 * is wrapped too, and the block would be counted twice. */
void *__wrap_reallocarray(void *p, size_t n, size_t size)
{
    entered("reallocarray");
    if (hooked)
        return __real_reallocarray(p, n, size);
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes)) {
        errno = ENOMEM;
        return NULL;
    }
    return counted_realloc(p, bytes);
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
    return got(__real_aligned_alloc(align, size), "aligned_alloc", size);
}

int __wrap_posix_memalign(void **out, size_t align, size_t size)
{
    entered("posix_memalign");
    int rc = __real_posix_memalign(out, align, size);
    if (rc == 0)
        count(*out, 1);
    else if (rc == ENOMEM)
        refused("posix_memalign", size);
    return rc;
}

void *__wrap_memalign(size_t align, size_t size)
{
    entered("memalign");
    return got(__real_memalign(align, size), "memalign", size);
}

void *__wrap_valloc(size_t size)
{
    entered("valloc");
    return got(__real_valloc(size), "valloc", size);
}

void *__wrap_pvalloc(size_t size)
{
    entered("pvalloc");
    return got(__real_pvalloc(size), "pvalloc", size);
}

/* glibc's own names of its allocator (malloc is __libc_malloc there), which a
 * submission can call to pass the wrappers above: served and counted as the
 * standard names are, by the allocator the program's malloc uses (the
 * sanitizer's, in a sanitized build, so that their blocks can be freed). */
void *__wrap___libc_malloc(size_t size);
void *__wrap___libc_calloc(size_t n, size_t size);
void *__wrap___libc_realloc(void *p, size_t size);
void __wrap___libc_free(void *p);
void *__wrap___libc_memalign(size_t align, size_t size);
void *__wrap___libc_valloc(size_t size);
void *__wrap___libc_pvalloc(size_t size);

void *__wrap___libc_malloc(size_t size)
{
    entered("__libc_malloc");
    return got(__real_malloc(size), "__libc_malloc", size);
}

void *__wrap___libc_calloc(size_t n, size_t size)
{
    entered("__libc_calloc");
    return got(__real_calloc(n, size), "__libc_calloc", product(n, size));
}

void *__wrap___libc_realloc(void *p, size_t size)
{
    entered("__libc_realloc");
    return hooked ? __real_realloc(p, size) : counted_realloc(p, size);
}

void __wrap___libc_free(void *p)
{
    entered("__libc_free");
    count(p, -1);
    __real_free(p);
}

void *__wrap___libc_memalign(size_t align, size_t size)
{
    entered("__libc_memalign");
    return got(__real_memalign(align, size), "__libc_memalign", size);
}

void *__wrap___libc_valloc(size_t size)
{
    entered("__libc_valloc");
    return got(__real_valloc(size), "__libc_valloc", size);
}

void *__wrap___libc_pvalloc(size_t size)
{
    entered("__libc_pvalloc");
    return got(__real_pvalloc(size), "__libc_pvalloc", size);
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
