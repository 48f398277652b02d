/* Runs a package's validator synchronously with posix_spawn: inputs are small
 * and this happens before any judging starts, so no event loop is needed. */
#include "validate.h"

#include "err.h"
#include "fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The first line the validator wrote on stderr, without its newline. */
static void first_line(int fd, char *why, size_t size)
{
    char text[1024];
    ssize_t n = pread(fd, text, sizeof text - 1, 0);
    text[n > 0 ? n : 0] = '\0';
    text[strcspn(text, "\n")] = '\0';
    snprintf(why, size, "%s", text[0] ? text : "the validator gave no reason");
}

int validate_input(const problem *p, const char *input_path, bool *valid, char *why,
                   size_t why_size)
{
    int rc = 0, in = -1, err = -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!p->validator_path || access(p->validator_path, X_OK) != 0) {
        rc = err_report(ERR_PACKAGE, "the validator of '%s' is missing: build the kit (./kit)",
                        p->slug);
        goto cleanup;
    }
    in = open(input_path, O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        rc = err_report(ERR_INPUT, "cannot open '%s': %s", input_path, strerror(errno));
        goto cleanup;
    }
    err = memfd_create("validator-stderr", MFD_CLOEXEC);
    if (err < 0) {
        rc =
            err_report(ERR_INTERNAL, "cannot capture the validator's message: %s", strerror(errno));
        goto cleanup;
    }
    posix_spawn_file_actions_adddup2(&actions, in, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err, 2);
    char *argv[] = {p->validator_path, NULL};
    pid_t pid;
    int status;
    if ((errno = posix_spawn(&pid, argv[0], &actions, NULL, argv, environ)) != 0 ||
        waitpid(pid, &status, 0) < 0) {
        rc =
            err_report(ERR_INTERNAL, "cannot run the validator '%s': %s", argv[0], strerror(errno));
        goto cleanup;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code != 42 && code != 43) {
        rc = err_report(ERR_PACKAGE, "the validator of '%s' failed on '%s' (status %d)", p->slug,
                        input_path, code);
        goto cleanup;
    }
    *valid = code == 42;
    if (!*valid)
        first_line(err, why, why_size);
cleanup:
    posix_spawn_file_actions_destroy(&actions);
    if (in >= 0)
        close(in);
    if (err >= 0)
        close(err);
    return rc;
}
