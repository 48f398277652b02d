/* Validator of sudoku tests: the first line is q (1..10^4, no sign or leading
 * zero), then exactly q lines of 81 characters, each '1'..'9' or '*', every line
 * ended by '\n', nothing after them; and no board has more than one solution
 * (counted by a search that stops at two). Givens that repeat a digit are allowed:
 * such a board has no solution. Exit 42 when valid, 43 with one line on stderr. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

enum { CELLS = 81, ALL = 0x1ff, MAX_BOARDS = 10000, VALID = 42, INVALID = 43 };

__attribute__((format(printf, 2, 3), noreturn)) static void invalid(long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "line %ld: ", line);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(INVALID);
}

/* unit u: rows 0-8, columns 9-17, boxes 18-26 */
static int unit_cell[27][9], cell_unit[CELLS][3];

static void init_units(void)
{
    for (int c = 0; c < CELLS; c++) {
        int r = c / 9, k = c % 9, b = r / 3 * 3 + k / 3;
        cell_unit[c][0] = r;
        cell_unit[c][1] = 9 + k;
        cell_unit[c][2] = 18 + b;
        unit_cell[r][k] = c;
        unit_cell[9 + k][r] = c;
        unit_cell[18 + b][r % 3 * 3 + k % 3] = c;
    }
}

/* Counts the solutions of v (0 = empty) up to limit: fewest candidates first, and
 * a digit with one place left in a unit is placed without branching, so even
 * 17-clue boards take a few hundred nodes. */
static int count(unsigned char *v, int limit)
{
    unsigned used[27] = {0}, cand[CELLS];
    for (int c = 0; c < CELLS; c++) {
        if (!v[c])
            continue;
        unsigned bit = 1u << (v[c] - 1);
        for (int k = 0; k < 3; k++) {
            if (used[cell_unit[c][k]] & bit)
                return 0;
            used[cell_unit[c][k]] |= bit;
        }
    }
    int best = -1, best_n = 10;
    for (int c = 0; c < CELLS; c++) {
        if (v[c])
            continue;
        cand[c] = ALL & ~(used[cell_unit[c][0]] | used[cell_unit[c][1]] | used[cell_unit[c][2]]);
        int n = __builtin_popcount(cand[c]);
        if (n == 0)
            return 0;
        if (n < best_n) {
            best_n = n;
            best = c;
        }
    }
    if (best < 0)
        return 1;
    unsigned options = cand[best];
    for (int u = 0; u < 27 && best_n > 1; u++) {
        unsigned once = 0, twice = 0;
        for (int k = 0; k < 9; k++) {
            int c = unit_cell[u][k];
            if (!v[c]) {
                twice |= once & cand[c];
                once |= cand[c];
            }
        }
        if ((once | used[u]) != ALL)
            return 0; /* a digit has no place left in this unit */
        unsigned single = once & ~twice;
        if (single) {
            single &= -single;
            for (int k = 0; k < 9; k++)
                if (!v[unit_cell[u][k]] && (cand[unit_cell[u][k]] & single))
                    best = unit_cell[u][k];
            options = single;
            break;
        }
    }
    int total = 0;
    for (int d = 0; d < 9 && total < limit; d++) {
        if (options & (1u << d)) {
            v[best] = (unsigned char)(d + 1);
            total += count(v, limit - total);
        }
    }
    v[best] = 0;
    return total;
}

static unsigned char buf[(CELLS + 1) * MAX_BOARDS + 64];

int main(void)
{
    size_t len = fread(buf, 1, sizeof buf, stdin), pos = 0;
    if (len == sizeof buf)
        invalid(1, "the file is longer than %d boards can be", MAX_BOARDS);
    long q = 0;
    while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
        if (pos >= 6)
            invalid(1, "q has too many digits");
        q = q * 10 + (buf[pos++] - '0');
    }
    if (pos == 0)
        invalid(1, "expected the number of boards q");
    if (buf[0] == '0')
        invalid(1, "q must be at least 1, without a leading zero");
    if (q > MAX_BOARDS)
        invalid(1, "q = %ld is more than %d", q, MAX_BOARDS);
    if (pos == len || buf[pos] != '\n')
        invalid(1, "expected the end of the line after q");
    pos++;
    init_units();
    for (long i = 1; i <= q; i++) {
        long line = i + 1;
        unsigned char v[CELLS];
        size_t start = pos;
        while (pos < len && buf[pos] != '\n' && pos - start <= CELLS)
            pos++;
        size_t n = pos - start;
        if (n == 0 && pos == len)
            invalid(line, "missing board %ld of %ld", i, q);
        for (size_t k = 0; k < n && k < CELLS; k++) {
            unsigned char ch = buf[start + k];
            if (ch == '\r')
                invalid(line, "carriage return: use Unix line ends");
            if (ch != '*' && (ch < '1' || ch > '9') && ch >= 0x20 && ch < 0x7f)
                invalid(line, "character %zu is '%c', not a digit 1-9 or '*' (the empty mark)",
                        k + 1, ch);
            if (ch != '*' && (ch < '1' || ch > '9'))
                invalid(line, "character %zu is the byte 0x%02x, not a digit 1-9 or '*'", k + 1,
                        ch);
            v[k] = ch == '*' ? 0 : (unsigned char)(ch - '0');
        }
        if (n > CELLS && buf[start + CELLS] == '\r')
            invalid(line, "carriage return: use Unix line ends");
        if (n != CELLS)
            invalid(line, "board %ld has %s%zu characters, expected 81", i,
                    n > CELLS ? "more than " : "", n > CELLS ? (size_t)CELLS : n);
        if (pos == len && i < q)
            invalid(line, "missing the end of the line after board %ld", i);
        if (pos < len) /* the last board may end at the end of the file */
            pos++;
        if (count(v, 2) > 1)
            invalid(line, "board %ld has more than one solution (at most one is allowed)", i);
    }
    if (pos != len)
        invalid(q + 2, "unexpected data after the last board (q = %ld)", q);
    return VALID;
}
