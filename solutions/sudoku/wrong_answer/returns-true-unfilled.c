/* Known-bad (WA): claims success without doing the work, like a stub changed to
 * return true. The board comes back with every '*' still empty. */
#include "sudoku.h"

bool sudoku_solve(char board[9][9])
{
    (void)board;
    return true;
}
