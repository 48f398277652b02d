/* Generator of different tests: `gen <seed> <size> [mode]` prints max(size, 1) lines
 * "a b" (at most 10^5) with 0 <= a, b <= 10^15. Deterministic (splitmix64 seeded
 * from argv). `gen --modes` lists the modes `judge stress` draws from. Modes:
 *   random   each value with 1 to 16 digits, so small and huge ones mix
 *   small    values in [0, 20]
 *   large    values within 1000 of 10^15 (past 32 bits)
 *   equal    a == b
 *   wide     one of each pair small, the other huge, in either order */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LINES = 100000 };
#define MAX_V 1000000000000000ULL

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, hi]; the modulo bias is irrelevant for test data. */
static uint64_t upto(uint64_t hi) { return next_u64() % (hi + 1); }

/* A value with a random number of digits, 1 to 16, at most 10^15. */
static uint64_t any_value(void)
{
    uint64_t top = 9;
    for (uint64_t digits = 1 + upto(15); digits > 1; digits--)
        top = top * 10 + 9;
    return upto(top < MAX_V ? top : MAX_V);
}

static int pair(const char *mode, uint64_t *a, uint64_t *b)
{
    if (!strcmp(mode, "random")) {
        *a = any_value();
        *b = any_value();
    } else if (!strcmp(mode, "small")) {
        *a = upto(20);
        *b = upto(20);
    } else if (!strcmp(mode, "large")) {
        *a = MAX_V - upto(1000);
        *b = MAX_V - upto(1000);
    } else if (!strcmp(mode, "equal")) {
        *a = *b = any_value();
    } else if (!strcmp(mode, "wide")) {
        *a = upto(1000);
        *b = MAX_V - upto(MAX_V / 2);
        if (upto(1)) {
            uint64_t t = *a;
            *a = *b;
            *b = t;
        }
    } else {
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random small large equal wide");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <size> [random|small|large|equal|wide]\n");
        return 2;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long lines = strtol(argv[2], NULL, 10);
    if (lines < 0 || lines > MAX_LINES) {
        fprintf(stderr, "gen: size must be 0 to %d\n", MAX_LINES);
        return 2;
    }
    const char *mode = argc == 4 ? argv[3] : "random";
    for (long i = 0; i < (lines ? lines : 1); i++) {
        uint64_t a, b;
        if (pair(mode, &a, &b) < 0) {
            fprintf(stderr, "gen: unknown mode '%s'\n", mode);
            return 2;
        }
        printf("%llu %llu\n", (unsigned long long)a, (unsigned long long)b);
    }
    return 0;
}
