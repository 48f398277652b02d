/* Test generator of expression: `gen <seed> <size> [mode]` prints one valid .in
 * whose lines hold at most `size` characters in all (1 <= size <= 2*10^6; a
 * one-line mode caps its line at 10^6). Deterministic (splitmix64). `gen --modes`
 * lists the modes `judge stress` draws from. Modes:
 *   random     many short random expressions (numbers, + - * / :, signs, parentheses,
 *              blanks), a few of them malformed
 *   ints       the same with small integers only: exact arithmetic, 0 divisors
 *   errors     random expressions, each mutated once (a character inserted, deleted
 *              or replaced, or the line cut short): about half malformed
 *   blanks     empty and blank lines, and expressions drowned in spaces and tabs
 *              (lines up to size / 16 characters, so long blank runs at large sizes)
 *   overflow   products and quotients of literals near 1e308 and 1e-308
 *   unary      one line: operands behind sign chains of up to 10^5 signs
 *   nested     one line: up to 10^5 parentheses nested, each level `(... op n)` or
 *              `(n op ...)` at random (the scaling ladder: depth grows with size)
 *   flat       one line: a long operator chain with no parentheses
 *   literals   one line: very long literals (leading zeros, long fractions)
 *   long       one line: a random expression of `size` characters
 *   deep       one line: 10^5 levels of `-(` ... `op n)` around a 10^5-sign chain
 *   lateerror  two lines: a long random expression broken near its end, and deep
 *              nesting missing its last ')' */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_SIZE = 2000000,
    MAX_LINE = 1000000,
    MAX_Q = 100000,
    MAX_DEPTH = 100000,
    MAX_SIGNS = 100000
};

static unsigned long long rng_state;

static unsigned long long next_u64(void)
{
    unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi]; the modulo bias is far below anything a test can see. */
static long rnd(long lo, long hi)
{
    return lo + (long)(next_u64() % (unsigned long long)(hi - lo + 1));
}

static int chance(int percent) { return rnd(1, 100) <= percent; }

/* The line being built. */
static char *line;
static long len;

static void put(char c) { line[len++] = c; }

static void puts_n(const char *s)
{
    while (*s)
        put(*s++);
}

/* ---- numbers ---- */

enum number_style { ANY, SMALL_INT, EXACT, HUGE_TINY };

/* Fractions of the EXACT style are dyadic, so every way of reading them (strtod,
 * digit by digit, integer part plus fraction) gives the same double: long tests
 * then cannot depend on how a solution converts numbers. */
static const char *const exact_fractions[] = {"5",   "25",  "75",   "125",  "375",
                                              "625", "875", "0625", "5625", "9375"};

/* Writes a number of at most room (>= 1) characters. */
static void number(enum number_style style, long room)
{
    char buf[400];
    int n = 0;
    if (style == SMALL_INT || room < 3) {
        long v = style == SMALL_INT ? rnd(0, 12) : rnd(style == EXACT, 9);
        n = snprintf(buf, sizeof buf, "%ld", room >= 2 ? v : v % 10);
    } else if (style == HUGE_TINY && room >= 320) {
        /* near 1e308 or near 1e-308: the order of operations decides overflow */
        int zeros = (int)rnd(290, 300);
        if (chance(50)) {
            n = snprintf(buf, sizeof buf, "%ld", rnd(1, 999999));
            while (zeros-- > 0)
                buf[n++] = '0';
        } else {
            n = snprintf(buf, sizeof buf, "0.");
            while (zeros-- > 0)
                buf[n++] = '0';
            n += snprintf(buf + n, sizeof buf - (size_t)n, "%ld", rnd(1, 999999));
        }
    } else {
        if (chance(15))
            buf[n++] = '0'; /* a leading zero, allowed */
        /* EXACT never writes a zero: long lines would divide by it and end in nan */
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%ld",
                      rnd(style == EXACT, chance(30) ? 999999 : 99));
        if (chance(40) && n + 2 <= room) {
            buf[n++] = '.';
            if (style == EXACT) {
                n += snprintf(buf + n, sizeof buf - (size_t)n, "%s", exact_fractions[rnd(0, 9)]);
            } else {
                for (long k = rnd(1, 6); k > 0; k--)
                    buf[n++] = (char)('0' + rnd(0, 9));
            }
        }
    }
    if (n > room)
        n = (int)room;
    if (buf[n - 1] == '.')
        n--;
    for (int k = 0; k < n; k++)
        put(buf[k]);
}

/* ---- random expressions: a walk through the grammar's two states ---- */

