/* The words of a function problem's harness report, which the harness (in the
 * learner's process, harness/lib/harness.c) writes on its report descriptor and
 * the judge (judge/src/assess.c) reads: one place for both. A whole report is
 *   time_ns N | time_ns unbalanced | time_ns running
 *   [fact MESSAGE]
 *   [fail MESSAGE]
 *   end
 * or the single line "bad-input MESSAGE". Every line ends in '\n'. Before
 * "end", at the moment it happens, the first allocation the allocator refused
 * adds its own line (the program may not live to the end):
 *   alloc-failed FUNCTION BYTES */
#ifndef PROTO_HARNESS_REPORT_H
#define PROTO_HARNESS_REPORT_H

#define HARNESS_REPORT_TIME "time_ns"
#define HARNESS_REPORT_FACT "fact"
#define HARNESS_REPORT_FAIL "fail"
#define HARNESS_REPORT_END "end"
#define HARNESS_REPORT_BAD_INPUT "bad-input"
#define HARNESS_REPORT_ALLOC_FAILED "alloc-failed"
/* time_ns's values when the timer calls did not pair up */
#define HARNESS_REPORT_UNBALANCED "unbalanced"
#define HARNESS_REPORT_RUNNING "running"

#endif
