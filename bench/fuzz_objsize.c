/* Fuzzes objsize_parse, which reads section headers and symbols of an object the
 * learner's source shaped: any bytes must be refused or measured without reading
 * out of bounds, and a measurement must add up (the parts sum to the total, at
 * most OBJSIZE_PARTS of them, and the description fits any buffer).
 * Built with the rest it compiles a real object, mutates it (bytes changed, cut
 * short, fields overwritten with extreme values) and prints its rate, or replays
 * the files named on argv; built with clang -fsanitize=fuzzer -DKIT_LIBFUZZER
 * (bench/fuzz.sh) it is a libFuzzer target. */
#include "objsize.h"
#ifndef KIT_LIBFUZZER
#include "config.h"
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fuzz_replay.h"

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_objsize: %s\n", what);
    abort();
}

static long measured; /* inputs accepted as objects, for the figure */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a private copy of exactly size bytes, so ASan sees any read past the end */
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    objsize s;
    if (objsize_parse(copy, size, &s) == 0) {
        uint64_t sum = 0;
        measured++;
        if (s.nparts > OBJSIZE_PARTS)
            fail("more parts than the struct holds");
        for (size_t i = 0; i < s.nparts; i++)
            sum += s.part[i].bytes;
        if (sum != s.total)
            fail("the parts do not add up to the total");
        char small[16], big[512];
        objsize_describe(&s, small, sizeof small);
        objsize_describe(&s, big, sizeof big);
        if (strlen(small) >= sizeof small || strncmp(small, big, sizeof small - 1) != 0)
            fail("a short description is not the start of the long one");
    }
    free(copy);
    return 0;
}

#ifndef KIT_LIBFUZZER
enum { CASES = 200000 };

/* A real object with every kind of static data, compiled once. */
static size_t real_object(unsigned char *out, size_t cap)
{
    const char *src = "/tmp/fuzz-objsize.c", *obj = "/tmp/fuzz-objsize.o";
    FILE *f = fopen(src, "w");
    if (!f)
        return 0;
    fputs("static char z[4096]; int d[9] = {1}; _Thread_local int t[3];\n"
          "int c __attribute__((common));\n"
          "int f(int i) { z[i] = 1; return z[i + 1] + d[i] + t[i] + c; }\n",
          f);
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "'%s' -O2 -c -o %s %s", KIT_CC, obj, src);
    size_t n = 0;
    if (system(cmd) == 0 && (f = fopen(obj, "rb"))) {
        n = fread(out, 1, cap, f);
        fclose(f);
    }
    remove(src);
    remove(obj);
    return n;
}

int main(int argc, char **argv)
{
    if (argc > 1)
        return fuzz_replay("fuzz_objsize", argc, argv);
    static unsigned char base[1 << 16], work[1 << 16];
    size_t len = real_object(base, sizeof base);
    if (len == 0)
        fail("cannot compile the seed object");
    unsigned seed = (unsigned)time(NULL);
    static const char *const pieces[] = {"\xff\xff\xff\xff", "\0\0\0\0",
                                         "\xff\xff\xff\xff\xff\xff\xff\x7f", "\x40\0", "\1"};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < CASES; i++) {
        memcpy(work, base, len);
        size_t n = len;
        /* most edits land in the ELF header, the section table or near them */
        for (int e = rand_r(&seed) % 4; e >= 0; e--) {
            size_t at = rand_r(&seed) % 2 ? (size_t)rand_r(&seed) % 64 : (size_t)rand_r(&seed) % n;
            work[at] = (unsigned char)rand_r(&seed);
        }
        n = fuzz_mutate(work, n, sizeof work, pieces, sizeof pieces / sizeof *pieces, 64, &seed);
        if (rand_r(&seed) % 8 == 0)
            n = (size_t)rand_r(&seed) % (n + 1);
        LLVMFuzzerTestOneInput(work, n);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("fuzz_objsize: %d mutated objects in %.2f s (%.0f/s, %ld measured), no violation\n",
           CASES, secs, CASES / secs, measured);
    return 0;
}
#endif
