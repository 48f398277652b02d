/* Generator of hello tests: `gen <seed> <size> [mode]` prints the only valid input,
 * which is empty, whatever the arguments. It exists so that every package serves
 * `judge stress`; `gen --modes` lists no modes. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--modes") == 0)
        return 0;
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: gen <seed> <size>\n");
        return 2;
    }
    return 0;
}
