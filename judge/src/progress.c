/* The live progress line (progress.h): a carriage return and an erase-line
 * sequence before each text, so that a shorter text leaves nothing behind. The
 * module remembers whether a line is shown, so that whoever prints next can end
 * it without knowing who drew it. */
#include "progress.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static bool shown; /* a line is on the screen, the cursor at its end */

void progress_show(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("\r\033[K", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fflush(stderr);
    shown = true;
}

void progress_clear(void)
{
    if (!shown)
        return;
    fputs("\r\033[K", stderr);
    fflush(stderr);
    shown = false;
}

void progress_keep(void)
{
    if (!shown)
        return;
    fputc('\n', stderr);
    fflush(stderr);
    shown = false;
}
