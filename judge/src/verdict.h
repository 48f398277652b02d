/* The closed set of verdicts, in precedence order (a worse verdict has a larger
 * value), with their codes and the sentence a learner reads. */
#ifndef VERDICT_H
#define VERDICT_H

#define VERDICTS(X)                                                                                \
    X(AC, "accepted")                                                                              \
    X(WA, "wrong answer")                                                                          \
    X(RE, "run-time error")                                                                        \
    X(OLE, "output limit exceeded")                                                                \
    X(MLE, "memory limit exceeded")                                                                \
    X(TLE, "time limit exceeded")                                                                  \
    X(CE, "compilation error")                                                                     \
    X(IE, "internal error")

typedef enum {
#define X(code, text) VERDICT_##code,
    VERDICTS(X)
#undef X
        VERDICT_COUNT
} verdict;

/* "AC", "WA", ... */
const char *verdict_code(verdict v);
/* "accepted", "wrong answer", ... */
const char *verdict_text(verdict v);

/* The verdict that wins by precedence: IE > CE > TLE > MLE > OLE > RE > WA > AC. */
verdict verdict_worst(verdict a, verdict b);
/* The judge's exit status for a verdict: 0 accepted, 3 the judge's own failure
 * (IE), 1 any other verdict. An error of the judge's is err_exit_status()'s. */
int verdict_exit_status(verdict v);

#endif