struct shape {
    enum number_style style;
    int blank;  /* percent: a blank run between two tokens */
    int tab;    /* percent of blanks that are tabs */
    int open;   /* percent: '(' at an operand */
    int sign;   /* percent: a unary sign at an operand */
    int close;  /* percent: ')' after an operand, when one is open */
    int end;    /* percent: the end after an operand, at depth 0 (0: fill the room) */
    int safe;   /* a divisor is a number, never a '(': no 0 / 0 in long lines */
    long depth; /* the most parentheses open at once */
};

/* A run of one or two blanks, leaving at least keep characters of room. */
static void blank(const struct shape *s, long *room, long keep)
{
    if (chance(s->blank)) {
        for (long k = rnd(1, 2); k > 0 && *room > keep; k--, (*room)--)
            put(chance(s->tab) ? '\t' : ' ');
    }
}

static const char binary_ops[] = "+-*/:";

/* Writes one valid expression of at most room characters (room >= 1). Every
 * choice keeps enough room to finish: an operand needs one character and each
 * open '(' its ')'. */
static void expression(const struct shape *s, long room)
{
    long depth = 0, signs = 0;
    int divisor = 0;
    for (;;) {
        /* an operand: signs and '(' first, then a number */
        if (room >= depth + 4 && depth < s->depth && !(s->safe && divisor) && chance(s->open)) {
            put('(');
            room--;
            depth++;
            signs = 0;
            blank(s, &room, depth + 1);
            continue;
        }
        if (room >= depth + 3 && signs < MAX_SIGNS && chance(s->sign)) {
            put(chance(70) ? '-' : '+');
            room--;
            signs++;
            blank(s, &room, depth + 1);
            continue;
        }
        long most = room - depth, before = len;
        long cap = s->style == HUGE_TINY ? 420 : 24;
        number(s->style, most < cap ? most : cap);
        room -= len - before;
        /* after it: ')', the end, or an operator and the next operand */
        while (depth > 0 && (room < depth + 4 || chance(s->close))) {
            blank(s, &room, depth);
            put(')');
            room--;
            depth--;
        }
        if (depth == 0 && (room < 4 || chance(s->end)))
            return;
        blank(s, &room, depth + 2);
        char op = binary_ops[rnd(0, 4)];
        put(op);
        room--;
        signs = op == '+' || op == '-';
        divisor = op == '/' || op == ':';
        blank(s, &room, depth + 1);
    }
}

/* ---- line-level modes ---- */

static const struct shape random_shape = {ANY, 35, 20, 12, 12, 25, 8, 0, 50};
static const struct shape int_shape = {SMALL_INT, 25, 20, 12, 12, 25, 8, 0, 50};
static const struct shape long_shape = {EXACT, 30, 20, 35, 8, 40, 0, 1, MAX_DEPTH};

/* Changes one character at or after from: inserts one (the line grows by one),
 * deletes or replaces one, or cuts the line short there. About half the time the
 * result is malformed; the rest are near misses that are still well formed. */
static void mutate(long from)
{
    static const char junk[] = "+-*/:().\t 0123456789exX_^%a,";
    long at = len > from ? rnd(from, len - 1) : len;
    switch (len > 0 ? rnd(0, 3) : 0) {
    case 0:
        memmove(line + at + 1, line + at, (size_t)(len - at));
        line[at] = junk[rnd(0, (long)sizeof junk - 2)];
        len++;
        break;
    case 1:
        memmove(line + at, line + at + 1, (size_t)(len - at - 1));
        len--;
        break;
    case 2:
        line[at] = junk[rnd(0, (long)sizeof junk - 2)];
        break;
    default:
        len = at;
        break;
    }
}

static void blank_run(long n, int tabs)
{
    while (n-- > 0)
        put(chance(tabs) ? '\t' : ' ');
}

/* One line of a multi-line mode, of at most room (>= 1) characters. */
static void short_line(const char *mode, long room)
{
    static const struct shape drowned = {ANY, 90, 50, 10, 10, 30, 5, 0, 20};
    static const struct shape huge = {HUGE_TINY, 20, 10, 15, 10, 30, 10, 0, 20};
    int broken =
        room >= 2 && (strcmp(mode, "errors") == 0 || (strcmp(mode, "random") == 0 && chance(10)));
    if (broken) {
        expression(chance(50) ? &random_shape : &int_shape, room - 1);
        mutate(0);
    } else if (strcmp(mode, "random") == 0 || strcmp(mode, "errors") == 0) {
        expression(&random_shape, room);
    } else if (strcmp(mode, "ints") == 0) {
        expression(&int_shape, room);
    } else if (strcmp(mode, "overflow") == 0) {
        expression(room >= 700 ? &huge : &random_shape, room);
    } else { /* blanks */
        long kind = rnd(0, 3);
        if (kind == 0)
            return; /* an empty line */
        if (kind == 1) {
            blank_run(rnd(1, room), 50);
            return;
        }
        long lead = rnd(0, room / 4);
        blank_run(lead, 40);
        expression(&drowned, room - lead);
        while (len < room && chance(70))
            put(chance(40) ? '\t' : ' ');
    }
}

