/* Error codes and the single error printer. */
#include "err.h"

#include "show.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int err_report(int code, const char *fmt, ...)
{
    va_list ap;
    char *line = NULL;
    va_start(ap, fmt);
    int n = vasprintf(&line, fmt, ap);
    va_end(ap);
    fputs("judge: ", stderr);
    if (n >= 0)
        show_text(stderr, line);
    else
        show_text(stderr, fmt); /* out of memory: the sentence without its values */
    fputc('\n', stderr);
    if (n >= 0)
        free(line);
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
