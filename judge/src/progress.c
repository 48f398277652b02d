/* The live progress line (progress.h): a carriage return and an erase-line
 * sequence before each text, so that a shorter text leaves nothing behind. */
#include "progress.h"

#include <stdarg.h>
#include <stdio.h>

void progress_show(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("\r\033[K", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fflush(stderr);
}

void progress_clear(void)
{
    fputs("\r\033[K", stderr);
    fflush(stderr);
}
