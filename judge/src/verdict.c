/* Names and precedence of verdicts, generated from the VERDICTS table. */
#include "verdict.h"

#include <string.h>

static const char *const codes[] = {
#define X(code, text) #code,
    VERDICTS(X)
#undef X
};

static const char *const texts[] = {
#define X(code, text) text,
    VERDICTS(X)
#undef X
};

const char *verdict_code(verdict v) { return (unsigned)v < VERDICT_COUNT ? codes[v] : "IE"; }

const char *verdict_text(verdict v)
{
    return (unsigned)v < VERDICT_COUNT ? texts[v] : "internal error";
}

verdict verdict_worst(verdict a, verdict b) { return a > b ? a : b; }

int verdict_exit_status(verdict v) { return v == VERDICT_AC ? 0 : v == VERDICT_IE ? 3 : 1; }
