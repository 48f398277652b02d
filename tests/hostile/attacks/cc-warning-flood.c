/* expect: CE
 * message: compiler reported errors
 * log: more bytes of diagnostics
 * 2^16 warnings (which -fmax-errors does not count), each with its macro
 * expansion notes: megabytes of diagnostics, kept to 64 KB, then one error. */
#define W0 _Pragma("GCC warning \"flood\"")
#define W1 W0 W0
#define W2 W1 W1
#define W3 W2 W2
#define W4 W3 W3
#define W5 W4 W4
#define W6 W5 W5
#define W7 W6 W6
#define W8 W7 W7
#define W9 W8 W8
#define W10 W9 W9
#define W11 W10 W10
#define W12 W11 W11
#define W13 W12 W12
#define W14 W13 W13
#define W15 W14 W14
#define W16 W15 W15
W16
#error the end
