/* A judgement as gcc's diagnostics (`judge test --format=gcc`, and watch): every
 * failure as a `FILE:LINE:COL: error: ...` line that Vim's quickfix, Emacs's
 * compilation mode and VS Code's problem matchers jump to, between a first and a
 * last line of the judge's own, so that an editor re-reading a watch sees where
 * each judgement begins and ends:
 *
 *   judge: judging FILE (SLUG)
 *   FILE:1:1: error: sample/01-example: WA wrong answer: line 1: ...
 *   FILE:12:1: error: custom/empty: RE run-time error: AddressSanitizer: ...
 *   judge: FILE: WA wrong answer: 1/3 tests passed
 *
 * A compile error is the compiler's own lines, passed through (each escaped, as
 * every byte of the judge's output). A failure is put on the line of the
 * learner's file that a sanitizer named, else on line 1. Hidden tests show their
 * name and verdict only, as in the text report. The first and last lines match
 * no editor's error pattern (VS Code's tasks.json, written by `judge start`,
 * uses them as its background matcher's begin and end). */
#ifndef REPORT_GCC_H
#define REPORT_GCC_H

#include "session.h"

#include <stdio.h>

void report_gcc(FILE *out, const judgement *j);

#endif
