/* Error codes and the single error printer. */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>

int err_report(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("judge: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return code;
}

int err_exit_status(int code)
{
    switch (code) {
#define X(id, value, exit_status, text)                                                            \
    case value:                                                                                    \
        return exit_status;
        ERRORS(X)
#undef X
    default:
        return 3;
    }
}
