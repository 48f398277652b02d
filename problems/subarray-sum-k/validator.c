/* Validator of subarray-sum-k: checks that stdin is `n k` on the first line, then
 * exactly n whitespace-separated integers, and nothing else. Exit 42 when valid,
 * 43 with one line on stderr otherwise. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 1000000LL
#define MAX_V 1000000000LL
#define MAX_K 1000000000000000LL

static char *text;
static size_t len, pos;
static long line = 1;
static long long value_index, value_count; /* the value being read, 1-based */

static _Noreturn void invalid(const char *msg)
{
    fprintf(stderr, "line %ld: %s\n", line, msg);
    exit(43);
}

static void read_all(void)
{
    size_t cap = 1 << 20;
    text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            char *grown = realloc(text, cap);
            if (!grown)
                free(text);
            text = grown;
        }
    }
    if (!text) {
        fprintf(stderr, "validator: out of memory\n");
        exit(2);
    }
}

static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

static void skip_space(void)
{
    while (pos < len && is_space(text[pos]))
        if (text[pos++] == '\n')
            line++;
}

/* What a message calls the number being read (formatted only for a message). */
static const char *named(const char *what)
{
    static char name[64];
    if (what)
        return what;
    snprintf(name, sizeof name, "value %lld of %lld", value_index, value_count);
    return name;
}

/* One integer token: -?(0|[1-9][0-9]*), no "-0", within [lo, hi] (|lo| <= hi).
 * WHAT names it in messages; NULL for value_index of the n values. */
static long long read_number(long long lo, long long hi, const char *what)
{
    static char msg[160];
    skip_space();
    if (pos == len) {
        if (len > 0 && text[len - 1] == '\n')
            line--; /* the last line, not the empty one after its newline */
        snprintf(msg, sizeof msg, "input ends before %s", named(what));
        invalid(msg);
    }
    bool neg = text[pos] == '-';
    size_t start = pos + neg;
    size_t end = start;
    while (end < len && text[end] >= '0' && text[end] <= '9')
        end++;
    size_t digits = end - start;
    if (digits == 0 || (end < len && !is_space(text[end]))) {
        snprintf(msg, sizeof msg, "%s is not an integer", named(what));
        invalid(msg);
    }
    if ((digits > 1 && text[start] == '0') || (neg && digits == 1 && text[start] == '0')) {
        snprintf(msg, sizeof msg, "%s has a leading zero or is -0", named(what));
        invalid(msg);
    }
    long long v = 0;
    for (size_t i = start; i < end; i++) {
        v = v * 10 + (text[i] - '0');
        if (v > hi)
            break; /* stop before v overflows; reported below */
    }
    if (neg)
        v = -v;
    if (v < lo || v > hi) {
        snprintf(msg, sizeof msg, "%s is out of [%lld, %lld]", named(what), lo, hi);
        invalid(msg);
    }
    pos = end;
    return v;
}

int main(void)
{
    read_all();
    long long n = read_number(0, MAX_N, "n");
    read_number(-MAX_K, MAX_K, "k");
    /* The first line holds n and k only. */
    while (pos < len && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r'))
        pos++;
    if (pos < len && text[pos] != '\n')
        invalid("the first line holds more than n and k");
    for (value_count = n, value_index = 1; value_index <= n; value_index++)
        read_number(-MAX_V, MAX_V, NULL);
    skip_space();
    if (pos != len)
        invalid("more than n values");
    free(text);
    return 42;
}
