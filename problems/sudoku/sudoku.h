/* Sudoku solver: the API a solution implements (see statement.md for the full
 * contract). */
#ifndef SUDOKU_H
#define SUDOKU_H

#include <stdbool.h>

/* board[r][c], r and c in 0..8, is '1'..'9' for a given digit or '*' for an empty
 * cell. When the board has a solution, fills every '*' with its digit and returns
 * true; when it has none (the givens may even repeat a digit already), returns
 * false and leaves the board exactly as it was. No board has more than one
 * solution.
 *
 * Ownership: the board belongs to the caller; it is written only on success, and
 * only its 81 chars (there is no '\0' after a row). The function may be called many
 * times in one run, once per board: keep no state from one call to the next. */
bool sudoku_solve(char board[9][9]);

#endif