/* ---- one-line modes ---- */

/* Operands behind sign runs, joined by '*', '/' or ':' (never a sign, so a run is
 * exactly its unary operators): some runs as long as allowed, most short. */
static void unary_line(long room)
{
    for (;;) {
        long most = room - 1 < MAX_SIGNS ? room - 1 : MAX_SIGNS;
        long run = chance(30) ? most : rnd(0, most < 1000 ? most : 1000);
        for (long k = 0; k < run; k++) {
            put("-+--"[rnd(0, 3)]);
            room--;
            if (k + 1 < run && room > run - k && chance(3)) {
                put(chance(50) ? ' ' : '\t');
                room--;
            }
        }
        put((char)('1' + rnd(0, 8)));
        room--;
        if (room < 5)
            return;
        put(' ');
        put(binary_ops[rnd(2, 4)]);
        put(' ');
        room -= 3;
    }
}

static const char *const exact_numbers[] = {"2", "0.5", "1.5", "0.75", "3", "1.25", "4", "0.25"};

/* Levels of `(... op n)` (the '(' at the front) or `(n op ...)` (the rest inside),
 * around a core; each level opens one parenthesis. */
static void nested_line(long room, long depth_cap, int drop_last)
{
    long depth = 0, used = 1;
    /* first the suffixes' plan: kind (0 front, 1 inner), op, number */
    char *kind = malloc((size_t)MAX_DEPTH), *ops = malloc((size_t)MAX_DEPTH);
    unsigned char *num = malloc((size_t)MAX_DEPTH);
    if (!kind || !ops || !num)
        exit(1);
    while (depth < depth_cap) {
        char op = binary_ops[rnd(0, 4)];
        unsigned char n = (unsigned char)rnd(0, 7);
        long cost = 5 + (long)strlen(exact_numbers[n]); /* "(", " op ", n, ")" */
        if (used + cost > room)
            break;
        kind[depth] = (char)rnd(0, 1);
        ops[depth] = op;
        num[depth] = n;
        used += cost;
        depth++;
    }
    for (long d = 0; d < depth; d++) {
        put('(');
        if (kind[d]) {
            puts_n(exact_numbers[num[d]]);
            put(' ');
            put(ops[d]);
            put(' ');
        }
    }
    put('1');
    for (long d = depth - 1; d >= 0; d--) {
        if (!kind[d]) {
            put(' ');
            put(ops[d]);
            put(' ');
            puts_n(exact_numbers[num[d]]);
        }
        if (!(drop_last && d == 0))
            put(')');
    }
    free(kind);
    free(ops);
    free(num);
}

static void flat_line(long room)
{
    const struct shape s = {EXACT, 50, 30, 0, 3, 0, 0, 1, 0};
    expression(&s, room);
}

/* Long literals: mostly a long run of leading zeros, a few significant digits and a
 * long fraction (exact digits then zeros, or random digits), so values stay finite;
 * sometimes a long integer, which may overflow to inf. */
static void literals_line(long room)
{
    for (;;) {
        long most = room - 8 < 200000 ? room - 8 : 200000;
        long digits = rnd(1, most > 1 ? most : 1), zeros = rnd(0, digits - 1);
        if (chance(10)) {
            digits = digits < 320 ? digits : rnd(1, 320); /* about DBL_MAX at most */
            for (long k = 0; k < digits; k++)
                put((char)('0' + rnd(k == 0, 9)));
        } else {
            for (long k = 0; k < zeros; k++)
                put('0');
            put((char)('1' + rnd(0, 8)));
            if (digits - zeros > 1) {
                put('.');
                const char *f = exact_fractions[rnd(0, 9)];
                int exact = chance(50);
                for (long k = zeros + 2; k < digits; k++)
                    put(exact ? (*f ? *f++ : '0') : (char)('0' + rnd(0, 9)));
            }
        }
        room -= digits + 1;
        if (room < 12)
            return;
        put(' ');
        put(binary_ops[rnd(0, 4)]);
        put(' ');
        room -= 3;
    }
}

