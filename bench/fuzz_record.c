/* Fuzzes the box's record line: the judge parses whatever the box printed, so the
 * parser must survive any bytes, accept only lines the box could have written, and
 * agree with the formatter both ways:
 * - bytes -> record_parse: when accepted, every field is in its documented range,
 *   and format -> parse gives the same record and the same line again;
 * - bytes -> a record -> record_format -> record_parse: the same record back when
 *   every field is in the parser's range, a rejection (never other values) when not;
 *   and the formatter never writes past a buffer of the exact size it needs.
 * Built with the rest it runs random mutations of valid lines (or replays the files
 * named on argv) and prints its rate; built with clang -fsanitize=fuzzer
 * -DKIT_LIBFUZZER (bench/fuzz.sh) it is a libFuzzer target. */
#include "record.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fuzz_replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The parser's documented maxima (record.c keeps them private). */
#define MAX_MS 1000000000000LL
#define MAX_KB 1000000000000LL
#define MAX_SIGNAL 64
/* Longer than any line record_format can write: 7 keys, 20-digit numbers, msg. */
#define LINE_MAX_BYTES 512

static void fail(const char *what, const void *line, size_t len)
{
    fprintf(stderr, "fuzz_record: %s\n  line (%zu bytes): ", what, len);
    fwrite(line, 1, len, stderr);
    fputc('\n', stderr);
    abort();
}

static bool same_record(const record *a, const record *b)
{
    return a->id == b->id && a->status == b->status && a->cpu_ms == b->cpu_ms &&
           a->wall_ms == b->wall_ms && a->rss_kb == b->rss_kb && a->exit_code == b->exit_code &&
           a->signal == b->signal && strcmp(a->msg, b->msg) == 0;
}

static bool in_range(const record *r)
{
    return (unsigned)r->status < RECORD_STATUS_COUNT && r->cpu_ms >= 0 && r->cpu_ms <= MAX_MS &&
           r->wall_ms >= 0 && r->wall_ms <= MAX_MS && r->rss_kb >= 0 && r->rss_kb <= MAX_KB &&
           r->exit_code >= 0 && r->exit_code <= 255 && r->signal >= 0 && r->signal <= MAX_SIGNAL;
}

/* Formats r into a heap buffer of exactly the size it needs (so ASan sees a write
 * past it) and checks the line's shape; returns the malloc'd line. */
static char *format_exact(const record *r, int *len_out)
{
    char probe[LINE_MAX_BYTES];
    int n = record_format(r, probe, sizeof probe);
    if (n <= 0)
        fail("a record in range does not format", probe, 0);
    size_t len = (size_t)n;
    if (probe[len - 1] != '\n' || memchr(probe, '\n', len - 1) || memchr(probe, '\0', len))
        fail("formatted line is not one line of text", probe, len);
    char *exact = malloc(len + 1);
    if (exact == NULL)
        abort();
    if (record_format(r, exact, len + 1) != n || memcmp(exact, probe, len + 1) != 0)
        fail("formatting into an exact buffer differs", probe, len);
    /* One byte short must be refused, not truncated. */
    char *shorter = malloc(len);
    if (shorter == NULL)
        abort();
    if (record_format(r, shorter, len) != -1)
        fail("formatting into a short buffer was not refused", probe, len);
    free(shorter);
    *len_out = n;
    return exact;
}

/* Direction 1: the bytes are a line from the box. */
static void check_parse(const uint8_t *data, size_t size)
{
    record r;
    memset(&r, 0x5A, sizeof r); /* a parse failure must leave it alone */
    record before = r;
    if (record_parse((const char *)data, size, &r) != 0) {
        if (memcmp(&r, &before, sizeof r) != 0)
            fail("a rejected line changed the output", data, size);
        return;
    }
    if (!in_range(&r))
        fail("accepted a field out of range", data, size);
    if (memchr(r.msg, '\0', sizeof r.msg) == NULL || strchr(r.msg, '\n'))
        fail("accepted msg is unterminated or holds a newline", data, size);
    int n;
    char *line = format_exact(&r, &n);
    record again;
    if (record_parse(line, (size_t)n, &again) != 0 || !same_record(&r, &again))
        fail("format then parse does not give the record back", line, (size_t)n);
    int m;
    char *line2 = format_exact(&again, &m);
    if (m != n || memcmp(line, line2, (size_t)n) != 0)
        fail("the formatted line is not a fixed point", line2, (size_t)m);
    free(line);
    free(line2);
}

/* Reads little-endian bytes from the input, zeros past its end. */
static uint64_t take(const uint8_t **p, const uint8_t *end, size_t bytes)
{
    uint64_t v = 0;
    for (size_t i = 0; i < bytes; i++)
        v |= (uint64_t)(*p < end ? *(*p)++ : 0) << (8 * i);
    return v;
}

/* A field value: mostly within range (where round trips are checked), sometimes
 * just outside it or anywhere (where the parser must refuse). */
