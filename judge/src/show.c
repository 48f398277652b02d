/* The one escaper of untrusted bytes (see show.h for what is kept and what is
 * made visible). One pass, no allocation, no recursion: the bytes come from
 * programs we do not trust, any size. */
#include "show.h"

#include <stdint.h>
#include <string.h>

/* The longest piece one character turns into: a 4-byte sequence, \xNN each. */
enum { PIECE_MAX = 16 };

/* Length of the valid UTF-8 sequence at s (2 to 4 bytes), or 0 when s does not
 * start one: overlong forms, surrogates, code points past U+10FFFF and
 * sequences cut short by n are all invalid. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0xC2 || c > 0xF4)
        return 0;
    size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return len;
}

static uint32_t utf8_decode(const unsigned char *s, size_t len)
{
    uint32_t cp = s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++)
        cp = cp << 6 | (s[i] & 0x3F);
    return cp;
}

/* Valid UTF-8 that still acts on the terminal or reorders the line. */
static bool hostile_code_point(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The visible form of the character at s[0..n): itself when printable, else its
 * escape. Returns how many bytes of s it stands for. */
static size_t piece_of(const unsigned char *s, size_t n, unsigned flags, char piece[PIECE_MAX],
                       size_t *piece_len)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char c = s[0];
    size_t seq = 1;
    if (c >= 0x20 && c < 0x7F && !(c == '\\' && (flags & SHOW_BACKSLASH))) {
        piece[0] = (char)c;
        *piece_len = 1;
        return 1;
    }
    if (c >= 0x80 && (seq = utf8_length(s, n)) > 0 && !hostile_code_point(utf8_decode(s, seq))) {
        memcpy(piece, s, seq);
        *piece_len = seq;
        return seq;
    }
    if (seq == 0)
        seq = 1; /* an invalid byte alone; the next one starts afresh */
    const char name = c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : c == '\\' ? '\\' : 0;
    if (name) {
        piece[0] = '\\';
        piece[1] = name;
        *piece_len = 2;
        return 1;
    }
    size_t o = 0;
    for (size_t i = 0; i < seq; i++) {
        piece[o++] = '\\';
        piece[o++] = 'x';
        piece[o++] = hex[s[i] >> 4];
        piece[o++] = hex[s[i] & 0xF];
    }
    *piece_len = o;
    return seq;
}

size_t show_escape(char *dst, size_t cap, const char *s, size_t len, unsigned flags,
                   size_t *consumed)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t in = 0, out = 0;
    while (in < len) {
        char piece[PIECE_MAX];
        size_t piece_len, used = piece_of(u + in, len - in, flags, piece, &piece_len);
        if (out + piece_len > cap)
            break;
        memcpy(dst + out, piece, piece_len);
        out += piece_len;
        in += used;
    }
    *consumed = in;
    return out;
}

const char *show_str(char *dst, size_t size, const char *s)
{
    s = s ? s : "";
    size_t len = strlen(s), consumed;
    size_t n = show_escape(dst, size - 1, s, len, 0, &consumed);
    if (consumed < len) {
        n = show_escape(dst, size - 4, s, len, 0, &consumed);
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = '\0';
    return dst;
}

void show_write(FILE *out, const char *s, size_t len)
{
    char chunk[4096];
    while (len > 0) {
        size_t consumed, n = show_escape(chunk, sizeof chunk, s, len, 0, &consumed);
        fwrite(chunk, 1, n, out);
        s += consumed;
        len -= consumed;
    }
}

void show_text(FILE *out, const char *s) { show_write(out, s ? s : "", s ? strlen(s) : 0); }

void show_lines(FILE *out, int indent, const char *s, size_t len)
{
    const char *end = s + len;
    while (s && s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        fprintf(out, "%*s", indent, "");
        show_write(out, s, n);
        fputc('\n', out);
        s += n + (nl ? 1 : 0);
    }
}

bool show_is_plain(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t in = 0; in < len;) {
        char piece[PIECE_MAX];
        size_t piece_len, used = piece_of(u + in, len - in, 0, piece, &piece_len);
        if (piece_len != used || memcmp(piece, u + in, used) != 0)
            return false;
        in += used;
    }
    return true;
}
