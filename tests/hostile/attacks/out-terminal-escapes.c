/* expect: WA
 * sanitize: WA
 * display: safe
 * A wrong answer on the sample wrapped in the sequences a terminal obeys: clear
 * the screen, home the cursor, retitle the window, an OSC 8 hyperlink, a DCS, a
 * C1 CSI in UTF-8 (U+009B), a right-to-left override (U+202E) and backspaces,
 * on stdout and stderr. The sample's failure shows the answer and both streams:
 * every such byte made visible, none reaching the terminal. */
#include <stdio.h>

static const char escapes[] = "\033[2J\033[H\033]0;pwned\007\033]8;;http://example.com/\033\\"
                              "link\033]8;;\033\\\033P+q544e\033\\\xc2\x9b"
                              "31mred\xe2\x80\xae"
                              "CA\b\b";

int main(void)
{
    long sum = 0, x;
    while (scanf("%ld", &x) == 1)
        sum += x;
    printf("%s%ld%s\n", escapes, sum + 1, escapes);
    fprintf(stderr, "%s debugging\n", escapes);
    return 0;
}