static long long pick(uint64_t raw, long long max)
{
    switch (raw & 3) {
    case 0:
        return (long long)((raw >> 2) % ((uint64_t)max + 1));
    case 1:
        return (raw >> 2) & 1 ? max : 0;
    case 2:
        return (raw >> 2) & 1 ? max + 1 : -1;
    default:
        return (long long)(raw >> 2) - (1LL << 61);
    }
}

/* Direction 2: the bytes describe a record the box formats. */
static void check_format(const uint8_t *data, size_t size)
{
    const uint8_t *p = data, *end = data + size;
    record r;
    memset(&r, 0, sizeof r);
    r.id = take(&p, end, 8);
    r.status = (record_status)(take(&p, end, 1) % (RECORD_STATUS_COUNT + 1));
    r.cpu_ms = (long)pick(take(&p, end, 8), MAX_MS);
    r.wall_ms = (long)pick(take(&p, end, 8), MAX_MS);
    r.rss_kb = (long)pick(take(&p, end, 8), MAX_KB);
    r.exit_code = (int)pick(take(&p, end, 4), 255);
    r.signal = (int)pick(take(&p, end, 4), MAX_SIGNAL);
    /* The rest is msg up to its first NUL; the formatter turns newlines into
     * spaces, so that is what must come back. */
    size_t mlen = (size_t)(end - p);
    const uint8_t *nul = memchr(p, '\0', mlen);
    if (nul)
        mlen = (size_t)(nul - p);
    if (mlen > sizeof r.msg - 1)
        mlen = sizeof r.msg - 1;
    memcpy(r.msg, p, mlen);
    char line[LINE_MAX_BYTES];
    int n = record_format(&r, line, sizeof line);
    if ((unsigned)r.status >= RECORD_STATUS_COUNT) {
        if (n != -1)
            fail("formatted a record with an unknown status", line, n > 0 ? (size_t)n : 0);
        return;
    }
    if (n <= 0)
        fail("a record does not format into 512 bytes", r.msg, mlen);
    record back;
    int rc = record_parse(line, (size_t)n, &back);
    if (!in_range(&r)) {
        if (rc == 0)
            fail("parsed a line with a field out of range", line, (size_t)n);
        return;
    }
    for (char *c = r.msg; *c; c++)
        *c = *c == '\n' ? ' ' : *c;
    if (rc != 0 || !same_record(&r, &back))
        fail("parse of a formatted record differs", line, (size_t)n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_parse(data, size);
    check_format(data, size);
    return 0;
}

#ifndef KIT_LIBFUZZER
#define CASES 300000

static const char *const pieces[] = {
    "id=",
    "status=",
    "cpu_ms=",
    "wall_ms=",
    "rss_kb=",
    "exit=",
    "signal=",
    "msg=",
    "OK",
    "EXIT",
    "SIGNAL",
    "CPU",
    "WALL",
    "MEM",
    "SETUP",
    "ERROR",
    " ",
    "=",
    "\n",
    "0",
    "255",
    "256",
    "64",
    "65",
    "-1",
    "+1",
    "01",
    "\r",
    "\t",
    "1000000000000",
    "1000000000001",
    "18446744073709551615",
    "18446744073709551616",
};

/* A valid line with a few random edits: bytes replaced, spans cut, pieces of the
 * grammar inserted, so most cases are near the boundary between valid and not. */
static size_t random_case(uint8_t *buf, size_t cap, unsigned *seed)
{
    record r;
    memset(&r, 0, sizeof r);
    r.id = (unsigned long long)rand_r(seed);
    r.status = (record_status)(rand_r(seed) % RECORD_STATUS_COUNT);
    r.cpu_ms = rand_r(seed) % 5000;
    r.wall_ms = rand_r(seed) % 5000;
    r.rss_kb = rand_r(seed) % 100000;
    r.exit_code = rand_r(seed) % 256;
    r.signal = rand_r(seed) % 65;
    snprintf(r.msg, sizeof r.msg, "%s", rand_r(seed) % 2 ? "free text with = signs" : "");
    int n = record_format(&r, (char *)buf, cap);
    size_t len = n > 0 ? (size_t)n : 0;
    return fuzz_mutate(buf, len, cap, pieces, sizeof pieces / sizeof *pieces, 7, seed);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        return fuzz_replay("fuzz_record", argc, argv);
    unsigned seed = (unsigned)time(NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long accepted = 0;
    for (int i = 0; i < CASES; i++) {
        uint8_t buf[LINE_MAX_BYTES];
        size_t n = random_case(buf, sizeof buf, &seed);
        /* An exact-size copy, so a read past the length is a read past the block. */
        uint8_t *copy = malloc(n ? n : 1);
        if (copy == NULL)
            abort();
        memcpy(copy, buf, n);
        record r;
        accepted += record_parse((const char *)copy, n, &r) == 0;
        LLVMFuzzerTestOneInput(copy, n);
        free(copy);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fuzz_record: %d random lines in %.2f s (%.0f lines/s, %.0f%% accepted), "
           "no violation\n",
           CASES, secs, CASES / secs, 100.0 * (double)accepted / CASES);
    return 0;
}
#endif
