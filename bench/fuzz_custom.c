/* Fuzzes the reading of a custom checker's end (check_custom_result): a package's
 * checker is a program we did not write, so its exit, its signal and above all the
 * judgemessage.txt it leaves in the feedback directory are untrusted. The input
 * chooses the exit, the signal, the timeout and what judgemessage.txt is (a file
 * with the remaining bytes, missing, a symlink, a FIFO, a directory, or no
 * feedback directory at all); the result must follow the documented protocol and
 * its message must be safe text that says exactly what the checker wrote:
 * unescaping it gives the first non-blank line of the file's first 4 KiB, trimmed,
 * or a prefix of it ending in "..." when it was cut.
 * Built with the rest it runs random cases (or replays the files named on argv)
 * and prints its rate; built with clang -fsanitize=fuzzer -DKIT_LIBFUZZER
 * (bench/fuzz.sh) it is a libFuzzer target. */
#include "checker.h"

#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "fuzz_replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* What check_custom_result promises (checker.h, checker.c). */
#define FEEDBACK_READ 4096
#define FEEDBACK_SHOW 200
#define HEADER 8

enum where { FILE_REGULAR, FILE_MISSING, FILE_SYMLINK, FILE_FIFO, FILE_DIRECTORY };

/* Room for the file names after a directory of up to PATH_MAX. */
static char dir[PATH_MAX], message_path[PATH_MAX + 32], target_path[PATH_MAX + 32];

static void cleanup(void)
{
    unlink(message_path);
    rmdir(message_path);
    unlink(target_path);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/fuzz-custom-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL) {
        perror("fuzz_custom: mkdtemp");
        exit(1);
    }
    snprintf(message_path, sizeof message_path, "%s/judgemessage.txt", dir);
    snprintf(target_path, sizeof target_path, "%s/elsewhere.txt", dir);
    atexit(cleanup);
    return 0;
}

static void fail(const char *what, const check_result *r, const uint8_t *data, size_t size)
{
    fprintf(stderr, "fuzz_custom: %s\n  outcome %d, message '%s'\n  input (%zu bytes): ", what,
            (int)r->outcome, r->message, size);
    fwrite(data, 1, size, stderr);
    fputc('\n', stderr);
    abort();
}

static void write_file(const char *path, const uint8_t *bytes, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, bytes, n) != (ssize_t)n) {
        perror("fuzz_custom: write");
        abort();
    }
    close(fd);
}

/* Puts judgemessage.txt in the state the input asks for. */
static void place_message(enum where where, const uint8_t *bytes, size_t n)
{
    /* Whatever the previous input left there: a file, a link, a FIFO or a directory. */
    if (unlink(message_path) < 0)
        rmdir(message_path);
    int rc = 0;
    switch (where) {
    case FILE_REGULAR:
        write_file(message_path, bytes, n);
        break;
    case FILE_MISSING:
        break;
    case FILE_SYMLINK:
        write_file(target_path, bytes, n);
        rc = symlink(target_path, message_path);
        break;
    case FILE_FIFO:
        rc = mkfifo(message_path, 0600);
        break;
    case FILE_DIRECTORY:
        rc = mkdir(message_path, 0700);
        break;
    }
    if (rc < 0) {
        perror("fuzz_custom: placing judgemessage.txt");
        abort();
    }
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF) with
 * no control characters: what a terminal may safely be shown. */
static bool safe_text(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        unsigned char c = *u;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F)
                return false;
            u++;
            continue;
        }
        size_t len = c >= 0xC2 && c < 0xE0    ? 2
                     : c >= 0xE0 && c < 0xF0  ? 3
                     : c >= 0xF0 && c <= 0xF4 ? 4
                                              : 0;
        if (len == 0)
            return false;
        for (size_t i = 1; i < len; i++) {
            if ((u[i] & 0xC0) != 0x80)
                return false;
        }
        if ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F) ||
            (c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F))
            return false;
        u += len;
    }
    return true;
}

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Undoes the escaping of checker.h (\n \r \t \\ \xNN); returns the length, or -1
 * when s is not something the escaper writes. */
static long unescape(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            out[o++] = s[i];
            continue;
        }
        if (++i == n)
            return -1;
        switch (s[i]) {
        case 'n':
            out[o++] = '\n';
            break;
        case 'r':
            out[o++] = '\r';
            break;
        case 't':
            out[o++] = '\t';
            break;
        case '\\':
            out[o++] = '\\';
            break;
        case 'x':
            if (i + 2 >= n || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
                return -1;
            out[o++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
            break;
        default:
            return -1;
        }
    }
    return (long)o;
}

/* The line the checker meant: the first non-blank line of what we read, trimmed. */
static size_t expected_line(const uint8_t *bytes, size_t n, const char **line)
{
    if (n > FEEDBACK_READ)
        n = FEEDBACK_READ;
    size_t start = 0;
    while (start < n && is_space(bytes[start]))
        start++;
    const uint8_t *nl = memchr(bytes + start, '\n', n - start);
    size_t end = nl ? (size_t)(nl - bytes) : n;
    while (end > start && is_space(bytes[end - 1]))
        end--;
    *line = (const char *)bytes + start;
    return end - start;
}

