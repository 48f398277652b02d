/* Validator of malloc-free: checks one trace on stdin against the statement,
 * strictly: "SIZE OPS" (SIZE a multiple of 16 in [4096, 2^26], OPS <= 10^6), then
 * exactly OPS lines "a ID BYTES", "x BYTES", "f ID" or "n" with canonical numbers,
 * single spaces and '\n' line ends. An `a` names an ID that is not live and asks
 * for a size that the four model allocators of models.h all serve with live
 * memory within half the block; an `x` asks for 0 or more than the block; an `f`
 * names a live ID. At most 10^5 blocks live, IDs below 10^6, and the BYTES of all
 * `a` ops sum to at most 2^28. Exit 42 when valid, 43 with one stderr line. */
#include "models.h"

#include <stdarg.h>
#include <string.h>

enum {
    MIN_BLOCK = 4096,
    MAX_BLOCK = 1 << 26,
    MAX_OPS = 1000000,
    MAX_LIVE = 100000,
    MAX_IDS = 1000000,
};
#define BYTES_CAP (1ULL << 28)

static char *buf;
static size_t len, pos;
static size_t line = 1;

static void invalid(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void invalid(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "line %zu: ", line);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(43);
}

static void read_all(void)
{
    size_t cap = 1 << 20;
    buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
        len += fread(buf + len, 1, cap - len, stdin);
        if (len < cap)
            break;
        cap *= 2;
        buf = realloc(buf, cap);
    }
}

static void expect(char ch, const char *what)
{
    /* a hand-made file's last line often lacks its newline: the file's end ends
       a last line that holds something */
    if (ch == '\n' && pos == len && pos > 0 && buf[pos - 1] != '\n')
        return;
    if (pos >= len || buf[pos] != ch)
        invalid("expected %s", what);
    pos++;
    if (ch == '\n')
        line++;
}

/* An unsigned decimal in [lo, hi]: digits only, no leading zeros, at most 2^64 - 1. */
static uint64_t read_number(uint64_t lo, uint64_t hi, const char *what)
{
    size_t start = pos;
    uint64_t v = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        unsigned d = (unsigned)(buf[pos] - '0');
        if (v > (UINT64_MAX - d) / 10)
            invalid("%s does not fit in 64 bits", what);
        v = v * 10 + d;
        pos++;
    }
    if (pos == start)
        invalid("%s is not a number", what);
    if (pos - start > 1 && buf[start] == '0')
        invalid("%s '%.*s' has a leading zero", what, (int)(pos - start), buf + start);
    if (v < lo || v > hi)
        invalid("%s %llu is out of range [%llu, %llu]", what, (unsigned long long)v,
                (unsigned long long)lo, (unsigned long long)hi);
    return v;
}

static model_set models;
static uint64_t block, total_bytes;
static uint64_t *bytes_of; /* per ID: its size while live, 0 when not live */
static uint32_t (*where_of)[MODEL_COUNT];
static uint32_t nlive;

static void op_alloc(void)
{
    uint32_t id = (uint32_t)read_number(0, MAX_IDS - 1, "ID");
    expect(' ', "a space before BYTES");
    uint64_t n = read_number(1, block, "BYTES of an `a` op (use `x` for 0 or more than the block)");
    if (bytes_of[id])
        invalid("`a %u %llu`: ID %u is live (free it first)", id, (unsigned long long)n, id);
    if (nlive == MAX_LIVE)
        invalid("`a %u %llu`: more than %d blocks would be live", id, (unsigned long long)n,
                MAX_LIVE);
    total_bytes += n;
    if (total_bytes > BYTES_CAP)
        invalid("the BYTES of the `a` ops so far sum to %llu, more than 2^28",
                (unsigned long long)total_bytes);
    const char *why = models_refuse(&models, n);
    if (why)
        invalid("`a %u %llu` is not promised: %s", id, (unsigned long long)n, why);
    models_alloc(&models, n, where_of[id]);
    bytes_of[id] = n;
    nlive++;
}

static void op_free(void)
{
    uint32_t id = (uint32_t)read_number(0, MAX_IDS - 1, "ID");
    if (!bytes_of[id])
        invalid("`f %u`: ID %u is not live", id, id);
    models_free(&models, bytes_of[id], where_of[id]);
    bytes_of[id] = 0;
    nlive--;
}

static void read_op(void)
{
    char kind = pos < len ? buf[pos] : '\0';
    if (kind == 'n') {
        pos++;
    } else if (kind == 'a' || kind == 'x' || kind == 'f') {
        pos++;
        expect(' ', "a space after the op letter");
        if (kind == 'a') {
            op_alloc();
        } else if (kind == 'f') {
            op_free();
        } else {
            uint64_t n = read_number(0, UINT64_MAX, "BYTES");
            if (n != 0 && n <= block)
                invalid("`x %llu` could be served: an `x` asks for 0 or more than the block",
                        (unsigned long long)n);
        }
    } else {
        invalid("expected an op: `a ID BYTES`, `x BYTES`, `f ID` or `n`");
    }
    expect('\n', "end of line");
}

int main(void)
{
    read_all();
    block = read_number(MIN_BLOCK, MAX_BLOCK, "SIZE");
    if (block % 16 != 0)
        invalid("SIZE %llu is not a multiple of 16", (unsigned long long)block);
    expect(' ', "a space after SIZE");
    uint64_t ops = read_number(0, MAX_OPS, "OPS");
    expect('\n', "end of the first line");
    bytes_of = model_array(MAX_IDS, sizeof *bytes_of);
    where_of = model_array(MAX_IDS, sizeof *where_of);
    models_init(&models, block);
    for (uint64_t i = 0; i < ops; i++) {
        if (pos == len)
            invalid("input ends after %llu of %llu ops", (unsigned long long)i,
                    (unsigned long long)ops);
        read_op();
    }
    if (pos != len)
        invalid("unexpected data after %llu ops", (unsigned long long)ops);
    models_release(&models);
    free(bytes_of);
    free(where_of);
    free(buf);
    return 42;
}
