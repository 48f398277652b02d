/* What the fuzz targets share: the replay (built by CMake with gcc, no
 * libFuzzer, a bench/fuzz_*.c program given files runs each through its
 * LLVMFuzzerTestOneInput, so a crash found by bench/fuzz.sh replays anywhere),
 * and the random edits their own generators make to valid cases. */
#ifndef FUZZ_REPLAY_H
#define FUZZ_REPLAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Up to three random edits to data[0..len) (room for cap bytes): a byte replaced,
 * a span of up to max_cut bytes cut, one of pieces inserted, so that most cases
 * stay near the boundary between valid and not. Returns the new length. */
static inline size_t fuzz_mutate(uint8_t *data, size_t len, size_t cap, const char *const *pieces,
                                 size_t npieces, size_t max_cut, unsigned *seed)
{
    for (int e = rand_r(seed) % 4; e > 0; e--) {
        size_t at = (size_t)rand_r(seed) % (len + 1);
        switch (rand_r(seed) % 3) {
        case 0:
            if (at < len)
                data[at] = (uint8_t)rand_r(seed);
            break;
        case 1: {
            size_t cut = (size_t)rand_r(seed) % (max_cut + 1);
            cut = cut > len - at ? len - at : cut;
            memmove(data + at, data + at + cut, len - at - cut);
            len -= cut;
            break;
        }
        default: {
            const char *piece = pieces[(size_t)rand_r(seed) % npieces];
            size_t pn = strlen(piece);
            if (len + pn > cap)
                break;
            memmove(data + at + pn, data + at, len - at);
            memcpy(data + at, piece, pn);
            len += pn;
        }
        }
    }
    return len;
}

#endif
