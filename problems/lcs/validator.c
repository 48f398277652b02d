/* Validator of lcs tests: exactly two lines, each 0 to 5000 lowercase letters ended
 * by '\n' (or, for a second line that holds letters, by the end of the file, as a
 * hand-made file often ends), and nothing after them. Exit 42 when valid, 43 with
 * one line on stderr. */
#include <stdio.h>
#include <stdlib.h>

enum { MAX_LEN = 5000, VALID = 42, INVALID = 43 };

static void invalid(const char *what, int line) __attribute__((noreturn));
static void invalid(const char *what, int line)
{
    fprintf(stderr, "line %d: %s\n", line, what);
    exit(INVALID);
}

/* Reads one line of letters up to its '\n' from a buffer; returns the position after.
 * The last line may end at the end of the file when it holds letters. */
static size_t check_line(const char *buf, size_t len, size_t pos, int line, int last)
{
    size_t start = pos;
    while (pos < len && buf[pos] >= 'a' && buf[pos] <= 'z')
        pos++;
    if (pos - start > MAX_LEN)
        invalid("string longer than 5000 letters", line);
    if (pos == len && last && pos > start)
        return pos;
    if (pos == len)
        invalid(pos > start ? "missing the newline (another line follows)" : "missing line", line);
    if (buf[pos] != '\n')
        invalid(buf[pos] == '\r' ? "carriage return: use Unix line ends"
                                 : "character other than a-z",
                line);
    return pos + 1;
}

int main(void)
{
    /* Two maximal lines take 10002 bytes; read a little more to see any excess. */
    static char buf[2 * MAX_LEN + 64];
    size_t len = fread(buf, 1, sizeof buf, stdin);
    size_t pos = check_line(buf, len, 0, 1, 0);
    pos = check_line(buf, len, pos, 2, 1);
    if (pos != len)
        invalid("unexpected data after the second string", 3);
    return VALID;
}
