/* Harness of the lcs problem: reads the two strings, calls the learner's lcs() once
 * with an out buffer of exactly the promised size (plus a guard zone it watches),
 * and writes "length\nsubsequence\n" for the checker. */
#include "harness.h"
#include "lcs.h"

#include <stdlib.h>
#include <string.h>

/* Bytes past the promised end of out, filled with a pattern: a write there is an
 * overflow the learner must hear about, not silent heap corruption. */
enum { GUARD = 64, GUARD_BYTE = 0x5a };

static char *read_string(int line)
{
    size_t len;
    char *s = harness_read_line(&len);
    if (!s) {
        /* A file that ends early holds empty strings: "" is a valid string. */
        s = calloc(1, 1);
        if (!s)
            harness_bad_input("out of memory");
        return s;
    }
    for (size_t i = 0; i < len; i++)
        if (s[i] < 'a' || s[i] > 'z')
            harness_bad_input("line %d holds a character other than a-z at column %zu", line,
                              i + 1);
    return s;
}

static size_t bounded_len(const char *s, size_t room)
{
    const char *nul = memchr(s, '\0', room);
    return nul ? (size_t)(nul - s) : room;
}

static void check_out(const char *out, size_t room, size_t returned)
{
    for (size_t i = room; i < room + GUARD; i++) {
        if ((unsigned char)out[i] != GUARD_BYTE) {
            harness_fail("lcs wrote past the end of out (it has room for %zu characters "
                         "plus the NUL)",
                         room - 1);
            return;
        }
    }
    size_t held = bounded_len(out, room);
    if (held == room) {
        harness_fail("out is not NUL-terminated within its %zu bytes", room);
        return;
    }
    if (returned != held)
        harness_fail("lcs returned %zu but out holds %zu characters", returned, held);
}

int main(void)
{
    char *a = read_string(1);
    char *b = read_string(2);
    size_t na = strlen(a), nb = strlen(b);
    size_t room = (na < nb ? na : nb) + 1;

    char *out = malloc(room + GUARD);
    if (!out)
        harness_bad_input("out of memory");
    memset(out, GUARD_BYTE, room + GUARD);

    long blocks = harness_live_blocks();
    long long bytes = harness_live_bytes();
    harness_timer_start();
    size_t len = lcs(a, b, out);
    harness_timer_stop();
    long left = harness_live_blocks() - blocks;
    if (left > 0)
        harness_fail("lcs left %ld block%s (%lld bytes) unfreed: free your scratch "
                     "memory before returning",
                     left, left == 1 ? "" : "s", harness_live_bytes() - bytes);
    else if (left < 0)
        harness_fail("lcs freed memory it does not own: a, b and out belong to the caller");

    check_out(out, room, len);
    /* Print at most the promised room so an unterminated out cannot run on. */
    fprintf(harness_answer(), "%zu\n%.*s\n", len, (int)bounded_len(out, room), out);
    if (left >= 0) { /* else one of them is already freed: a second free would abort */
        free(out);
        free(a);
        free(b);
    }
    return harness_finish();
}
