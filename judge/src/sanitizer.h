/* Reads the reports of AddressSanitizer and UndefinedBehaviorSanitizer on a
 * sanitized run's stderr and says, in one line, what went wrong and where in the
 * learner's own file: "AddressSanitizer: heap-buffer-overflow (WRITE of size 4)
 * at workspace/lcs.c:12 in lcs". Pure text processing, so it is tested alone. */
#ifndef SANITIZER_H
#define SANITIZER_H

#include <stdbool.h>
#include <stddef.h>

/* Looks for a report in err (len bytes, any bytes, no NUL needed). source is the
 * absolute path of the learner's file, display how they name it: the first stack
 * frame in source is the place named (shown with display), else the first frame
 * at all. Returns true with out filled when there is a report; out quotes err's
 * bytes as they are (the learner's code may forge a report), to be shown escaped. */
bool sanitizer_explain(const char *err, size_t len, const char *source, const char *display,
                       char *out, size_t size);

/* The line of the learner's file that an explanation sanitizer_explain() wrote
 * names ("... at DISPLAY:12 ..."), for editors to jump to; 0 when it names a
 * place in another file, or none. */
long sanitizer_line(const char *explanation, const char *display);

#endif