static void check_reject_message(const check_result *r, const uint8_t *bytes, size_t n,
                                 bool readable, const uint8_t *data, size_t size)
{
    const char *line;
    size_t want = readable ? expected_line(bytes, n, &line) : 0;
    if (want == 0) {
        if (strcmp(r->message, "the checker rejected the output") != 0)
            fail("no message to show, yet not the default one", r, data, size);
        return;
    }
    size_t mlen = strlen(r->message);
    if (mlen > FEEDBACK_SHOW + 3)
        fail("message longer than the cap", r, data, size);
    char plain[sizeof r->message];
    long got = unescape(r->message, mlen, plain);
    if (got == (long)want && memcmp(plain, line, want) == 0)
        return;
    /* Cut: a proper prefix of the line, then "...", after filling the cap but for
     * less than one escaped character (at most 4 bytes). */
    if (mlen < 3 || strcmp(r->message + mlen - 3, "...") != 0 || mlen - 3 + 4 <= FEEDBACK_SHOW)
        fail("message differs from the checker's line", r, data, size);
    got = unescape(r->message, mlen - 3, plain);
    if (got < 0 || (size_t)got >= want || memcmp(plain, line, (size_t)got) != 0)
        fail("cut message is not a prefix of the checker's line", r, data, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t h[HEADER] = {0};
    memcpy(h, data, size < HEADER ? size : HEADER);
    const uint8_t *bytes = data + (size < HEADER ? size : HEADER);
    size_t n = size < HEADER ? 0 : size - HEADER;

    /* Mostly a plain file and exit 43, where the message matters. */
    enum where where = (h[0] & 7) < 4 ? FILE_REGULAR : (enum where)((h[0] & 7) - 3);
    bool timed_out = h[0] & 0x40, no_dir = h[0] & 0x80;
    int32_t raw;
    memcpy(&raw, h + 2, sizeof raw);
    int exit_status = h[1] < 128 ? 43 : h[1] < 192 ? 42 : raw;
    int term_signal = h[6] < 224 ? 0 : (int8_t)h[7];
    place_message(where, bytes, n);

    check_result r;
    memset(&r, 0x5A, sizeof r);
    check_custom_result(exit_status, term_signal, timed_out, no_dir ? NULL : dir, &r);

    if (memchr(r.message, '\0', sizeof r.message) == NULL || !safe_text(r.message))
        fail("message unterminated or not safe text", &r, data, size);
    if (r.line != 0 || r.whitespace_only)
        fail("a custom result claims a line or whitespace difference", &r, data, size);
    char want[64];
    if (timed_out) {
        if (r.outcome != CHECK_FAULT || strcmp(r.message, "checker timed out") != 0)
            fail("a timeout is not a fault", &r, data, size);
    } else if (term_signal > 0) {
        snprintf(want, sizeof want, "checker killed by signal %d", term_signal);
        if (r.outcome != CHECK_FAULT || strncmp(r.message, want, strlen(want)) != 0)
            fail("a signal is not a fault naming it", &r, data, size);
    } else if (exit_status == 42) {
        if (r.outcome != CHECK_ACCEPT || r.message[0] != '\0')
            fail("exit 42 is not a plain accept", &r, data, size);
    } else if (exit_status == 43) {
        if (r.outcome != CHECK_REJECT)
            fail("exit 43 is not a reject", &r, data, size);
        check_reject_message(&r, bytes, n, !no_dir && where == FILE_REGULAR, data, size);
    } else {
        snprintf(want, sizeof want, "checker exited with status %d", exit_status);
        if (r.outcome != CHECK_FAULT || strcmp(r.message, want) != 0)
            fail("an unknown exit is not a fault naming it", &r, data, size);
    }
    return 0;
}

#ifndef KIT_LIBFUZZER
#define CASES 50000
#define MAX_LEN 300

/* Bytes that matter to the message: blanks, escapes, pieces of valid and broken
 * UTF-8, NUL and other control characters. */
static const char alphabet[] =
    " \n\r\t\v\fab\\x\0\x01\x1b\x7f\xff\xc3\xa9\xe2\x82\xac\xf0\x9f\x9a\x80";

static size_t random_case(uint8_t *buf, unsigned *seed)
{
    size_t n = HEADER + (size_t)rand_r(seed) % MAX_LEN;
    for (size_t i = 0; i < HEADER; i++)
        buf[i] = (uint8_t)rand_r(seed);
    /* A long run of one character now and then, to reach the cap and the 4 KiB read. */
    if (rand_r(seed) % 8 == 0)
        n = HEADER + FEEDBACK_READ - 100 + (size_t)rand_r(seed) % 200;
    uint8_t fill = (uint8_t)alphabet[(size_t)rand_r(seed) % (sizeof alphabet - 1)];
    for (size_t i = HEADER; i < n; i++)
        buf[i] = rand_r(seed) % 4 ? fill
                                  : (uint8_t)alphabet[(size_t)rand_r(seed) % (sizeof alphabet - 1)];
    return n;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc > 1)
        return fuzz_replay("fuzz_custom", argc, argv);
    unsigned seed = (unsigned)time(NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < CASES; i++) {
        static uint8_t buf[HEADER + FEEDBACK_READ + 200];
        LLVMFuzzerTestOneInput(buf, random_case(buf, &seed));
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fuzz_custom: %d random checker ends in %.2f s (%.0f/s), no violation\n", CASES, secs,
           CASES / secs);
    return 0;
}
#endif
