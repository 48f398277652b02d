/* Starting point for sudoku: fill every '*' of the board and return true, or
 * return false (leaving the board alone) when it has no solution. This
 * placeholder compiles and answers "no solution" for every board, which is only
 * right for the boards that really have none. Replace the body. */
#include "sudoku.h"

bool sudoku_solve(char board[9][9])
{
    (void)board;
    return false;
}
