/* expect: CE
 * message: compiler reported errors
 * log: pwned
 * log: error:
 * without landlock: CE
 * display: safe
 * #line gives the compiler file names made of escape sequences, which gcc
 * prints raw at the start of every diagnostic: a window title, then an OSC 8
 * hyperlink left open, which would swallow the rest of the report. A syntax
 * error under each name puts them in the compile log, shown escaped. */
#line 1 "\033]0;pwned\007"
int main(void) { return 0 }
#line 9 "\033]8;;"
int x = ;
