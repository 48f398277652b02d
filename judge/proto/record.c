/* The record line judge-box writes for every run: formatting, and a strict parser
 * (the judge feeds it whatever the box printed, and it is fuzzed), so anything
 * that is not exactly a record the box could have written is rejected. */
#include "record.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const char *const status_names[] = {
#define X(id, text) #id,
    RECORD_STATUSES(X)
#undef X
};

static const char *const status_texts[] = {
#define X(id, text) text,
    RECORD_STATUSES(X)
#undef X
};

/* The fields a record line may hold, each at most once; msg must come last. */
#define RECORD_KEYS(X)                                                                             \
    X(ID, "id")                                                                                    \
    X(STATUS, "status")                                                                            \
    X(CPU_MS, "cpu_ms")                                                                            \
    X(WALL_MS, "wall_ms")                                                                          \
    X(RSS_KB, "rss_kb")                                                                            \
    X(EXIT, "exit")                                                                                \
    X(SIGNAL, "signal")                                                                            \
    X(MSG, "msg")

enum record_key {
#define X(id, name) KEY_##id,
    RECORD_KEYS(X)
#undef X
        KEY_COUNT
};

static const char *const key_names[] = {
#define X(id, name) name,
    RECORD_KEYS(X)
#undef X
};

/* Largest values the parser accepts; a time or size beyond these is no run the
 * box can report (LONG_MAX is not used so that sums of them cannot overflow). */
#define RECORD_MAX_MS 1000000000000LL
#define RECORD_MAX_KB 1000000000000LL
#define RECORD_MAX_SIGNAL 64

const char *record_status_name(record_status s)
{
    if ((unsigned)s >= RECORD_STATUS_COUNT)
        return "?";
    return status_names[s];
}

const char *record_status_text(record_status s)
{
    if ((unsigned)s >= RECORD_STATUS_COUNT)
        return "unknown status";
    return status_texts[s];
}

int record_format(const record *r, char *buf, size_t size)
{
    if ((unsigned)r->status >= RECORD_STATUS_COUNT || size == 0)
        return -1;
    int n = snprintf(
        buf, size,
        "id=%llu status=%s cpu_ms=%ld wall_ms=%ld rss_kb=%ld exit=%d signal=%d msg=", r->id,
        status_names[r->status], r->cpu_ms, r->wall_ms, r->rss_kb, r->exit_code, r->signal);
    if (n < 0 || (size_t)n >= size)
        return -1;
    size_t len = (size_t)n;
    /* msg is bounded by its array even if the caller forgot the terminator. */
    size_t mlen = strnlen(r->msg, sizeof r->msg);
    if (len + mlen + 2 > size)
        return -1;
    for (size_t i = 0; i < mlen; i++)
        buf[len++] = r->msg[i] == '\n' ? ' ' : r->msg[i];
    buf[len++] = '\n';
    buf[len] = '\0';
    return (int)len;
}

/* Parses a canonical decimal ("0" or no leading zero, no sign) in [0, max]. */
static int parse_number(const char *s, size_t len, unsigned long long max, unsigned long long *out)
{
    if (len == 0 || (len > 1 && s[0] == '0'))
        return -1;
    unsigned long long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        unsigned d = (unsigned)(s[i] - '0');
        if (d > max || v > (max - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static int parse_status(const char *s, size_t len, record_status *out)
{
    for (int i = 0; i < RECORD_STATUS_COUNT; i++)
        if (strlen(status_names[i]) == len && memcmp(status_names[i], s, len) == 0) {
            *out = (record_status)i;
            return 0;
        }
    return -1;
}

static int parse_key(const char *s, size_t len, enum record_key *out)
{
    for (int i = 0; i < KEY_COUNT; i++)
        if (strlen(key_names[i]) == len && memcmp(key_names[i], s, len) == 0) {
            *out = (enum record_key)i;
            return 0;
        }
    return -1;
}

static int parse_value(record *r, enum record_key key, const char *v, size_t vlen)
{
    unsigned long long n = 0;
    switch (key) {
    case KEY_ID:
        return parse_number(v, vlen, ~0ULL, &r->id);
    case KEY_STATUS:
        return parse_status(v, vlen, &r->status);
    case KEY_CPU_MS:
    case KEY_WALL_MS:
        if (parse_number(v, vlen, RECORD_MAX_MS, &n) < 0)
            return -1;
        *(key == KEY_CPU_MS ? &r->cpu_ms : &r->wall_ms) = (long)n;
        return 0;
    case KEY_RSS_KB:
        if (parse_number(v, vlen, RECORD_MAX_KB, &n) < 0)
            return -1;
        r->rss_kb = (long)n;
        return 0;
    case KEY_EXIT:
        if (parse_number(v, vlen, 255, &n) < 0)
            return -1;
        r->exit_code = (int)n;
        return 0;
    case KEY_SIGNAL:
        if (parse_number(v, vlen, RECORD_MAX_SIGNAL, &n) < 0)
            return -1;
        r->signal = (int)n;
        return 0;
    case KEY_MSG:
        if (vlen >= sizeof r->msg)
            return -1;
        memcpy(r->msg, v, vlen);
        r->msg[vlen] = '\0';
        return 0;
    case KEY_COUNT:
        break;
    }
    return -1;
}

int record_parse(const char *line, size_t len, record *out)
{
    if (len > 0 && line[len - 1] == '\n')
        len--;
    /* A record is one line of text: no other newline, no NUL. */
    if (memchr(line, '\n', len) || memchr(line, '\0', len))
        return -1;

    record r;
    memset(&r, 0, sizeof r);
    bool seen[KEY_COUNT] = {false};
    size_t pos = 0;
    while (pos < len) {
        const char *eq = memchr(line + pos, '=', len - pos);
        if (!eq)
            return -1;
        size_t klen = (size_t)(eq - (line + pos));
        enum record_key key;
        if (parse_key(line + pos, klen, &key) < 0 || seen[key])
            return -1;
        seen[key] = true;
        size_t vstart = pos + klen + 1;
        size_t vend = len;
        if (key != KEY_MSG) {
            const char *sp = memchr(line + vstart, ' ', len - vstart);
            if (sp)
                vend = (size_t)(sp - line);
        }
        if (parse_value(&r, key, line + vstart, vend - vstart) < 0)
            return -1;
        if (vend == len)
            break;
        pos = vend + 1; /* exactly one space between fields */
        if (pos == len)
            return -1; /* trailing space */
    }
    if (!seen[KEY_STATUS])
        return -1;
    *out = r;
    return 0;
}
