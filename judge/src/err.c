/* Error codes, and the printers of error and note lines. */
#include "err.h"

#include "show.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* "judge: " and the message made from fmt, escaped, on one line of stderr. */
static void print_line(const char *prefix, const char *fmt, va_list ap)
{
    char *line = NULL;
    int n = vasprintf(&line, fmt, ap);
    fputs(prefix, stderr);
    if (n >= 0)
        show_text(stderr, line);
    else
        show_text(stderr, fmt); /* out of memory: the sentence without its values */
    fputc('\n', stderr);
    if (n >= 0)
        free(line);
}

int err_report(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    print_line("judge: ", fmt, ap);
    va_end(ap);
    return code;
}

void err_note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    print_line("judge: note: ", fmt, ap);
    va_end(ap);
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

const char *err_command(void)
{
    const char *c = getenv("KIT_COMMAND");
    return c && *c ? c : "judge";
}
