/* Generator of lcs tests: `gen <seed> <size> [mode]` prints two strings of lowercase
 * letters, one per line, shaped by mode; size is the main string length (<= 5000).
 * Deterministic: its own splitmix64, never rand() or the clock. `gen --modes` lists
 * the modes `judge stress` draws from. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LEN = 5000 };

static uint64_t state;

static uint64_t next_u64(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static size_t below(size_t n) { return (size_t)(next_u64() % n); }

/* n letters drawn from the k letters starting at first. */
static void fill(char *s, size_t n, char first, size_t k)
{
    for (size_t i = 0; i < n; i++)
        s[i] = (char)(first + (char)below(k));
    s[n] = '\0';
}

/* b becomes a copy of a with about n/10 substitutions, insertions and deletions. */
static void mutate(const char *a, size_t n, char *b)
{
    size_t j = 0;
    for (size_t i = 0; i < n && j < n; i++) {
        switch (below(30)) {
        case 0: /* substitute */
            b[j++] = (char)('a' + below(26));
            break;
        case 1: /* delete */
            break;
        case 2: /* insert before */
            b[j++] = (char)('a' + below(26));
            if (j < n)
                b[j++] = a[i];
            break;
        default:
            b[j++] = a[i];
        }
    }
    b[j] = '\0';
}

static void reverse(const char *a, size_t n, char *b)
{
    for (size_t i = 0; i < n; i++)
        b[i] = a[n - 1 - i];
    b[n] = '\0';
}

static int make(const char *mode, size_t n, char *a, char *b)
{
    size_t short_len = n / 250 ? n / 250 : (n ? 1 : 0);
    if (!strcmp(mode, "random")) {
        fill(a, n, 'a', 26);
        fill(b, n, 'a', 26);
    } else if (!strcmp(mode, "binary")) {
        fill(a, n, 'a', 2);
        fill(b, n, 'a', 2);
    } else if (!strcmp(mode, "dna")) {
        fill(a, n, 'a', 4);
        fill(b, n, 'a', 4);
    } else if (!strcmp(mode, "equal")) {
        fill(a, n, 'a', 26);
        memcpy(b, a, n + 1);
    } else if (!strcmp(mode, "disjoint")) {
        fill(a, n, 'a', 13);
        fill(b, n, 'n', 13);
    } else if (!strcmp(mode, "empty-a")) {
        fill(a, 0, 'a', 26);
        fill(b, n, 'a', 26);
    } else if (!strcmp(mode, "empty-b")) {
        fill(a, n, 'a', 26);
        fill(b, 0, 'a', 26);
    } else if (!strcmp(mode, "long-short")) {
        fill(a, n, 'a', 26);
        fill(b, short_len, 'a', 26);
    } else if (!strcmp(mode, "short-long")) {
        fill(a, short_len, 'a', 26);
        fill(b, n, 'a', 26);
    } else if (!strcmp(mode, "one-letter")) {
        fill(a, n, 'a', 1);
        fill(b, n * 3 / 5, 'a', 1);
    } else if (!strcmp(mode, "reversed")) {
        fill(a, n, 'a', 26);
        reverse(a, n, b);
    } else if (!strcmp(mode, "mutated")) {
        fill(a, n, 'a', 26);
        mutate(a, n, b);
    } else if (!strcmp(mode, "mixed")) {
        /* Small random shapes for stress tests: any lengths, any alphabet size. */
        size_t k = 1 + below(26);
        fill(a, below(n + 1), 'a', k);
        fill(b, below(n + 1), 'a', k);
    } else {
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    /* `gen --modes`: the shapes `judge stress` draws from, small-input friendly first */
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("mixed random binary dna equal disjoint one-letter reversed mutated long-short");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <size> [random|binary|dna|equal|disjoint|empty-a|"
                        "empty-b|long-short|short-long|one-letter|reversed|mutated|mixed]\n");
        return 2;
    }
    state = strtoull(argv[1], NULL, 10);
    long size = strtol(argv[2], NULL, 10);
    if (size < 0 || size > MAX_LEN) {
        fprintf(stderr, "gen: size must be 0 to %d\n", MAX_LEN);
        return 2;
    }
    static char a[MAX_LEN + 1], b[MAX_LEN + 1];
    const char *mode = argc == 4 ? argv[3] : "random";
    if (make(mode, (size_t)size, a, b) < 0) {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 2;
    }
    printf("%s\n%s\n", a, b);
    return 0;
}
