/* A deliberately fragile custom checker (Kattis protocol: checker input answer
 * feedback_dir < output; 42 accepted, 43 wrong). On the output "crash" it dies of
 * SIGSEGV, on "hang" it never ends, on "exit" it exits with 7: the judge must
 * call each an internal error, never a verdict against the learner. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 1;
    FILE *answer = fopen(argv[2], "r");
    long expected, got;
    if (!answer || fscanf(answer, "%ld", &expected) != 1)
        return 1;
    char word[64] = "";
    if (scanf("%63s", word) != 1)
        return 43;
    if (strcmp(word, "crash") == 0)
        raise(SIGSEGV);
    if (strcmp(word, "hang") == 0)
        for (;;)
            pause();
    if (strcmp(word, "exit") == 0)
        return 7;
    return sscanf(word, "%ld", &got) == 1 && got == expected ? 42 : 43;
}
