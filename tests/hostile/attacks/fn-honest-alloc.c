/* expect: AC
 * problem: hostile-function
 * sanitize: AC
 * function time: shown
 * Honest code that allocates through every entry point a learner meets and frees
 * all of it: aligned_alloc, posix_memalign, reallocarray, malloc(0), and blocks
 * the C library allocates for them (strdup, getline, asprintf, open_memstream).
 * Sanitized, the program is linked dynamically and those blocks come from
 * inside libc.so, past the harness's wrappers: their free must not read as
 * "freed memory it does not own". */
#define _GNU_SOURCE
#include "sum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long long sum(const int *a, size_t n)
{
    long long *scratch = aligned_alloc(64, 64 * ((n * sizeof *scratch + 63) / 64));
    void *aligned = NULL;
    if (!scratch || posix_memalign(&aligned, 32, 128) != 0)
        abort();
    long long total = 0;
    for (size_t i = 0; i < n; i++)
        total += scratch[i] = a[i];
    /* the sum as text, through a memory stream, then read back with getline */
    char *text = NULL, *copy, *line = NULL, *msg = NULL;
    size_t size = 0, cap = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        abort();
    fprintf(out, "%lld\n", total);
    fclose(out);
    if (!(copy = strdup(text)))
        abort();
    FILE *in = fmemopen(copy, strlen(copy), "r");
    if (!in || getline(&line, &cap, in) < 0)
        abort();
    fclose(in);
    if (asprintf(&msg, "sum %s", line) < 0)
        abort();
    long long back = strtoll(line, NULL, 10);
    int *grown = reallocarray(NULL, n, sizeof *grown), *more;
    if (!grown || !(more = reallocarray(grown, 2 * n, sizeof *grown)))
        abort();
    grown = more;
    void *empty = malloc(0);
    free(empty);
    free(grown);
    free(msg);
    free(line);
    free(copy);
    free(text);
    free(aligned);
    free(scratch);
    return back;
}