static void deep_line(long room)
{
    long depth = MAX_DEPTH, chain = MAX_SIGNS;
    if (3 * depth + chain + 1 > room) {
        depth = room / 8;
        chain = room / 8;
    }
    long extra = room - (3 * depth + chain + 1);
    for (long d = 0; d < depth; d++) {
        put(chance(80) ? '-' : '+');
        put('(');
    }
    for (long k = 0; k < chain; k++)
        put(chance(90) ? '-' : '+');
    put('2');
    for (long d = depth - 1; d >= 0; d--) {
        if (extra >= 6 && chance(60)) {
            put(' ');
            put(binary_ops[rnd(2, 4)]);
            put(' ');
            puts_n(exact_numbers[rnd(0, 1)]); /* "2" or "0.5": values stay near 1 */
            extra -= 6;
        }
        put(')');
    }
}

/* ---- output ---- */

static void print_lines(char **lines, long *lens, long q)
{
    printf("%ld\n", q);
    for (long k = 0; k < q; k++) {
        fwrite(lines[k], 1, (size_t)lens[k], stdout);
        putchar('\n');
    }
}

static const char *const multi_modes[] = {"random", "ints", "errors", "blanks", "overflow"};

static int is_multi(const char *mode)
{
    for (size_t k = 0; k < sizeof multi_modes / sizeof *multi_modes; k++)
        if (strcmp(mode, multi_modes[k]) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0) {
        puts("random ints errors blanks overflow unary nested flat literals long deep lateerror");
        return 0;
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <size> [random|ints|errors|blanks|overflow|unary|"
                        "nested|flat|literals|long|deep|lateerror]\n");
        return 1;
    }
    rng_state = strtoull(argv[1], NULL, 10);
    long size = atol(argv[2]);
    const char *mode = argc == 4 ? argv[3] : "random";
    if (size < 1 || size > MAX_SIZE) {
        fprintf(stderr, "gen: size must be in 1..%d\n", MAX_SIZE);
        return 1;
    }
    long one = size < MAX_LINE ? size : MAX_LINE;
    /* A mutation may add one character: room for it. */
    line = malloc((size_t)size + 2);
    if (!line)
        return 1;

    if (is_multi(mode)) {
        /* lines of up to 80 characters; longer ones for overflow's huge literals
         * and for blanks' long runs (a line of size / 16 at most) */
        long cap = strcmp(mode, "overflow") == 0 ? 1500 : 80;
        if (strcmp(mode, "blanks") == 0 && size / 16 > cap)
            cap = size / 16;
        if (size < 64)
            cap = size;
        long left = size, q = 0;
        char **lines = malloc(MAX_Q * sizeof *lines);
        long *lens = malloc(MAX_Q * sizeof *lens);
        if (!lines || !lens)
            return 1;
        char *all = line;
        do {
            long room = rnd(1, cap);
            line = all;
            len = 0;
            short_line(mode, room < left ? room : left);
            lines[q] = line;
            lens[q++] = len;
            all += len;
            left -= len > 0 ? len : 1; /* an empty line counts one, so the loop ends */
        } while (left > 0 && q < MAX_Q);
        print_lines(lines, lens, q);
        return 0;
    }
    len = 0;
    if (strcmp(mode, "unary") == 0) {
        unary_line(one);
    } else if (strcmp(mode, "nested") == 0) {
        nested_line(one, MAX_DEPTH, 0);
    } else if (strcmp(mode, "flat") == 0) {
        flat_line(one);
    } else if (strcmp(mode, "literals") == 0) {
        literals_line(one);
    } else if (strcmp(mode, "long") == 0) {
        expression(&long_shape, one);
    } else if (strcmp(mode, "deep") == 0) {
        deep_line(one);
    } else if (strcmp(mode, "lateerror") == 0) {
        /* half the room each: a long expression broken in its last hundredth (one
         * character kept for an insertion), and deep nesting missing its last ')' */
        long half = size / 2 < MAX_LINE ? size / 2 : MAX_LINE;
        if (half < 2) {
            put(')');
        } else {
            expression(&long_shape, half - 1);
            mutate(len - len / 100 - 1);
        }
        char *lines[2] = {line, line + len};
        long lens[2] = {len, 0};
        if (half >= 2) {
            line += len;
            len = 0;
            nested_line(half, MAX_DEPTH, 1);
            lens[1] = len;
        }
        print_lines(lines, lens, half >= 2 ? 2 : 1);
        return 0;
    } else {
        fprintf(stderr, "gen: unknown mode '%s'\n", mode);
        return 1;
    }
    char *lines[1] = {line};
    long lens[1] = {len};
    print_lines(lines, lens, 1);
    return 0;
}
