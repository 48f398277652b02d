/* expect: CE
 * message: compiler reported errors
 * log: nested depth
 * Includes itself without end: the preprocessor's nesting limit (200) stops it
 * at once. */
#include __FILE__
