/* The fuzz targets' shared replay: built by CMake with gcc (no libFuzzer), a
 * bench/fuzz_*.c program given files runs each through its
 * LLVMFuzzerTestOneInput, so a crash found by bench/fuzz.sh replays anywhere. */
#ifndef FUZZ_REPLAY_H
#define FUZZ_REPLAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Replays argv[1..argc-1]; returns main()'s status. */
static inline int fuzz_replay(const char *name, int argc, char **argv)
{
    static uint8_t data[1 << 20];
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (f == NULL) {
            fprintf(stderr, "%s: cannot open '%s'\n", name, argv[i]);
            return 1;
        }
        size_t n = fread(data, 1, sizeof data, f);
        fclose(f);
        LLVMFuzzerTestOneInput(data, n);
    }
    printf("%s: %d inputs replayed, no violation\n", name, argc - 1);
    return 0;
}

#endif
